using System.Globalization;
using CircularPark.Localization;

namespace CircularPark.Regions;

/// <summary>The field rules of regions administration, shared by its use cases. Pure.</summary>
internal static class RegionChangeRules
{
    public const int MaxName = 100;

    /// <summary>Six digits (GB/T 2260) or, for a reporting unit without one, six capital letters or digits.</summary>
    public static bool IsCode(string? code) => code is { Length: 6 } && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    public static Dictionary<string, Bilingual> Name(string? zh, string? en)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (string.IsNullOrWhiteSpace(zh)) errors["nameZh"] = Text.Get("Regions.NameRequired");
        else if (zh.Trim().Length > MaxName) errors["nameZh"] = Text.Get("Regions.NameTooLong", MaxName);
        if (en?.Trim().Length > MaxName) errors["nameEn"] = Text.Get("Regions.NameTooLong", MaxName);
        return errors;
    }

    /// <summary>The English name given, else the Chinese one (no transliteration is guessed).</summary>
    public static string English(string? en, string? zh) => string.IsNullOrWhiteSpace(en) ? zh!.Trim() : en.Trim();

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

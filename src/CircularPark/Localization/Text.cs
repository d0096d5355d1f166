using System.Globalization;
using CircularPark.Engines.Localization;

namespace CircularPark.Localization;

/// <summary>A message in both languages of the product: Simplified Chinese first, English second.</summary>
public readonly record struct Bilingual(string Zh, string En)
{
    public string In(CultureInfo culture) => IsEnglish(culture) ? En : Zh;

    public string In(bool english) => english ? En : Zh;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public override string ToString() => Zh;
}

/// <summary>Look-ups in <c>Localization/Messages.tsv</c> (key, Simplified Chinese, English).</summary>
public static class Text
{
    /// <summary>The table behind <see cref="Get"/>, for checks that every key the code uses exists.</summary>
    public static readonly MessageTable Table = MessageTable.Load(typeof(Text).Assembly, "CircularPark.Localization.Messages.tsv");

    /// <summary>The resource <paramref name="key"/> in both languages, formatted with <paramref name="args"/>.</summary>
    public static Bilingual Get(string key, params object?[] args) => new(
        Format(key, english: false, args),
        Format(key, english: true, args));

    /// <summary>The label of an enum value (resource key <c>Type.Value</c>).</summary>
    public static Bilingual Label<T>(T value) where T : struct, Enum => Get($"{typeof(T).Name}.{value}");

    public static string Label<T>(T value, CultureInfo culture) where T : struct, Enum => Label(value).In(culture);

    /// <summary>Parses a label in either language, or the enum name, back to the value.</summary>
    public static bool TryParseLabel<T>(string? text, out T value) where T : struct, Enum
    {
        var wanted = (text ?? "").Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            var label = Label(candidate);
            if (wanted.Length > 0 && (label.Zh == wanted || label.En.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                || candidate.ToString().Equals(wanted, StringComparison.OrdinalIgnoreCase)))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Format(string key, bool english, object?[] args)
    {
        var template = Table.Find(key) is { } text ? (english ? text.En : text.Zh) : key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}

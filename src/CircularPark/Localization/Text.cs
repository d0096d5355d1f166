using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-Hans")]

namespace CircularPark.Localization;

/// <summary>A message in both languages of the product: Simplified Chinese first, English second.</summary>
public readonly record struct Bilingual(string Zh, string En)
{
    public string In(CultureInfo culture) => IsEnglish(culture) ? En : Zh;

    public string In(bool english) => english ? En : Zh;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public override string ToString() => Zh;
}

/// <summary>Look-ups in <c>Messages.resx</c> (Chinese, neutral) and <c>Messages.en.resx</c>.</summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("CircularPark.Localization.Messages", typeof(Text).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The resource <paramref name="key"/> in both languages, formatted with <paramref name="args"/>.</summary>
    public static Bilingual Get(string key, params object?[] args) => new(
        Format(Chinese, key, args),
        Format(English, key, args));

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

    private static string Format(CultureInfo culture, string key, object?[] args)
    {
        var template = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}

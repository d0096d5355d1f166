using System.Globalization;
using CircularPark.Engines.Indicators;
using CircularPark.Engines.Localization;

namespace CircularPark.Engines.Assessment;

/// <summary>Texts of the assessment engine, from <c>Assessment/Messages.tsv</c> (key, Simplified Chinese, English).</summary>
internal static class AssessmentTexts
{
    private static readonly MessageTable Table = MessageTable.Load(typeof(AssessmentTexts).Assembly, "CircularPark.Engines.Assessment.Messages.tsv");

    /// <summary>The text of <paramref name="key"/> in both languages; arguments are formatted invariantly.</summary>
    public static BilingualText Get(string key, params object[] args)
    {
        var text = Table.Find(key) ?? (key, key);
        return new BilingualText(string.Format(CultureInfo.InvariantCulture, text.Zh, args), string.Format(CultureInfo.InvariantCulture, text.En, args));
    }

    /// <summary>A value as explanations print it: up to four decimals, no thousands separator.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Points with two decimals, as scores are published.</summary>
    public static string Points(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

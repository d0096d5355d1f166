using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Localization;

namespace CircularPark.Web.Infrastructure;

/// <summary>How pages write numbers, dates and targets: invariant digits, dates as the documents write them.</summary>
public static class Format
{
    public static string Percent(double ratio) => (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Date(DateOnly? date, CultureInfo culture) => date is not { } d ? ""
        : Bilingual.IsEnglish(culture) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant stored in UTC as people here read it: Beijing time, "2026年12月7日 09:30" (English "2026-12-07 09:30"). The
    /// one way pages show a time (issue 14): never UTC, never converted by hand.
    /// </summary>
    public static string Time(DateTime? utc, CultureInfo culture)
    {
        if (utc is not { } at) return "";
        var china = CircularPark.Time.ChinaTime.ToChina(at);
        return Date(DateOnly.FromDateTime(china), culture) + " " + china.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The Beijing date of an instant stored in UTC, as <see cref="Date"/> writes it.</summary>
    public static string DayOf(DateTime? utc, CultureInfo culture) => utc is { } at ? Date(CircularPark.Time.ChinaTime.DateOf(at), culture) : "";

    /// <summary>
    /// A measured number as pages show it (issue 14), with thousands separators and never in exponent form: at most two
    /// decimals from 1 up (112,764.69 tce, 7,000.5 万元), four significant digits below 1 (0.4564 tce/万元, 0.00125), 0 as 0.
    /// </summary>
    public static string Number(double? value)
    {
        if (value is not { } v || !double.IsFinite(v)) return "";
        var size = Math.Abs(v);
        if (size >= 1 || size == 0) return v.ToString("#,0.##", CultureInfo.InvariantCulture);
        var decimals = Math.Min(12, 3 - (int)Math.Floor(Math.Log10(size)));
        return Math.Round(v, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>"国家级园区 ≥ 70% · 2015年12月31日前" / "National parks ≥ 70% by 2015-12-31".</summary>
    public static string Target(CampaignTarget t, CultureInfo culture)
    {
        var english = Bilingual.IsEnglish(culture);
        var level = t.ParkLevel is { } l ? Text.Label(l, culture) : (english ? "All" : "全部");
        var metric = Text.Label(t.Metric, culture);
        var amount = t.Share is { } s ? "≥ " + Percent(s) : t.Count?.ToString(CultureInfo.InvariantCulture) ?? "";
        return english
            ? $"{metric}: {level} parks {amount} by {Date(t.Deadline, culture)}"
            : $"{metric}：{level}园区 {amount}，{Date(t.Deadline, culture)}前";
    }
}

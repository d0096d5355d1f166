using System.Globalization;

namespace CircularPark.Web.Pages.Funds;

/// <summary>How the funds pages write money (万元, two places, invariant digits) and shares.</summary>
public static class FundFormat
{
    public static string Money(decimal? amount) => amount?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? "—";

    public static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number as a form field holds it: invariant digits, no trailing zeros, empty for none.</summary>
    public static string Input(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>Small formatting rules shared by the material-flow pages.</summary>
public static class Mfa
{
    /// <summary>A quantity as the tables show it: at most two decimals, thousands separated, no "-0".</summary>
    public static string Number(double? value) =>
        Infrastructure.Format.Number(value is { } x ? Math.Round(x, 2) is var r && r == 0 ? 0 : r : null);

    /// <summary>The engine writes resource productivity's unit as "value added per t/a"; value added is in 万元.</summary>
    public static string Unit(string unit, bool english) =>
        unit.Replace("value added per ", english ? "10k CNY value added per " : "万元/", StringComparison.Ordinal);
}

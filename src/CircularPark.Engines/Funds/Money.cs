namespace CircularPark.Engines.Funds;

/// <summary>
/// Money of the fund programmes: <see cref="decimal"/> 万元 (10⁴ yuan) with two decimal places (百元). Every computed
/// amount is rounded once, half away from zero (四舍五入, as the finance documents round), and a total is always the sum
/// of its rounded rows, never a rounded sum of unrounded figures (ADR 0060).
/// </summary>
public static class Money
{
    /// <summary>Decimal places kept: 0.01 万元 = 100 yuan.</summary>
    public const int Places = 2;

    /// <summary>The largest amount accepted anywhere (万元): 10¹² 万元, far above any programme, well inside <see cref="decimal"/>.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary><paramref name="amount"/> rounded to two places, half away from zero.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, Places, MidpointRounding.AwayFromZero);

    /// <summary>Whether <paramref name="amount"/> is written with at most two decimal places (input is never rounded silently).</summary>
    public static bool HasAtMostTwoPlaces(decimal amount) => amount == Math.Round(amount, Places);

    /// <summary>A share (0–1) of an amount, rounded.</summary>
    public static decimal Share(decimal amount, decimal share) => Round(amount * share);

    /// <summary>A plan's figure (万元 as <see cref="double"/>) as money, rounded; non-finite values count as zero.</summary>
    public static decimal FromDouble(double value) =>
        double.IsFinite(value) && Math.Abs(value) < (double)Largest ? Round((decimal)value) : 0m;
}

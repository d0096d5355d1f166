namespace CircularPark.Engines.Campaigns;

/// <summary>How a group of cities is to stand against the provincial average (Jiangsu 2013, 003 一(三)).</summary>
public enum AverageRelation
{
    /// <summary>明显高于全省平均水平: every city strictly above the average.</summary>
    Above = 1,
    /// <summary>达到全省平均水平: every city at or above the average.</summary>
    AtLeast = 2,
    /// <summary>力争接近全省平均水平: an aim to approach, never a failure; a city below shows its gap.</summary>
    Approach = 3,
}

/// <summary>Where a city or a group stands against the provincial average.</summary>
public enum ComparisonVerdict
{
    /// <summary>无数据: the city (or group) has no parks counted, or the province has none.</summary>
    NoData = 0,
    /// <summary>At or above (or strictly above, for <see cref="AverageRelation.Above"/>) the average.</summary>
    Met = 1,
    /// <summary>Short of the average where the document requires reaching or passing it.</summary>
    NotMet = 2,
    /// <summary>Below the average where the document only asks to approach it (<see cref="AverageRelation.Approach"/>).</summary>
    Approaching = 3,
}

/// <summary>A city's (or group's) parks counted and transformed.</summary>
public readonly record struct ParkTally(int Counted, int Transformed)
{
    /// <summary>Transformed ÷ counted; null when nothing is counted.</summary>
    public double? Rate => Counted == 0 ? null : (double)Transformed / Counted;

    /// <summary>The sum of two tallies.</summary>
    public static ParkTally operator +(ParkTally a, ParkTally b) => new(a.Counted + b.Counted, a.Transformed + b.Transformed);
}

/// <summary>One city or group against the average: its rate, the gap in percentage points and the verdict.</summary>
public sealed record AverageComparison(string Key, ParkTally Tally, double? Rate, double? Average, double? GapPoints, ComparisonVerdict Verdict);

/// <summary>
/// Regional differentiation judged against the provincial average (ADR 0080). "苏南各市园区循环化改造目标要明显高于全省
/// 平均水平，苏中各市要达到全省平均水平，苏北各市要力争接近全省平均水平" speaks of each city, so every city of a group is
/// compared, and a group is met when each of its cities with data is. The average is the province's: all its parks counted,
/// inside a group or not. Rates are compared exactly; the gap is shown in percentage points.
/// </summary>
public static class RegionalComparison
{
    /// <summary>Compares <paramref name="tally"/> with the province's rate under <paramref name="relation"/>.</summary>
    public static AverageComparison Compare(string key, ParkTally tally, ParkTally province, AverageRelation relation)
    {
        var (rate, average) = (tally.Rate, province.Rate);
        if (rate is not { } r || average is not { } a) return new(key, tally, rate, average, null, ComparisonVerdict.NoData);
        var verdict = relation switch
        {
            AverageRelation.Above => r > a ? ComparisonVerdict.Met : ComparisonVerdict.NotMet,
            AverageRelation.AtLeast => r >= a ? ComparisonVerdict.Met : ComparisonVerdict.NotMet,
            _ => r >= a ? ComparisonVerdict.Met : ComparisonVerdict.Approaching,
        };
        return new(key, tally, r, a, Math.Round((r - a) * 100, 1), verdict);
    }

    /// <summary>A group's verdict from its cities': no data when none has data; not met when any city with data falls short.</summary>
    public static ComparisonVerdict GroupVerdict(IEnumerable<AverageComparison> cities)
    {
        var judged = cities.Where(c => c.Verdict != ComparisonVerdict.NoData).ToList();
        if (judged.Count == 0) return ComparisonVerdict.NoData;
        if (judged.Any(c => c.Verdict == ComparisonVerdict.NotMet)) return ComparisonVerdict.NotMet;
        return judged.Any(c => c.Verdict == ComparisonVerdict.Approaching) ? ComparisonVerdict.Approaching : ComparisonVerdict.Met;
    }
}

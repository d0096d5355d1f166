namespace CircularPark.Engines.Reporting;

/// <summary>A reporter that was expected to report for a period, with the groups it is counted in (e.g. its city, its province, its level).</summary>
/// <param name="Id">The reporter (a park or a city).</param>
/// <param name="Groups">Keys of the groups it belongs to; "" is the total.</param>
public sealed record ExpectedReporter(int Id, IReadOnlyList<string> Groups);

/// <summary>Completeness and timeliness of one group.</summary>
/// <param name="Group">The group key.</param>
/// <param name="Expected">Reporters expected (at the due date).</param>
/// <param name="Submitted">Expected reporters that submitted by the time asked (on time or late).</param>
/// <param name="OnTime">Submitted on or before the due date.</param>
/// <param name="Late">Submitted after the due date.</param>
/// <param name="Missing">Expected and not submitted.</param>
public sealed record CompletenessFigures(string Group, int Expected, int Submitted, int OnTime, int Late, int Missing)
{
    /// <summary>Submitted ÷ expected, in [0, 1]; 1 when nobody was expected.</summary>
    public double Completeness => Expected == 0 ? 1 : (double)Submitted / Expected;

    /// <summary>On time ÷ expected, in [0, 1]; 1 when nobody was expected.</summary>
    public double Timeliness => Expected == 0 ? 1 : (double)OnTime / Expected;
}

/// <summary>
/// Completeness and timeliness of a report (the DHIS2 measures): counted only over the reporters expected at the due
/// date, so submissions from anyone else never push a figure above 100 %. A submission counts once, by its first
/// submission time; "on time" means at or before the end of the due day in the deadline's time zone, which the caller
/// passes as the deadline in UTC.
/// </summary>
public static class Completeness
{
    /// <summary>Figures per group, ordered by group key.</summary>
    /// <param name="expected">Who was expected.</param>
    /// <param name="firstSubmissions">Reporter → first submission time (UTC); reporters not expected are ignored.</param>
    /// <param name="deadlineUtc">The last instant that is on time.</param>
    /// <param name="asOfUtc">Submissions after this instant are not yet known.</param>
    public static IReadOnlyList<CompletenessFigures> Compute(IEnumerable<ExpectedReporter> expected, IReadOnlyDictionary<int, DateTime> firstSubmissions,
        DateTime deadlineUtc, DateTime asOfUtc)
    {
        var figures = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var reporter in expected.DistinctBy(r => r.Id))
        {
            var submitted = firstSubmissions.TryGetValue(reporter.Id, out var at) && at <= asOfUtc;
            var onTime = submitted && at <= deadlineUtc;
            foreach (var group in reporter.Groups.Distinct(StringComparer.Ordinal))
            {
                if (!figures.TryGetValue(group, out var f)) figures[group] = f = new int[3];
                f[0]++;
                if (submitted) f[1]++;
                if (onTime) f[2]++;
            }
        }
        return figures.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new CompletenessFigures(f.Key, f.Value[0], f.Value[1], f.Value[2], f.Value[1] - f.Value[2], f.Value[0] - f.Value[1]))
            .ToList();
    }
}

namespace CircularPark.Engines.Acceptance;

/// <summary>One band of a grade scale: a score at or above <see cref="MinScore"/> earns <see cref="Grade"/>.</summary>
/// <param name="MinScore">Lowest score of the band (inclusive).</param>
/// <param name="Grade">The grade's code (e.g. "excellent").</param>
/// <param name="Passes">Whether the grade passes acceptance.</param>
public sealed record GradeBand(double MinScore, string Grade, bool Passes);

/// <summary>
/// A configurable acceptance grade scale (domain.md §6). The common 100-point scale: ≥ 90 excellent, ≥ 80 good,
/// ≥ 60 pass, else fail. A score outside [0, <see cref="MaxScore"/>] is not graded.
/// </summary>
public sealed record GradeScale(double MaxScore, IReadOnlyList<GradeBand> Bands)
{
    /// <summary>100 points: excellent ≥ 90, good ≥ 80, pass ≥ 60, fail below.</summary>
    public static GradeScale Default { get; } = new(100,
    [
        new(90, "excellent", true), new(80, "good", true), new(60, "pass", true), new(0, "fail", false),
    ]);

    /// <summary>The band a score falls in, or null when the score is outside the scale or not a number.</summary>
    public GradeBand? Grade(double score) =>
        double.IsNaN(score) || score < 0 || score > MaxScore ? null : Bands.OrderByDescending(b => b.MinScore).FirstOrDefault(b => score >= b.MinScore);
}

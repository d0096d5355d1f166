namespace CircularPark.Engines.Campaigns;

/// <summary>
/// Progress towards one campaign target. <see cref="Required"/> is the number of parks the target asks for:
/// the count itself, or the share of the parks in scope rounded up (70 % of 10 parks is 7; of 11 parks, 8).
/// <see cref="Ratio"/> is achieved ÷ required, capped at 1; a target that asks for nothing is met (1).
/// </summary>
/// <param name="InScope">Parks the target covers (the denominator of a share target).</param>
/// <param name="Planned">Parks of the scope listed in the campaign.</param>
/// <param name="Achieved">Parks that reached the target's metric.</param>
/// <param name="Required">Parks needed to meet the target.</param>
public readonly record struct TargetProgress(int InScope, int Planned, int Achieved, int Required)
{
    /// <summary>Achieved ÷ required in [0, 1].</summary>
    public double Ratio => Required == 0 ? 1 : Math.Min(1.0, (double)Achieved / Required);

    /// <summary>True when at least the required number of parks reached the metric.</summary>
    public bool IsMet => Achieved >= Required;

    /// <summary>Computes progress for a share target (0 ≤ share ≤ 1) or a count target (exactly one must be given).</summary>
    /// <exception cref="ArgumentException">Neither or both of share and count, a share outside [0, 1], or a negative number.</exception>
    public static TargetProgress Compute(int inScope, int planned, int achieved, double? share, int? count)
    {
        if (share is null == count is null) throw new ArgumentException("Give exactly one of share and count.");
        if (inScope < 0 || planned < 0 || achieved < 0 || count < 0) throw new ArgumentException("Counts cannot be negative.");
        if (share is < 0 or > 1 || (share is { } s && double.IsNaN(s))) throw new ArgumentException("A share lies between 0 and 1.", nameof(share));
        // Round up, but let 0.7 × 10 = 7.000000000000001 stay 7.
        var required = count ?? (int)Math.Ceiling(Math.Round(share!.Value * inScope, 9));
        return new TargetProgress(inScope, planned, achieved, required);
    }
}

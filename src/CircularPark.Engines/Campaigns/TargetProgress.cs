namespace CircularPark.Engines.Campaigns;

/// <summary>Where a campaign target stands.</summary>
public enum TargetState
{
    /// <summary>无数据: a share of no parks (none of the target's scope and level is on the platform); neither met nor missed.</summary>
    NoData = 0,
    /// <summary>Fewer parks than required reached the target's metric.</summary>
    NotMet = 1,
    /// <summary>At least the required number of parks reached the target's metric.</summary>
    Met = 2,
}

/// <summary>
/// Progress towards one campaign target. <see cref="Required"/> is the number of parks the target asks for:
/// the count itself, or the share of the parks in scope rounded up (70 % of 10 parks is 7; of 11 parks, 8).
/// <see cref="Ratio"/> is achieved ÷ required, capped at 1. A share of no parks in scope (0 of 0) has no data: its ratio is
/// null and it is not met; a target that otherwise asks for nothing (a share of 0, a count of 0 with parks in scope) is met (1).
/// </summary>
/// <param name="InScope">Parks the target covers (the denominator of a share target).</param>
/// <param name="Planned">Parks of the scope listed in the campaign.</param>
/// <param name="Achieved">Parks that reached the target's metric.</param>
/// <param name="Required">Parks needed to meet the target.</param>
public readonly record struct TargetProgress(int InScope, int Planned, int Achieved, int Required)
{
    /// <summary>Whether the target can be judged: it asks for some parks, or there are parks in its scope.</summary>
    public bool HasData => Required > 0 || InScope > 0;

    /// <summary>Achieved ÷ required in [0, 1]; null without data (<see cref="HasData"/>).</summary>
    public double? Ratio => !HasData ? null : Required == 0 ? 1 : Math.Min(1.0, (double)Achieved / Required);

    /// <summary>True when there is data and at least the required number of parks reached the metric.</summary>
    public bool IsMet => HasData && Achieved >= Required;

    /// <summary>No data, not met or met.</summary>
    public TargetState State => !HasData ? TargetState.NoData : IsMet ? TargetState.Met : TargetState.NotMet;

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

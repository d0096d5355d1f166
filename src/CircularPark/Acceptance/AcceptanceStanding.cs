using CircularPark.Campaigns;

namespace CircularPark.Acceptance;

/// <summary>Where a park stands towards acceptance, derived on read from its participation, application and delay requests.</summary>
public enum AcceptanceStandingKind
{
    /// <summary>不在验收阶段: not approved (yet) in the campaign.</summary>
    NotApplicable = 1,
    /// <summary>待申请验收: approved; the acceptance deadline has not passed.</summary>
    Awaiting = 2,
    /// <summary>延期申请待审批.</summary>
    DelayPending = 3,
    /// <summary>验收申请中 (submitted, returned, under review or graded).</summary>
    InProgress = 4,
    /// <summary>通过验收 (filed, or published before the product was used).</summary>
    Accepted = 5,
    /// <summary>未通过验收 (filed with a failing grade).</summary>
    Failed = 6,
    /// <summary>逾期未申请验收也未申请延期: counts as failed (national practice).</summary>
    MissedDeadline = 7,
}

/// <summary>A park's standing with the deadline that applies to it (the campaign's, extended by approved delays).</summary>
public sealed record AcceptanceStandingView(AcceptanceStandingKind Kind, DateOnly? DueOn);

/// <summary>The one rule that derives a park's acceptance standing; pure, so a moved clock is all a test needs.</summary>
public static class AcceptanceStanding
{
    private static readonly ParticipationState[] AwaitingStates =
        [ParticipationState.Approved, ParticipationState.Implementing, ParticipationState.DelayRequested];

    /// <summary>The deadline for one park: the campaign's, plus the months of its approved delays; null = no deadline set.</summary>
    public static DateOnly? DueOn(DateOnly? campaignDue, IEnumerable<DelayRequest> delays) =>
        campaignDue?.AddMonths(delays.Where(d => d.Status == DelayStatus.Approved).Sum(d => d.Months));

    /// <summary>
    /// The standing on <paramref name="today"/>. A park that has submitted no application and has no delay request waiting
    /// for a decision, once its deadline has passed, counts as failed (<see cref="AcceptanceStandingKind.MissedDeadline"/>).
    /// A result the province published before the product was used (<paramref name="published"/>) decides from its
    /// document's date on (ADR 0074).
    /// </summary>
    public static AcceptanceStandingView Of(ParticipationState? state, AcceptanceApplication? application, IReadOnlyCollection<DelayRequest> delays,
        DateOnly? campaignDue, DateOnly today, PublishedAcceptanceResult? published = null)
    {
        var due = DueOn(campaignDue, delays);
        if (published is not null && published.NoticeOn <= today)
            return new(published.Passed ? AcceptanceStandingKind.Accepted : AcceptanceStandingKind.Failed, due);
        if (application is { Status: AcceptanceStatus.Filed }) return new(application.Passed == true ? AcceptanceStandingKind.Accepted : AcceptanceStandingKind.Failed, due);
        if (application is not null && application.Versions.Any(v => v.Submitted)) return new(AcceptanceStandingKind.InProgress, due);
        if (state is not { } s || !AwaitingStates.Contains(s)) return new(AcceptanceStandingKind.NotApplicable, due);
        if (delays.Any(d => d.Status == DelayStatus.Pending)) return new(AcceptanceStandingKind.DelayPending, due);
        return new(due is { } d && today > d ? AcceptanceStandingKind.MissedDeadline : AcceptanceStandingKind.Awaiting, due);
    }
}

using CircularPark.Campaigns;

namespace CircularPark.Acceptance;

/// <summary>Where a park stands towards acceptance, derived on read from its participation, application and delay requests.</summary>
public enum AcceptanceStandingKind
{
    /// <summary>不在验收阶段: not approved (yet) in the campaign.</summary>
    NotApplicable = 1,
    /// <summary>待申请验收: approved (or listed with a planned year, where that is the deadline); the deadline has not passed.</summary>
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

/// <summary>
/// How a campaign sets its acceptance deadline (ADR 0079). Values are stored; never renumber.
/// </summary>
public enum AcceptanceDeadlineRule
{
    /// <summary>One date for every park: the campaign's acceptance rules' <c>AcceptanceDueOn</c> (none = no deadline).</summary>
    CampaignDate = 0,
    /// <summary>
    /// Each park's planned completion year (计划完成年度): due 31 December of <c>Participation.PlannedYear</c>. 鲁经信循〔2018〕336号
    /// lists every park with its year and 通报s the parks "不能按时完成循环化改造目标任务". A listed park (列入计划) is then
    /// already awaiting acceptance. A park without a planned year falls back to the campaign's date.
    /// </summary>
    PlannedYear = 1,
}

/// <summary>A campaign's acceptance deadline: its rule and its one date (the rule's fallback). Pure.</summary>
public sealed record AcceptanceDeadline(AcceptanceDeadlineRule Rule, DateOnly? CampaignDue)
{
    /// <summary>No deadline at all (a campaign without rules).</summary>
    public static readonly AcceptanceDeadline None = new(AcceptanceDeadlineRule.CampaignDate, null);

    /// <summary>One date for every park.</summary>
    public static AcceptanceDeadline OneDate(DateOnly? due) => new(AcceptanceDeadlineRule.CampaignDate, due);

    /// <summary>The deadline of a park before delays: 31 December of its planned year under <see cref="AcceptanceDeadlineRule.PlannedYear"/>, else the campaign's date.</summary>
    public DateOnly? For(int? plannedYear) =>
        Rule == AcceptanceDeadlineRule.PlannedYear && plannedYear is { } year ? new DateOnly(year, 12, 31) : CampaignDue;

    /// <summary>
    /// The participation states in which a park owes an application: approved, implementing, asked for a delay; and listed
    /// (列入计划) where the planned year is the deadline, since such a campaign approves no plan before acceptance.
    /// </summary>
    public bool Awaits(ParticipationState state) =>
        state is ParticipationState.Approved or ParticipationState.Implementing or ParticipationState.DelayRequested
        || (Rule == AcceptanceDeadlineRule.PlannedYear && state == ParticipationState.Listed);
}

/// <summary>The one rule that derives a park's acceptance standing; pure, so a moved clock is all a test needs.</summary>
public static class AcceptanceStanding
{
    /// <summary>The deadline for one park: the campaign's (or its planned year's), plus the months of its approved delays; null = no deadline set.</summary>
    public static DateOnly? DueOn(AcceptanceDeadline deadline, int? plannedYear, IEnumerable<DelayRequest> delays) =>
        deadline.For(plannedYear)?.AddMonths(delays.Where(d => d.Status == DelayStatus.Approved).Sum(d => d.Months));

    /// <summary>
    /// The standing on <paramref name="today"/>. A park that has submitted no application and has no delay request waiting
    /// for a decision, once its deadline has passed, counts as failed (<see cref="AcceptanceStandingKind.MissedDeadline"/>).
    /// The deadline is the campaign's date or the park's planned year, as the campaign sets (<paramref name="deadline"/>).
    /// A result the province published before the product was used (<paramref name="published"/>) decides from its
    /// document's date on (ADR 0074).
    /// </summary>
    public static AcceptanceStandingView Of(ParticipationState? state, int? plannedYear, AcceptanceApplication? application,
        IReadOnlyCollection<DelayRequest> delays, AcceptanceDeadline deadline, DateOnly today, PublishedAcceptanceResult? published = null)
    {
        var due = DueOn(deadline, plannedYear, delays);
        if (published is not null && published.NoticeOn <= today)
            return new(published.Passed ? AcceptanceStandingKind.Accepted : AcceptanceStandingKind.Failed, due);
        if (application is { Status: AcceptanceStatus.Filed }) return new(application.Passed == true ? AcceptanceStandingKind.Accepted : AcceptanceStandingKind.Failed, due);
        if (application is not null && application.Versions.Any(v => v.Submitted)) return new(AcceptanceStandingKind.InProgress, due);
        if (state is not { } s || !deadline.Awaits(s)) return new(AcceptanceStandingKind.NotApplicable, due);
        if (delays.Any(d => d.Status == DelayStatus.Pending)) return new(AcceptanceStandingKind.DelayPending, due);
        return new(due is { } d && today > d ? AcceptanceStandingKind.MissedDeadline : AcceptanceStandingKind.Awaiting, due);
    }
}

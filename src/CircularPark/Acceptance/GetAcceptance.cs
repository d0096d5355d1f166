using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;

namespace CircularPark.Acceptance;

/// <summary>A park's acceptance in a campaign as its readers see it: standing, rules, application versions and steps, delays.</summary>
public sealed record AcceptanceView(int ParkId, string Park, string CampaignCode, string Campaign, ParticipationState State,
    AcceptanceStandingView Standing, RulesView Rules, ApplicationView? Application, IReadOnlyList<DelayView> Delays, DemonstrationView? Demonstration);

public sealed record ApplicationView(int Id, int PlanId, AcceptanceStatus Status, double? Score, string? Grade, bool? Passed, string? FilingNumber,
    DateOnly? FiledOn, IReadOnlyList<VersionView> Versions, IReadOnlyList<EventView> Events);

public sealed record VersionView(int Number, bool Submitted, DateTime? SubmittedAtUtc, string? SubmittedBy, SelfAssessment Content, bool? Eligible, string? EligibilitySnapshot);

/// <summary>An acceptance step: when it took effect (the document's date) and who recorded it when.</summary>
public sealed record EventView(AcceptanceStep Step, string Actor, DateTime AtUtc, string Reason, int VersionNumber, double? Score, DateOnly EffectiveOn);

public sealed record DelayView(int Id, int Months, string Reason, string RequestedBy, DateTime RequestedAtUtc, DelayStatus Status,
    string? DecidedBy, DateTime? DecidedAtUtc, string? DecisionReason);

public sealed record RulesView(DateOnly? AcceptanceDueOn, DateOnly? DelayRequestDueOn, int MaxDelayRequests, int MaxDelayMonths, double? Threshold,
    double MaxScore, IReadOnlyList<Engines.Acceptance.GradeBand> Bands, AcceptanceDeadlineRule DeadlineRule = AcceptanceDeadlineRule.CampaignDate)
{
    public static RulesView From(AcceptanceRules rules, Campaign campaign) => new(rules.AcceptanceDueOn, rules.DelayRequestDueOn,
        rules.MaxDelayRequests, rules.MaxDelayMonths, campaign.AcceptanceThreshold, rules.Scale().MaxScore, rules.Scale().Bands,
        campaign.AcceptanceDeadlineRule);
}

/// <summary>Reads a park's acceptance: users whose scope covers the park (403 otherwise; 404 when it is not in the campaign).</summary>
public sealed class GetAcceptance(AppDbContext db)
{
    public async Task<(Failure? Refusal, AcceptanceView? View)> ExecuteAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, c) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: false, ct);
        if (refusal is not null) return (refusal, null);
        var a = c!.Application;
        var application = a is null ? null : new ApplicationView(a.Id, a.PlanId, a.Status, a.Score, a.Grade, a.Passed, a.FilingNumber, a.FiledOn,
            a.Versions.OrderBy(v => v.Number).Select(v => new VersionView(v.Number, v.Submitted, v.SubmittedAtUtc, v.SubmittedBy, SelfAssessment.From(v), v.Eligible, v.EligibilitySnapshot)).ToList(),
            a.Events.OrderBy(e => e.EffectiveOn).ThenBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new EventView(e.Step, e.Actor, e.AtUtc, e.Reason, e.VersionNumber, e.Score, e.EffectiveOn)).ToList());
        var demonstration = (await Demonstrations.ForParkAsync(db, parkId, ct)).FirstOrDefault(d => d.CampaignCode == campaignCode);
        return (null, new AcceptanceView(parkId, c.Place.Name, c.Campaign.Code, c.Campaign.TitleZh, c.Participation!.State, c.Standing(db),
            RulesView.From(c.Rules, c.Campaign), application,
            c.Delays.Select(d => new DelayView(d.Id, d.Months, d.Reason, d.RequestedBy, d.RequestedAtUtc, d.Status, d.DecidedBy, d.DecidedAtUtc, d.DecisionReason)).ToList(),
            demonstration));
    }
}

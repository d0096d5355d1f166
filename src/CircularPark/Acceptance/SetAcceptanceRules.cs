using CircularPark.Campaigns;
using System.Text.Json.Serialization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Acceptance;

/// <summary>
/// A campaign's acceptance rules as set by the body running it; bands empty = the default 100-point scale. Setting the
/// rules replaces them all, so a body must name every rule (null for "none" or the default): <c>{}</c> is refused rather
/// than taken as "clear the deadlines".
/// </summary>
public sealed record RulesInput(
    [property: JsonRequired] DateOnly? AcceptanceDueOn, [property: JsonRequired] DateOnly? DelayRequestDueOn,
    [property: JsonRequired] int? MaxDelayRequests, [property: JsonRequired] int? MaxDelayMonths,
    [property: JsonRequired] double? MaxScore, [property: JsonRequired] IReadOnlyList<Engines.Acceptance.GradeBand>? Bands);

/// <summary>
/// Sets a campaign's acceptance rules (deadlines, delay limits, grade scale): province users whose region covers the
/// campaign's scope, the ministry and admins.
/// </summary>
public sealed class SetAcceptanceRules(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, RulesInput input, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound(Text.Get("Rule.campaign", campaignCode));
        if (!await CampaignOwner.IsOwnerAsync(db, campaign, user, ct))
            return Failure.Forbidden;
        if (Check(input) is { } error) return error;
        var rules = await AcceptanceRules.LoadAsync(db, campaign.Id, ct);
        if (rules.Id == 0) db.AcceptanceRules.Add(rules);
        rules.AcceptanceDueOn = input.AcceptanceDueOn;
        rules.DelayRequestDueOn = input.DelayRequestDueOn;
        rules.MaxDelayRequests = input.MaxDelayRequests ?? 1;
        rules.MaxDelayMonths = input.MaxDelayMonths ?? 12;
        rules.MaxScore = input.MaxScore ?? 100;
        db.RemoveRange(rules.Bands);
        rules.Bands = (input.Bands ?? []).Select(b => new AcceptanceGradeBand { MinScore = b.MinScore, Grade = b.Grade.Trim(), Passes = b.Passes }).ToList();
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(null, rules.Id);
    }

    private static Failure? Check(RulesInput input)
    {
        if (input.MaxDelayRequests is < 0 or > 10) return Failure.Invalid("maxDelayRequests", "Rules.DelayRequests");
        if (input.MaxDelayMonths is < 1 or > 60) return Failure.Invalid("maxDelayMonths", "Rules.DelayMonths");
        if (input.DelayRequestDueOn is { } d && input.AcceptanceDueOn is { } a && d > a) return Failure.Invalid("delayRequestDueOn", "Rules.DelayAfterDue");
        var max = input.MaxScore ?? 100;
        if (max is <= 0 or > 1000 || double.IsNaN(max)) return Failure.Invalid("maxScore", "Rules.MaxScore");
        var bands = input.Bands ?? [];
        if (bands.Count == 0) return null;
        if (bands.Any(b => string.IsNullOrWhiteSpace(b.Grade) || b.Grade.Trim().Length > 40 || double.IsNaN(b.MinScore) || b.MinScore < 0 || b.MinScore > max)
            || bands.Select(b => b.MinScore).Distinct().Count() != bands.Count || bands.All(b => b.MinScore != 0))
            return Failure.Invalid("bands", "Rules.Bands", max);
        return null;
    }
}

using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>
/// A park's plan record in a campaign: the submission deadline (the campaign's <c>implementation-plan</c> report line),
/// when the plan was first submitted in the product, the minimum consultancy grade the campaign sets, and what was recorded.
/// </summary>
public sealed record PlanPreparationView(string Campaign, int ParkId, string Park, DateOnly? SubmissionDueOn, DateOnly? FirstSubmittedOn,
    ConsultancyGrade? MinimumGrade, string? ConsultancyName, ConsultancyGrade? ConsultancyGrade, DateOnly? CityReviewedOn, string? CityOpinion,
    ProvincePlanDecision? ProvinceDecision, DateOnly? ProvinceDecidedOn, string? ProvinceDocumentNumber, long Version);

/// <summary>The consultancy that wrote the plan (the park).</summary>
public sealed record ConsultancyInput(string? Name, ConsultancyGrade? Grade);

/// <summary>The city's review of the plan: its date and opinion (the city).</summary>
public sealed record CityPlanReviewInput(DateOnly? ReviewedOn, string? Opinion);

/// <summary>The province's approval or forwarding (转报) of the plan: date and document number (the province).</summary>
public sealed record ProvincePlanDecisionInput(ProvincePlanDecision? Decision, DateOnly? DecidedOn, string? DocumentNumber);

/// <summary>
/// Reads and records a park's plan record (ADR 0079). Each part is its own body's: the consultancy the park's
/// (<see cref="Permissions.SelectionApply"/>), the review the city's (<see cref="Permissions.SelectionScreen"/>), the approval or
/// forwarding the province's (<see cref="Permissions.SelectionDecide"/>); reading is <see cref="Permissions.ParkRead"/>. A
/// consultancy below the campaign's minimum grade is refused; the province acts after the city, never before its date.
/// </summary>
public sealed class RecordPlanPreparation(AppDbContext db)
{
    public async Task<Outcome<PlanPreparationView>> GetAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await LoadAsync(campaignCode, parkId, user, Permissions.ParkRead, ct);
        return refusal ?? (Outcome<PlanPreparationView>)await ViewAsync(context!, ct);
    }

    public async Task<Outcome<PlanPreparationView>> RecordConsultancyAsync(string campaignCode, int parkId, ConsultancyInput input, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await LoadAsync(campaignCode, parkId, user, Permissions.SelectionApply, ct);
        if (refusal is not null) return refusal;
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) return Failure.Invalid("name", "PlanPrep.ConsultancyName");
        if (input.Grade is not { } grade || !Enum.IsDefined(grade)) return Failure.Invalid("grade", "PlanPrep.Grade");
        if (!PlanPreparation.Meets(grade, context!.Campaign.MinimumConsultancyGrade))
        {
            var (given, least) = (Text.Label(grade), Text.Label(context.Campaign.MinimumConsultancyGrade!.Value));
            return Failure.Invalid("grade", "PlanPrep.GradeTooLow", name, given.Zh, least.Zh, given.En, least.En);
        }
        (context.Record.ConsultancyName, context.Record.ConsultancyGrade) = (name, grade);
        return await SaveAsync(context, ct);
    }

    public async Task<Outcome<PlanPreparationView>> RecordCityReviewAsync(string campaignCode, int parkId, CityPlanReviewInput input, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await LoadAsync(campaignCode, parkId, user, Permissions.SelectionScreen, ct);
        if (refusal is not null) return refusal;
        if (CheckDay(input.ReviewedOn, "reviewedOn") is { } bad) return bad;
        var opinion = input.Opinion?.Trim() ?? "";
        if (opinion.Length is 0 or > 2000) return Failure.Invalid("opinion", "PlanPrep.Opinion");
        if (context!.Record.ProvinceDecidedOn is { } decided && input.ReviewedOn > decided)
            return Failure.Invalid("reviewedOn", "PlanPrep.ReviewAfterDecision", Day(decided));
        (context.Record.CityReviewedOn, context.Record.CityOpinion) = (input.ReviewedOn, opinion);
        return await SaveAsync(context, ct);
    }

    public async Task<Outcome<PlanPreparationView>> RecordProvinceDecisionAsync(string campaignCode, int parkId, ProvincePlanDecisionInput input, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await LoadAsync(campaignCode, parkId, user, Permissions.SelectionDecide, ct);
        if (refusal is not null) return refusal;
        if (input.Decision is not { } decision || !Enum.IsDefined(decision)) return Failure.Invalid("decision", "PlanPrep.Decision");
        if (CheckDay(input.DecidedOn, "decidedOn") is { } bad) return bad;
        var number = input.DocumentNumber?.Trim() ?? "";
        if (number.Length > 100) return Failure.Invalid("documentNumber", "PlanPrep.DocumentNumber");
        if (context!.Record.CityReviewedOn is not { } reviewed) return Failure.Conflict("PlanPrep.CityFirst", context.Park.Name);
        if (input.DecidedOn < reviewed) return Failure.Invalid("decidedOn", "PlanPrep.DecisionBeforeReview", Day(reviewed));
        (context.Record.ProvinceDecision, context.Record.ProvinceDecidedOn, context.Record.ProvinceDocumentNumber) =
            (decision, input.DecidedOn, number.Length == 0 ? null : number);
        return await SaveAsync(context, ct);
    }

    private sealed record Context(Campaign Campaign, ParkPlace Park, PlanPreparation Record);

    /// <summary>Campaign and park exist (404), the permission covers the park (403), it lies in the campaign's scope (403) and takes part (404).</summary>
    private async Task<(Failure? Refusal, Context? Context)> LoadAsync(string campaignCode, int parkId, AccessScope user, Permission permission, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Reports).SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (Failure.NotFound("Rule.campaign", campaignCode), null);
        var place = await ParkAccess.FindAsync(db, parkId, ct);
        if (place is null) return (Failure.NotFound("Park.NotFound", parkId), null);
        if (!place.Allows(user, Permissions.ParkRead)) return (Failure.Forbidden, null);
        if (Reviews.Steps.OutsideCampaign(campaign, place) is { } outside) return (outside, null);
        if (!user.Allows(permission, place.Target with { CampaignScopePath = place.Tree.PathOf(campaign.ScopeRegionId) })) return (Failure.Forbidden, null);
        if (!await db.Participations.AnyAsync(p => p.CampaignId == campaign.Id && p.ParkId == parkId, ct))
            return (Failure.NotFound(Text.Get("Selection.NotInCampaign")), null);
        var record = await db.PlanPreparations.SingleOrDefaultAsync(p => p.CampaignId == campaign.Id && p.ParkId == parkId, ct)
            ?? new PlanPreparation { CampaignId = campaign.Id, ParkId = parkId };
        return (null, new Context(campaign, place, record));
    }

    private Failure? CheckDay(DateOnly? day, string field)
    {
        if (day is not { } on) return Failure.Invalid(field, "PlanPrep.Date");
        var today = db.Clock.Today();
        return on > today ? Failure.Invalid(field, "EffectiveOn.Future", Day(on), Day(today)) : null;
    }

    private async Task<Outcome<PlanPreparationView>> SaveAsync(Context context, CancellationToken ct)
    {
        if (context.Record.Id == 0) db.PlanPreparations.Add(context.Record);
        if ((await db.TrySaveChangesAsync(ct)).Failure is { } unsaved) return unsaved;
        return await ViewAsync(context, ct);
    }

    private async Task<PlanPreparationView> ViewAsync(Context context, CancellationToken ct)
    {
        var (campaign, r) = (context.Campaign, context.Record);
        var due = campaign.Reports.FirstOrDefault(x => x.Type == "implementation-plan" && x.From == ReportParty.Park)?.DueDate;
        var submitted = await db.PlanVersions.AsNoTracking()
            .Where(v => v.SubmittedAtUtc != null && db.Plans.Any(p => p.Id == v.PlanId && p.CampaignId == campaign.Id && p.ParkId == context.Park.ParkId))
            .MinAsync(v => v.SubmittedAtUtc, ct);
        return new PlanPreparationView(campaign.Code, context.Park.ParkId, context.Park.Name, due, submitted is { } at ? ChinaTime.DateOf(at) : null,
            campaign.MinimumConsultancyGrade, r.ConsultancyName, r.ConsultancyGrade, r.CityReviewedOn, r.CityOpinion, r.ProvinceDecision, r.ProvinceDecidedOn,
            r.ProvinceDocumentNumber, r.Version);
    }

    private static string Day(DateOnly day) => Acceptance.SubmitAcceptance.Day(day);
}

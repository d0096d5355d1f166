using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Plans;
using CircularPark.Reviews;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// The park saves the draft of its acceptance application (self-assessment), creating the application on first save; only
/// while no version is waiting for review (draft or returned). The application refers to the park's approved plan.
/// </summary>
public sealed class SaveAcceptanceDraft(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, SelfAssessment content, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        if (context!.Refuse(AcceptanceStep.Submit, user.Role) is { } refused) return refused;
        var errors = content.Check();
        if (errors.Count > 0) return Failure.Invalid(errors);
        var application = context.Application;
        if (application is null)
        {
            if (await ApprovedPlanAsync(db, context, ct) is not { } planId) return Failure.Conflict("Acceptance.NotApproved", context.Place.Name);
            application = new AcceptanceApplication { CampaignId = context.Campaign.Id, ParkId = parkId, PlanId = planId };
            db.AcceptanceApplications.Add(application);
        }
        var draft = application.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (draft is null || draft.Submitted)
        {
            draft = new AcceptanceVersion { Number = (draft?.Number ?? 0) + 1 };
            application.Versions.Add(draft);
        }
        content.ApplyTo(draft);
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(context.Participation!.State, application.Id);
    }

    /// <summary>The park's plan in the campaign when the province has approved the park and a plan version is submitted.</summary>
    internal static async Task<int?> ApprovedPlanAsync(AppDbContext db, AcceptanceContext context, CancellationToken ct)
    {
        var approved = context.Participation!.History.Any(h => h.To == ParticipationState.Approved);
        if (!approved) return null;
        return (await Steps.SubmittedPlanAsync(db, context.Campaign.Id, context.Place.ParkId, ct))?.PlanId;
    }
}

/// <summary>
/// The park submits its acceptance application: the latest version is frozen together with the eligibility check as it
/// stands (projects behind schedule, indicators below the campaign's threshold). The check is recorded, not enforced: the
/// reviewers judge it (ADR 0040). A park whose deadline has passed without application or delay request has failed.
/// </summary>
public sealed class SubmitAcceptance(AppDbContext db, CheckAcceptanceEligibility eligibility)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, int? year, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        if (context!.Refuse(AcceptanceStep.Submit, user.Role) is { } refused) return refused;
        if (context.Published is { } published)
            return Failure.Conflict("Acceptance.Published", context.Place.Name, published.NoticeNumber, Day(published.NoticeOn));
        if (context.Standing(db) is { Kind: AcceptanceStandingKind.MissedDeadline } missed)
            return Failure.Conflict("Acceptance.DeadlineMissed", context.Place.Name, Day(missed.DueOn));
        var draft = context.Application?.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (draft is null || draft.Submitted) return Failure.Invalid("projectCompletion", "Acceptance.NoDraft");
        var errors = SelfAssessment.From(draft).CheckComplete();
        if (errors.Count > 0) return Failure.Invalid(errors);
        var checkYear = year ?? db.Clock.Today().Year - 1; // the last complete year unless asked
        if (checkYear is < 2000 or > 2100) return Failure.Invalid("year", "Acceptance.Year");
        var (access, result) = await eligibility.ExecuteAsync(context.Application!.PlanId, checkYear, user, ct);
        if (access != AccessOutcome.Allowed) return Plans.PlanAccess.Refusal(access);
        draft.Submitted = true;
        draft.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        draft.SubmittedBy = user.Name;
        draft.EligibilitySnapshot = JsonSerializer.Serialize(result, Json);
        draft.Eligible = result!.Eligible;
        var why = draft.Number == 1 ? $"自评估报告第 {draft.Number} 版" : $"修改后重新提交，第 {draft.Number} 版";
        return await context.RecordAsync(db, AcceptanceStep.Submit, ParticipationState.AcceptanceApplied, user, why, ct);
    }

    internal static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}

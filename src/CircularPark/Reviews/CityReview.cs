using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;

namespace CircularPark.Reviews;

/// <summary>The city's preliminary review (初审): it recommends an applied park whose plan is submitted.</summary>
public sealed class RecommendPark(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, string? reason, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.Recommend, user, ct);
        if (refusal is not null) return refusal;
        if (await Steps.SubmittedPlanAsync(db, context!.Campaign.Id, parkId, ct) is null)
            return Failure.Conflict("Selection.PlanNotSubmitted", context.Place.Name);
        return await Steps.MoveAsync(db, context, ParticipationState.Recommended, user, string.IsNullOrWhiteSpace(reason) ? "初审推荐" : reason.Trim(), ct);
    }
}

/// <summary>The city returns an application with its reasons; the park may apply again.</summary>
public sealed class ReturnPark(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, string? reason, AccessScope user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Failure.Invalid("reason", "Selection.ReasonRequired");
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.Return, user, ct);
        if (refusal is not null) return refusal;
        return await Steps.MoveAsync(db, context!, ParticipationState.Returned, user, reason.Trim(), ct);
    }
}

using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;

namespace CircularPark.Reviews;

/// <summary>
/// A park applies to a campaign (自愿申报), within the campaign's application window; a park listed by its city's
/// promotion plan, or returned by its city, applies the same way.
/// </summary>
public sealed class ApplyForCampaign(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, string? reason, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.Apply, user, ct);
        if (refusal is not null) return refusal;
        var campaign = context!.Campaign;
        var today = db.Clock.Today();
        if (campaign.ApplicationOpensOn is { } opens && today < opens || campaign.ApplicationClosesOn is { } closes && today > closes)
            return Failure.Conflict("Selection.WindowClosed", Day(campaign.ApplicationOpensOn), Day(campaign.ApplicationClosesOn));
        var participation = context.Participation;
        if (participation is null)
        {
            participation = new Participation { CampaignId = campaign.Id, ParkId = parkId, PlannedYear = campaign.IssuedOn?.Year };
            db.Participations.Add(participation);
            context = context with { Participation = participation };
        }
        return await Steps.MoveAsync(db, context, ParticipationState.Applied, user, string.IsNullOrWhiteSpace(reason) ? "自愿申报" : reason.Trim(), ct);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}

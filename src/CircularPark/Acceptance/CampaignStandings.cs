using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// The acceptance standing of many parks of one campaign at once, for summaries that must count a park that missed its
/// deadline as failed although its stored participation state has not moved (ADR 0040); read through <see cref="AcceptanceStandings"/>.
/// </summary>
public static class CampaignStandings
{
    public static async Task<IReadOnlyDictionary<int, AcceptanceStandingView>> LoadAsync(AppDbContext db, int campaignId,
        IReadOnlyDictionary<int, ParticipationState> parks, CancellationToken ct = default)
    {
        var ids = parks.Keys.ToList();
        var loaded = await AcceptanceStandings.LoadAsync(db, db.Participations.Where(p => p.CampaignId == campaignId && ids.Contains(p.ParkId)), db.Clock.Today(), ct);
        return loaded.ToDictionary(s => s.ParkId, s => s.Standing);
    }
}

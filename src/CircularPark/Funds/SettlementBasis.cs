using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>
/// What a settlement follows: the park's acceptance standing in the campaign of the plan the project belongs to
/// (ADR 0040, derived on read). Accepted → pass, from the filing date; failed, or the deadline missed without a delay
/// request → fail; anything else → not yet (a settlement before acceptance is a 409 naming the standing).
/// </summary>
public sealed record SettlementBasis(bool? Passed, DateOnly? DecidedOn, AcceptanceStandingKind Standing, Bilingual Explain)
{
    public static async Task<SettlementBasis> LoadAsync(AppDbContext db, FundApplication application, CancellationToken ct)
    {
        var campaignId = await db.Plans.AsNoTracking().Where(p => p.Id == application.PlanId).Select(p => p.CampaignId).SingleAsync(ct);
        return await ForAsync(db, campaignId, application.ParkId, ct);
    }

    public static async Task<SettlementBasis> ForAsync(AppDbContext db, int campaignId, int parkId, CancellationToken ct)
    {
        var loaded = await AcceptanceStandings.LoadAsync(db, db.Participations.Where(p => p.CampaignId == campaignId && p.ParkId == parkId), db.Clock.Today(), ct);
        var park = loaded.Count == 0 ? null : loaded[0];
        var standing = park?.Standing ?? new AcceptanceStandingView(AcceptanceStandingKind.NotApplicable, null);
        var (application, published) = (park?.Application, park?.Published);
        // A published result decides from its document (ADR 0074); otherwise the filing in the product.
        var (on, number) = published is not null ? (published.NoticeOn, published.NoticeNumber) : (application?.FiledOn, application?.FilingNumber ?? "");
        return standing.Kind switch
        {
            AcceptanceStandingKind.Accepted => new(true, on, standing.Kind, Text.Get("Fund.Basis.Accepted", number)),
            AcceptanceStandingKind.Failed => new(false, on, standing.Kind, Text.Get("Fund.Basis.Failed", number)),
            AcceptanceStandingKind.MissedDeadline => new(false, standing.DueOn?.AddDays(1), standing.Kind, Text.Get("Fund.Basis.Missed", Date(standing.DueOn))),
            _ => new(null, null, standing.Kind, Text.Get("Fund.AcceptancePending", Text.Label(standing.Kind).Zh, Text.Label(standing.Kind).En)),
        };
    }

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

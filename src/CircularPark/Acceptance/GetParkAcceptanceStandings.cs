using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>A park's acceptance in one campaign as its public page shows it: standing, deadline, grade once filed.</summary>
public sealed record ParkAcceptanceLine(string CampaignCode, AcceptanceStandingView Standing, AcceptanceStatus? Status, string? Grade);

/// <summary>
/// The park's acceptance standing in each campaign that has reached the acceptance stage, for the park's page (the
/// participation state there is public already; the grade only once the result is filed).
/// </summary>
public sealed class GetParkAcceptanceStandings(AppDbContext db)
{
    public async Task<IReadOnlyList<ParkAcceptanceLine>> ExecuteAsync(int parkId, CancellationToken ct = default)
    {
        var codes = await db.Participations.AsNoTracking().Where(p => p.ParkId == parkId).Select(p => new { p.CampaignId, p.Campaign!.Code })
            .ToDictionaryAsync(p => p.CampaignId, p => p.Code, ct);
        var today = db.Clock.Today();
        return (await AcceptanceStandings.LoadAsync(db, db.Participations.Where(p => p.ParkId == parkId), today, ct)).Select(s =>
            {
                var (application, result) = (s.Application, s.Published);
                var grade = result is { } r && r.NoticeOn <= today ? r.Grade : application?.Status == AcceptanceStatus.Filed ? application.Grade : null;
                return new ParkAcceptanceLine(codes[s.CampaignId], s.Standing, application?.Status, grade);
            })
            .Where(l => l.Standing.Kind != AcceptanceStandingKind.NotApplicable).ToList();
    }
}

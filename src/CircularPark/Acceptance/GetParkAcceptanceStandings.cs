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
        var participations = await db.Participations.AsNoTracking().Where(p => p.ParkId == parkId)
            .Select(p => new { p.CampaignId, p.Campaign!.Code, p.State }).ToListAsync(ct);
        var applications = await db.AcceptanceApplications.AsNoTracking().Include(a => a.Versions).Where(a => a.ParkId == parkId).ToDictionaryAsync(a => a.CampaignId, ct);
        var delays = (await db.DelayRequests.AsNoTracking().Where(d => d.ParkId == parkId).ToListAsync(ct)).ToLookup(d => d.CampaignId);
        var dues = await db.AcceptanceRules.AsNoTracking().ToDictionaryAsync(r => r.CampaignId, r => r.AcceptanceDueOn, ct);
        var published = await db.PublishedAcceptanceResults.AsNoTracking().Where(r => r.ParkId == parkId).ToDictionaryAsync(r => r.CampaignId, ct);
        var today = db.Clock.Today();
        return participations.Select(p =>
            {
                var application = applications.GetValueOrDefault(p.CampaignId);
                var result = published.GetValueOrDefault(p.CampaignId);
                var standing = AcceptanceStanding.Of(p.State, application, delays[p.CampaignId].ToList(), dues.GetValueOrDefault(p.CampaignId), today, result);
                var grade = result is { } r && r.NoticeOn <= today ? r.Grade : application?.Status == AcceptanceStatus.Filed ? application.Grade : null;
                return new ParkAcceptanceLine(p.Code, standing, application?.Status, grade);
            })
            .Where(l => l.Standing.Kind != AcceptanceStandingKind.NotApplicable).ToList();
    }
}

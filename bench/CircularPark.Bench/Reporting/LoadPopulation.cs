using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Bench.Reporting;

/// <summary>
/// The population of a load run, written once before the timed window: a campaign (labelled as illustrative) with a
/// yearly park → province report due on the given day, N parks spread over the seeded cities, each approved in
/// the campaign (so it owes the report) and each with one park account; and one ministry account to read the figures.
/// </summary>
internal static class LoadPopulation
{
    public sealed record Population(int RequirementId, int Period, IReadOnlyList<int> ParkIds);

    public static async Task<Population> CreateAsync(IServiceProvider services, int parks, DateOnly due)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var nation = await db.Regions.SingleAsync(r => r.Level == RegionLevel.Nation);
        var cities = await db.Regions.Where(r => r.Level == RegionLevel.City && r.ValidTo == null).OrderBy(r => r.Code).Select(r => r.Id).ToListAsync();
        var requirement = new ReportRequirement
        {
            Type = "load-park-yearly", NameZh = "园区年度进展报告（负载测试示例）", NameEn = "Park yearly progress (load test, illustrative)",
            From = ReportParty.Park, To = ReportParty.Province, Recurrence = Recurrence.Yearly, DueMonth = due.Month, DueDay = due.Day,
            FirstPeriod = due.Year, LastPeriod = due.Year,
        };
        var campaign = new Campaign
        {
            Code = "load-bench", TitleZh = "负载测试活动（示例数据）", TitleEn = "Load test campaign (illustrative data)", IssuingBodies = "基准测试",
            ScopeRegionId = nation.Id, IssuerLevel = RegionLevel.Nation, TaskTemplate = TaskTemplate.NationalFive, Reports = [requirement],
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();

        var approvedAt = new DateTime(due.Year - 1, 6, 30, 2, 0, 0, DateTimeKind.Utc);
        var ids = new List<int>(parks);
        for (var from = 0; from < parks; from += 500)
        {
            var batch = Enumerable.Range(from, Math.Min(500, parks - from)).Select(i => new Park
            {
                Name = $"负载测试园区{i:D4}（示例）", Level = (ParkLevel)(1 + (i % 3)), Kind = ParkKind.IndustrialPark,
                Memberships = [new ParkRegionMembership { RegionId = cities[i % cities.Count], ValidFrom = new DateOnly(2010, 1, 1) }],
            }).ToList();
            db.Parks.AddRange(batch);
            db.Participations.AddRange(batch.Select(p => new Participation
            {
                CampaignId = campaign.Id, Park = p, State = ParticipationState.Approved,
                History = [new ParticipationStateChange { To = ParticipationState.Approved, Actor = "bench", AtUtc = approvedAt, Reason = "负载测试示例" }],
            }));
            await db.SaveChangesAsync();
            ids.AddRange(batch.Select(p => p.Id));
            db.ChangeTracker.Clear();
        }
        await AddAccountsAsync(scope.ServiceProvider, db, ids);
        return new Population(requirement.Id, due.Year, ids);
    }

    private static async Task AddAccountsAsync(IServiceProvider services, AppDbContext db, IReadOnlyList<int> parkIds)
    {
        var hasher = services.GetRequiredService<IPasswordHasher<AppUser>>();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        AppUser Account(string email, int? parkId)
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = email, ScopeParkId = parkId,
            };
            user.PasswordHash = hasher.HashPassword(user, LoadHost.Password);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[LoadHost.RoleOf(email)] });
            return user;
        }
        db.Users.AddRange(parkIds.Select((id, i) => Account(LoadHost.ParkEmail(i), id)));
        db.Users.Add(Account(LoadHost.MinistryEmail, null));
        await db.SaveChangesAsync();
    }
}

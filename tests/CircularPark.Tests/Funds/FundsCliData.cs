using CircularPark.Auditing;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Funds;
using CircularPark.Identity;
using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Funds;

/// <summary>
/// Puts into a seeded database file what the funds commands start from: 英德市英红工业园's approved plan in gd-2020-923
/// with key project P01 (3,000 万元), a provincial programme (30 %, at most 1,000 万元, 60/40) and the park's application,
/// reviewed by the city. The programme is set up through its use case; plan and application are the preparation.
/// </summary>
internal static class FundsCliData
{
    public static async Task ReviewedApplicationAsync(string file, string programme)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}", o => o.MigrationsAssembly(Database.SqliteMigrations)).Options;
        await using var db = new AppDbContext(options, TimeProvider.System, new FixedActor("test"));
        var park = await db.Parks.SingleAsync(p => p.Name == "英德市英红工业园");
        var participation = await db.Participations.Include(p => p.Campaign).FirstAsync(p => p.ParkId == park.Id && p.Campaign!.Code == "gd-2020-923");
        participation.State = ParticipationState.Implementing;
        var plan = new ImplementationPlan
        {
            ParkId = park.Id, CampaignId = participation.CampaignId, Title = "实施方案",
            Versions = [new PlanVersion { Number = 1, Status = PlanStatus.Submitted, CoefficientSetId = "CN-DEFAULT-2023", Projects = [new KeyProject { Key = "P01", Name = "补链项目", Class = ProjectClass.ChainFilling, TotalInvestment = 3_000, StartYear = 2024, EndYear = 2025 }] }],
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var saved = await new SaveFundProgramme(db).ExecuteAsync(null, new FundProgrammeInput(programme, "2025年专项资金", "2025 fund", "440000", FundSource.ProvincialSpecial, 2025,
            5_000m, null, null, null, 0.3m, 1_000m, null, [new(0.6m, Engines.Funds.TrancheTrigger.OnAward), new(0.4m, Engines.Funds.TrancheTrigger.OnAcceptance)],
            0, 0, 0.5m, 30, ["chain-link"]), new AccessScope(Roles.Admin, null, null, "test"));
        Assert.True(saved.IsOk);
        db.FundApplications.Add(new FundApplication
        {
            ProgrammeId = saved.Value, ParkId = park.Id, PlanId = plan.Id, ProjectKey = "P01", ProjectName = "补链项目", Class = ProjectClass.ChainFilling, SubType = "chain-link",
            PlannedInvestment = 3_000m, EligibleInvestment = 3_000m, Requested = 900m, Status = FundStatus.Reviewed, AppliedOn = new DateOnly(2025, 1, 1),
        });
        await db.SaveChangesAsync();
    }
}

using CircularPark.Data;
using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>An application's figures over a period, read by the effective dates of its steps (万元).</summary>
/// <param name="Awarded">The award in force at the end of the period.</param>
/// <param name="PaidInPeriod">Paid on days within the period.</param>
/// <param name="PaidToDate">Paid up to the end of the period.</param>
/// <param name="Recovered">Paid back up to the end of the period.</param>
public sealed record FundAsOf(decimal Awarded, decimal PaidInPeriod, decimal PaidToDate, decimal Recovered)
{
    public static FundAsOf Of(FundApplication a, DateOnly from, DateOnly to)
    {
        var events = a.Events.Where(e => e.EffectiveOn <= to).OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).ToList();
        var paid = events.Where(e => e.Step == FundStep.Disburse).ToList();
        return new FundAsOf(events.LastOrDefault()?.AwardAfter ?? 0m, paid.Where(e => e.EffectiveOn >= from).Sum(e => e.Amount ?? 0m),
            paid.Sum(e => e.Amount ?? 0m), events.Where(e => e.Step == FundStep.Repay).Sum(e => e.Amount ?? 0m));
    }
}

/// <summary>Funds of one source and project class in a summary: projects with money, awarded, paid in the period and to date, recovered, bank credit.</summary>
public sealed record FundBreakdownLine(FundSource Source, ProjectClass Class, int Projects, decimal Awarded, decimal PaidInPeriod, decimal PaidToDate,
    decimal Recovered, decimal Credit);

/// <summary>Funds by source and class for a summary's period; <see cref="Total"/> is the sum of the lines.</summary>
public sealed record FundBreakdown(DateOnly From, DateOnly To, IReadOnlyList<FundBreakdownLine> Lines, FundBreakdownLine Total);

/// <summary>A park's project funding as its yearly report shows it: per application or credit, the period's figures.</summary>
public sealed record ParkFundLine(string ProgrammeZh, string ProgrammeEn, FundSource Source, string ProjectKey, string ProjectName, FundStatus? Status,
    decimal Awarded, decimal PaidInPeriod, decimal PaidToDate, decimal Recovered, decimal Credit);

/// <summary>
/// The funds the summaries and reports pick up (issue 16 §5): by source and class for a campaign's parks over a period
/// (the province's yearly and five-year summaries), and per project for one park's yearly report. Figures are read by
/// the effective dates of the steps, so a report of an earlier year does not change when later money moves.
/// </summary>
public static class FundFigures
{
    public static async Task<FundBreakdown> BreakdownAsync(AppDbContext db, IReadOnlyCollection<int> parkIds, int campaignId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (applications, credits) = await LoadAsync(db, parkIds, campaignId, ct);
        var rows = applications.Select(a => (a.Programme!.Source, a.Class, Project: (a.PlanId, a.ProjectKey), Figures: FundAsOf.Of(a, from, to), Credit: 0m))
            .Concat(credits.Where(c => c.EffectiveOn <= to).Select(c => (FundSource.BankLoan, c.Class, Project: (c.PlanId, c.ProjectKey), Figures: new FundAsOf(0, 0, 0, 0), Credit: c.Amount)))
            .Where(r => r.Figures.Awarded != 0 || r.Figures.PaidToDate != 0 || r.Credit != 0).ToList();
        var lines = rows.GroupBy(r => (r.Item1, r.Class)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Class)
            .Select(g => new FundBreakdownLine(g.Key.Item1, g.Key.Class, g.Select(r => r.Project).Distinct().Count(), g.Sum(r => r.Figures.Awarded),
                g.Sum(r => r.Figures.PaidInPeriod), g.Sum(r => r.Figures.PaidToDate), g.Sum(r => r.Figures.Recovered), g.Sum(r => r.Credit))).ToList();
        var total = new FundBreakdownLine(0, 0, lines.Sum(l => l.Projects), lines.Sum(l => l.Awarded), lines.Sum(l => l.PaidInPeriod), lines.Sum(l => l.PaidToDate),
            lines.Sum(l => l.Recovered), lines.Sum(l => l.Credit));
        return new FundBreakdown(from, to, lines, total);
    }

    /// <summary>One park's applications and credits in a campaign, with the year's figures.</summary>
    public static async Task<IReadOnlyList<ParkFundLine>> ForParkAsync(AppDbContext db, int parkId, int campaignId, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var (applications, credits) = await LoadAsync(db, [parkId], campaignId, ct);
        var lines = applications.Where(a => a.AppliedOn <= to).OrderBy(a => a.ProjectKey, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a =>
        {
            var f = FundAsOf.Of(a, from, to);
            return new ParkFundLine(a.Programme!.NameZh, a.Programme.NameEn, a.Programme.Source, a.ProjectKey, a.ProjectName, a.Status, f.Awarded, f.PaidInPeriod,
                f.PaidToDate, f.Recovered, 0m);
        });
        var loans = credits.Where(c => c.EffectiveOn <= to).Select(c => new ParkFundLine(c.Bank, c.Bank, FundSource.BankLoan, c.ProjectKey, c.ProjectName, null,
            0m, 0m, 0m, 0m, c.Amount));
        return [.. lines, .. loans];
    }

    private static async Task<(List<FundApplication>, List<FundCredit>)> LoadAsync(AppDbContext db, IReadOnlyCollection<int> parkIds, int campaignId, CancellationToken ct)
    {
        var plans = db.Plans.Where(p => p.CampaignId == campaignId).Select(p => p.Id);
        var applications = await db.FundApplications.AsNoTracking().Include(a => a.Events).Include(a => a.Programme)
            .Where(a => parkIds.Contains(a.ParkId) && plans.Contains(a.PlanId)).ToListAsync(ct);
        var credits = await db.FundCredits.AsNoTracking().Where(c => parkIds.Contains(c.ParkId) && plans.Contains(c.PlanId)).ToListAsync(ct);
        return (applications, credits);
    }
}

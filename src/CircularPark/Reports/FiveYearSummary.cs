using CircularPark.Time;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>
/// One park over the five-year period: its state, yearly reports submitted of those due, key projects (and how many are
/// delayed), planned and completed investment (万元, the latest report's total), and the savings summed over the years.
/// </summary>
public sealed record FiveYearParkLine(int ParkId, string Park, string City, ParticipationState State, int ReportsSubmitted, int ReportsDue, int Projects,
    int DelayedProjects, double PlannedInvestment, double InvestmentCompleted, double EnergySavedTce, double WaterSavedM3, double Co2CutT, string Difficulties);

/// <summary>One indicator of a park's plan: baseline → the value in the last year of the period against its target.</summary>
public sealed record FiveYearIndicatorLine(string Park, string IndicatorCode, string NameZh, string Unit, double? Baseline, double? Latest, double? Target,
    double? Ratio, bool? Passed);

/// <summary>The province's five-year summary report for the nation (“十四五”本地区园区循环化改造工作总结报告); the total is the sum of the lines.</summary>
public sealed record FiveYearSummary(string Campaign, string CampaignTitle, string Province, int FromYear, int ToYear, IReadOnlyList<FiveYearParkLine> Parks,
    FiveYearParkLine Total, IReadOnlyList<FiveYearIndicatorLine> Indicators)
{
    /// <summary>The parks' funds over the period by source and class (issue 16), read by the steps' effective dates.</summary>
    public Funds.FundBreakdown? Funds { get; init; }
}

/// <summary>
/// Builds the five-year summary from the yearly summaries of each year of the period (the periods of the campaign's
/// park-level reports), project tracking and the plans' target achievement in the last year.
/// </summary>
public sealed class GetFiveYearSummary(AppDbContext db, GetProvinceSummary yearly, TrackProjects tracking, AssessPlanAchievement achievement)
{
    public async Task<FiveYearSummary?> ExecuteAsync(string campaignCode, string provinceCode, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Reports).SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        var periods = campaign?.Reports.Where(r => r.From == ReportParty.Park).SelectMany(r => r.DueDates(db.Clock.Today())).Select(d => d.Period).OfType<int>().Distinct().Order().ToList();
        if (campaign is null || periods is null) return null;
        if (periods.Count == 0) periods = await db.YearlyReports.Where(r => r.CampaignId == campaign.Id).Select(r => r.Period).Distinct().OrderBy(p => p).ToListAsync(ct);
        if (periods.Count == 0) return null;
        var years = new List<ProvinceSummary>();
        foreach (var year in periods)
            if (await yearly.ExecuteAsync(campaignCode, provinceCode, year, user, ct) is { } summary) years.Add(summary);
            else return null;
        var lines = new List<FiveYearParkLine>();
        var indicators = new List<FiveYearIndicatorLine>();
        foreach (var park in years[^1].Parks)
        {
            var history = years.Select(y => y.Parks.Single(p => p.ParkId == park.ParkId)).ToList();
            var (_, track) = await tracking.ExecuteAsync(park.ParkId, user, ct);
            lines.Add(new FiveYearParkLine(park.ParkId, park.Park, park.City, park.State, history.Count(h => h.Report is not null and not ReportStatus.Draft), periods.Count,
                park.Projects, track?.Projects.Count(p => p.Delayed) ?? 0, park.PlannedInvestment, history.LastOrDefault(h => h.InvestmentCompleted > 0)?.InvestmentCompleted ?? 0,
                history.Sum(h => h.EnergySavedTce), history.Sum(h => h.WaterSavedM3), history.Sum(h => h.Co2CutT),
                history.LastOrDefault(h => h.Difficulties.Length > 0)?.Difficulties ?? ""));
            indicators.AddRange(await IndicatorsAsync(campaign.Id, campaign.AcceptanceThreshold, park, periods[^1], user, ct));
        }
        var total = new FiveYearParkLine(0, Text.Get("Summary.Total.Row").Zh, "", ParticipationState.Listed, lines.Sum(l => l.ReportsSubmitted), lines.Sum(l => l.ReportsDue),
            lines.Sum(l => l.Projects), lines.Sum(l => l.DelayedProjects), lines.Sum(l => l.PlannedInvestment), lines.Sum(l => l.InvestmentCompleted),
            lines.Sum(l => l.EnergySavedTce), lines.Sum(l => l.WaterSavedM3), lines.Sum(l => l.Co2CutT), "");
        return new FiveYearSummary(campaign.Code, campaign.TitleZh, years[^1].Province, periods[0], periods[^1], lines, total, indicators)
        {
            Funds = await Funds.FundFigures.BreakdownAsync(db, lines.Select(l => l.ParkId).ToList(), campaign.Id, new DateOnly(periods[0], 1, 1),
                new DateOnly(periods[^1], 12, 31), ct),
        };
    }

    private async Task<IEnumerable<FiveYearIndicatorLine>> IndicatorsAsync(int campaignId, double? threshold, SummaryParkLine park, int year, AccessScope user, CancellationToken ct)
    {
        var planId = await db.Plans.Where(p => p.ParkId == park.ParkId && p.CampaignId == campaignId).OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (planId is null) return [];
        var (_, targets) = await achievement.ExecuteAsync(planId.Value, year, threshold, user, ct);
        return (targets ?? []).Select(t => new FiveYearIndicatorLine(park.Park, t.IndicatorCode, t.NameZh, t.Unit, t.Baseline, t.Actual, t.Target, t.Ratio, t.Passed));
    }
}

using CircularPark.Parks;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Plans;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>One park's line in the province's yearly summary for the nation.</summary>
public sealed record SummaryParkLine(int ParkId, string Park, string City, ParticipationState State, int Projects, double PlannedInvestment,
    double InvestmentCompleted, double EnergySavedTce, double WaterSavedM3, double Co2CutT, double? EnergyIntensity, double? SolidWasteUtilisation,
    ReportStatus? Report, string Difficulties, Acceptance.AcceptanceStandingKind? Acceptance = null);

/// <summary>
/// The province's yearly summary (本地区园区循环化改造工作总体进展) for a campaign and year: every park of the province (or of
/// any region given, e.g. a city for its report) in the campaign with its state, key projects, investment, results and problems, and totals that are the sums of the lines.
/// </summary>
public sealed record ProvinceSummary(string Campaign, string CampaignTitle, string Province, int Year, IReadOnlyList<SummaryParkLine> Parks,
    SummaryParkLine Total)
{
    /// <summary>The parks' funds in the year by source and class (issue 16), read by the steps' effective dates.</summary>
    public Funds.FundBreakdown? Funds { get; init; }
}

public sealed class GetProvinceSummary(AppDbContext db, ComputeIndicators compute)
{
    public async Task<ProvinceSummary?> ExecuteAsync(string campaignCode, string provinceCode, int year, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var province = tree.FindByCode(provinceCode);
        if (campaign is null || province is null) return null;
        var today = db.Clock.Today();
        var visible = db.Parks.VisibleTo(user, today).Select(p => p.Id);
        var parks = (await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id && visible.Contains(p.ParkId))
                .Select(p => new { p.ParkId, p.Sequence, p.State, p.Park!.Name, p.Park.Memberships }).ToListAsync(ct))
            .Select(p => (p.ParkId, p.Sequence, p.State, p.Name, Region: p.Memberships.FirstOrDefault(m => m.IsValidOn(today))?.RegionId))
            .Where(p => p.Region is { } r && tree.IsWithin(r, province.Id))
            .OrderBy(p => p.Sequence ?? int.MaxValue).ThenBy(p => p.ParkId).ToList();
        var ids = parks.Select(p => p.ParkId).ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => p.CampaignId == campaign.Id && ids.Contains(p.ParkId)).ToDictionaryAsync(p => p.Id, p => p.ParkId, ct);
        var planIds = plans.Keys.ToList();
        var projects = (await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId)).Include(v => v.Projects).ToListAsync(ct))
            .GroupBy(v => v.PlanId)
            .ToDictionary(g => plans[g.Key], g => g.OrderByDescending(v => v.Status == PlanStatus.Submitted).ThenByDescending(v => v.Number).First()
                .Projects.Select(x => x.TotalInvestment).ToList());
        var reports = (await db.YearlyReports.AsNoTracking().Where(r => r.CampaignId == campaign.Id && r.Period == year && r.ParkId != null && ids.Contains(r.ParkId.Value))
                .Include(r => r.Versions).ThenInclude(v => v.Projects).ToListAsync(ct))
            .GroupBy(r => r.ParkId!.Value).ToDictionary(g => g.Key, g => g.First());
        var indicators = (await compute.ExecuteAsync(new IndicatorRequest(ids, [year]), ct)).Parks.ToDictionary(p => p.ParkId);
        var standings = await Acceptance.CampaignStandings.LoadAsync(db, campaign.Id, parks.ToDictionary(p => p.ParkId, p => p.State), ct);
        var lines = parks.Select(p =>
        {
            var report = reports.GetValueOrDefault(p.ParkId);
            var latest = report?.Versions.Where(v => v.Submitted).OrderByDescending(v => v.Number).FirstOrDefault();
            var values = indicators.GetValueOrDefault(p.ParkId)?.Values;
            var planned = projects.GetValueOrDefault(p.ParkId) ?? [];
            return new SummaryParkLine(p.ParkId, p.Name, tree.AtLevel(p.Region!.Value, RegionLevel.City)?.NameZh ?? "", p.State, planned.Count, planned.Sum(),
                latest?.Projects.Sum(x => x.InvestmentTotal) ?? 0, latest?.EnergySavedTce ?? 0, latest?.WaterSavedM3 ?? 0, latest?.Co2CutT ?? 0,
                values?.FirstOrDefault(v => v.Code == "EI_ENERGY").Value, values?.FirstOrDefault(v => v.Code == "SWUR").Value, report?.Status, latest?.Difficulties ?? "",
                standings[p.ParkId].Kind is var kind && kind != Acceptance.AcceptanceStandingKind.NotApplicable ? kind : null);
        }).ToList();
        var total = new SummaryParkLine(0, Text.Get("Summary.Total.Row").Zh, "", ParticipationState.Listed, lines.Sum(l => l.Projects), lines.Sum(l => l.PlannedInvestment),
            lines.Sum(l => l.InvestmentCompleted), lines.Sum(l => l.EnergySavedTce), lines.Sum(l => l.WaterSavedM3), lines.Sum(l => l.Co2CutT), null, null, null, "");
        return new ProvinceSummary(campaign.Code, campaign.TitleZh, province.NameZh, year, lines, total)
        {
            Funds = await Funds.FundFigures.BreakdownAsync(db, ids, campaign.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct),
        };
    }
}

using CircularPark.Time;
using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>
/// A city's yearly report for the province (ADR 0041): the lines of its parks (from their submitted yearly reports and
/// computed indicators), totals over the parks whose reports the city has accepted, and a prefilled draft built from them.
/// </summary>
public sealed record CityReportSummary(string Campaign, string CampaignTitle, int RequirementId, string RequirementZh, string RequirementEn, int CityId,
    string CityCode, string City, string CityEn, int Period, DateOnly Due, IReadOnlyList<SummaryParkLine> Parks, SummaryParkLine Total, ReportContent Prefill);

/// <summary>Builds <see cref="CityReportSummary"/> for a city-level requirement and period, for users who may act on the city.</summary>
public sealed class GetCityReportSummary(AppDbContext db, GetProvinceSummary summary)
{
    public async Task<CityReportSummary?> ExecuteAsync(string cityCode, int requirementId, int period, AccessScope user, CancellationToken ct = default)
    {
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        var due = requirement?.DueDates(db.Clock.Today()).FirstOrDefault(d => d.Period == period);
        var city = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == cityCode && r.Level == RegionLevel.City && r.ValidTo == null, ct);
        if (requirement is not { From: ReportParty.City } || due is not { Period: not null } || city is null) return null;
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == requirement.CampaignId).Select(c => c.Code).SingleAsync(ct);
        var lines = await summary.ExecuteAsync(campaign, cityCode, period, user, ct);
        if (lines is null) return null;
        var accepted = lines.Parks.Where(l => l.Report is ReportStatus.CityAccepted or ReportStatus.Accepted).ToList();
        return new CityReportSummary(campaign, lines.CampaignTitle, requirement.Id, requirement.NameZh, requirement.NameEn, city.Id, city.Code, city.NameZh,
            city.NameEn, period, due.Value.Due,
            lines.Parks, lines.Total, Prefill(city.NameZh, period, lines.Parks, accepted));
    }

    /// <summary>The draft a city starts from: one progress line per park, totals of the accepted reports, the parks' difficulties.</summary>
    public static ReportContent Prefill(string city, int period, IReadOnlyList<SummaryParkLine> parks, IReadOnlyList<SummaryParkLine> accepted)
    {
        var progress = parks.Select(l => string.Format(CultureInfo.InvariantCulture, "{0}：年度报告{1}；重点项目 {2} 个，计划投资 {3} 万元，累计完成投资 {4} 万元，节能 {5} 吨标准煤。",
            l.Park, l.Report is { } r ? Text.Label(r).Zh : "未报送", l.Projects, N(l.PlannedInvestment), N(l.InvestmentCompleted), N(l.EnergySavedTce)));
        var results = string.Format(CultureInfo.InvariantCulture, "{0}{1}年纳入循环化改造的园区 {2} 个，已审核通过年度报告 {3} 个；合计节能 {4} 吨标准煤、节水 {5} 立方米、减排二氧化碳 {6} 吨。",
            city, period, parks.Count, accepted.Count, N(accepted.Sum(l => l.EnergySavedTce)), N(accepted.Sum(l => l.WaterSavedM3)), N(accepted.Sum(l => l.Co2CutT)));
        var difficulties = parks.Where(l => l.Difficulties.Length > 0).Select(l => $"{l.Park}：{l.Difficulties}");
        return new ReportContent(string.Join("\n", progress), results, "", string.Join("\n", difficulties),
            accepted.Sum(l => l.EnergySavedTce), accepted.Sum(l => l.WaterSavedM3), accepted.Sum(l => l.Co2CutT), null, null);
    }

    internal static string N(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// Saves a city's draft of its yearly report for the province (creating the report on first save); only city users of
/// that city (or admins), only for a city-level requirement of the schedule, only while draft or returned.
/// </summary>
public sealed class SaveCityReportDraft(AppDbContext db)
{
    public async Task<Outcome<ReportDone>> ExecuteAsync(string cityCode, int requirementId, int period, ReportContent content, AccessScope user, CancellationToken ct = default)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var city = tree.FindByCode(cityCode);
        if (city is null || city.Level != RegionLevel.City) return Failure.NotFound("Report.NoSuchCity", cityCode);
        if (!user.Allows(Permissions.ReportCityWrite, ScopeTarget.Region(city.Path))) return Failure.Forbidden;
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        if (requirement is null || requirement.From != ReportParty.City || !requirement.DueDates(db.Clock.Today()).Any(d => d.Period == period))
            return Failure.NotFound("Report.NoSuchPeriod", period);
        var errors = content.Check();
        if (content.Projects is { Count: > 0 }) errors["projects"] = Text.Get("Report.CityNoProjects");
        if (errors.Count > 0) return Failure.Invalid(errors);

        var report = await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects)
            .SingleOrDefaultAsync(r => r.RegionId == city.Id && r.RequirementId == requirementId && r.Period == period, ct);
        if (report is null)
        {
            report = new YearlyReport { RegionId = city.Id, CampaignId = requirement.CampaignId, RequirementId = requirementId, Period = period };
            db.YearlyReports.Add(report);
        }
        return await ReportAccess.WriteDraftAsync(db, report, content, ct);
    }
}

using CircularPark.Campaigns;
using CircularPark.Indicators;
using CircularPark.Plans;
using CircularPark.Reports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Demo;

/// <summary>The park's history in its campaign: the plan and its approval, then a yearly report per past period.</summary>
public sealed partial class DemoPark
{
    /// <summary><c>plan-yinghong.json</c>: the plan's content with the days it was started, submitted, reviewed and approved.</summary>
    private sealed record PlanFile(string Campaign, DateOnly CreatedOn, DateOnly SubmittedOn, ConsultancyInput Consultancy, DateOnly CityReviewedOn,
        string CityOpinion, DateOnly ProvinceDecidedOn, string ProvinceDocumentNumber, int BaselineYear, int PeriodStartYear, int PeriodEndYear,
        string BasicSituation, string MaterialFlowAnalysis, string BenefitEconomic, string BenefitEnvironmental, string BenefitSocial, string Safeguards,
        IReadOnlyList<TaskContent> Tasks, IReadOnlyList<ProjectContent> Projects, IReadOnlyList<TargetContent> Targets, IReadOnlyList<PollutantContent> Pollutants);

    /// <summary>
    /// The park starts its plan, writes it, submits it; the city reviews it and the province approves it, each on its day.
    /// The baseline of each target is the indicator computed from the baseline year's statistics, as the plan editor offers.
    /// </summary>
    private async Task<int> PlanAsync(int parkId, Actors actors, DateOnly today, CancellationToken ct)
    {
        var file = await ReadAsync<PlanFile>("plan-yinghong.json", ct);
        if (file.ProvinceDecidedOn > today) return 0;
        int planId;
        await using (var db = At(file.CreatedOn))
        {
            if (await db.Plans.AnyAsync(p => p.ParkId == parkId && db.Campaigns.Any(c => c.Id == p.CampaignId && c.Code == file.Campaign), ct)) return 0;
            var created = Ok(await new CreatePlan(db).ExecuteAsync(parkId, file.Campaign, file.BaselineYear, actors.Park, ct), "plan");
            planId = created.PlanId;
            var baseline = (await new ComputeIndicators(db, new IndicatorCatalog(db)).ExecuteAsync(new IndicatorRequest([parkId], [file.BaselineYear], file.BaselineYear), ct))
                .Parks.SingleOrDefault()?.Values.ToDictionary(v => v.Code, v => v.Value) ?? [];
            var targets = file.Targets.Select(t => t with { BaselineValue = baseline.GetValueOrDefault(t.IndicatorCode) is { } b ? Math.Round(b, 4) : null }).ToList();
            var content = new PlanContent(file.BaselineYear, file.PeriodStartYear, file.PeriodEndYear, file.BasicSituation, file.MaterialFlowAnalysis,
                file.BenefitEconomic, file.BenefitEnvironmental, file.BenefitSocial, file.Safeguards, file.Tasks, file.Projects, targets, file.Pollutants);
            Ok(await new SavePlanDraft(db, new IndicatorCatalog(db)).ExecuteAsync(planId, 1, content, created.Version, actors.Park, ct), "plan content");
        }
        await using (var db = At(file.SubmittedOn))
        {
            Ok(await new SubmitPlan(db).ExecuteAsync(planId, 1, actors.Park, ct), "submitting the plan");
            Ok(await new RecordPlanPreparation(db).RecordConsultancyAsync(file.Campaign, parkId, file.Consultancy, actors.Park, ct), "consultancy");
        }
        await using (var db = At(file.CityReviewedOn))
            Ok(await new RecordPlanPreparation(db).RecordCityReviewAsync(file.Campaign, parkId, new(file.CityReviewedOn, file.CityOpinion), actors.City, ct), "city review");
        await using (var db = At(file.ProvinceDecidedOn))
            Ok(await new RecordPlanPreparation(db).RecordProvinceDecisionAsync(file.Campaign, parkId,
                new(ProvincePlanDecision.Approved, file.ProvinceDecidedOn, file.ProvinceDocumentNumber), actors.Province, ct), "province approval");
        return 1;
    }

    /// <summary>One period of <c>reports-yinghong.json</c>: the report's content.</summary>
    private sealed record ReportFile(int Period, string Progress, string Results, string Experience, string Difficulties, double? EnergySavedTce,
        double? WaterSavedM3, double? Co2CutT, double? PollutantsCutT, IReadOnlyList<ProjectProgressContent> Projects);

    /// <summary>
    /// Each period of the campaign's park report line whose due date has passed: written a week before it, submitted five days
    /// before it; the city accepts five days after it and the province a month after it, except the latest, which waits for
    /// the city. A period already reported, or without content in the file, is skipped.
    /// </summary>
    private async Task<int> ReportsAsync(int parkId, Actors actors, DateOnly today, CancellationToken ct)
    {
        var files = (await ReadAsync<List<ReportFile>>("reports-yinghong.json", ct)).ToDictionary(f => f.Period);
        ReportRequirement? requirement;
        await using (var db = At(today))
            requirement = await db.ReportRequirements.AsNoTracking().Where(r => r.From == ReportParty.Park && r.Recurrence == Recurrence.Yearly
                && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == Campaign)).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (requirement is null) return 0;
        var due = requirement.DueDates(today).Where(d => d.Period is { } p && files.ContainsKey(p) && d.Due < today).Select(d => (Period: d.Period!.Value, d.Due)).ToList();
        var added = 0;
        foreach (var (period, on) in due)
        {
            var file = files[period];
            int reportId;
            await using (var db = At(on.AddDays(-7)))
            {
                if (await db.YearlyReports.AnyAsync(r => r.ParkId == parkId && r.RequirementId == requirement.Id && r.Period == period, ct)) continue;
                var content = new ReportContent(file.Progress, file.Results, file.Experience, file.Difficulties, file.EnergySavedTce, file.WaterSavedM3,
                    file.Co2CutT, file.PollutantsCutT, file.Projects);
                reportId = Ok(await new SaveReportDraft(db).ExecuteAsync(parkId, requirement.Id, period, content, actors.Park, ct), $"report {period}").ReportId;
            }
            await Step(reportId, "submit", on.AddDays(-5), actors.Park, ct);
            if (period != due[^1].Period)
            {
                await Step(reportId, "city-accept", on.AddDays(5), actors.City, ct);
                await Step(reportId, "province-accept", on.AddDays(30), actors.Province, ct);
            }
            added++;
        }
        return added;
    }

    private async Task Step(int reportId, string step, DateOnly on, Identity.AccessScope user, CancellationToken ct)
    {
        await using var db = At(on);
        Ok(await new MoveReport(db).ExecuteAsync(reportId, step, null, user, ct), $"report {reportId} {step} on {Day(on)}");
    }
}

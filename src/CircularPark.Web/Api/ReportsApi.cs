using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>Yearly reports up the hierarchy, their completeness and timeliness, and the in-app reminders.</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Reports").RequireAuthorization().WithProblems();
        group.MapGet("/parks/{parkId:int}/reports", ListParkReports).WithName(nameof(ListParkReports)).Requires(Permissions.ParkRead);
        group.MapPut("/parks/{parkId:int}/reports/{requirementId:int}/{period:int}", SaveReport).WithName(nameof(SaveReport)).Requires(Permissions.ParkChange);
        group.MapGet("/reports/{reportId:int}", GetReport).WithName(nameof(GetReport)).Requires(Permissions.ParkRead);
        group.MapPost("/reports/{reportId:int}/{step}", MoveReportStep).WithName(nameof(MoveReportStep)).Requires(Permissions.ParkChange);
        group.MapGet("/report-requirements/{requirementId:int}/timeliness", GetTimeliness).WithName(nameof(GetTimeliness)).Requires(Permissions.RegionReports);
        group.MapGet("/reminders", ListReminders).WithName(nameof(ListReminders)).Requires(Permissions.Self);
        group.MapGet("/campaigns/{code}/province-summary/{provinceCode}/{year:int}", GetProvinceSummaryReport).WithName(nameof(GetProvinceSummaryReport)).Requires(Permissions.RegionReports);
        group.MapPost("/campaigns/{code}/spot-checks", DrawCampaignSpotCheck).WithName(nameof(DrawCampaignSpotCheck)).Requires(Permissions.CampaignOwn);
        group.MapPost("/reminders/run", RunReminders).WithName(nameof(RunReminders)).Requires(Permissions.Operations);
        group.MapGet("/regions/{cityCode}/reports/{requirementId:int}/{period:int}", GetCityReport).WithName(nameof(GetCityReport)).Requires(Permissions.RegionReports);
        group.MapPut("/regions/{cityCode}/reports/{requirementId:int}/{period:int}", SaveCityReport).WithName(nameof(SaveCityReport)).Requires(Permissions.RegionReports);
        group.MapGet("/regions/{unitCode}/nation-reports", ListNationReports).WithName(nameof(ListNationReports)).Requires(Permissions.RegionReports);
        group.MapGet("/regions/{unitCode}/nation-reports/{requirementId:int}/{period:int}", GetNationReportView).WithName(nameof(GetNationReportView)).Requires(Permissions.RegionReports);
        group.MapPut("/regions/{unitCode}/nation-reports/{requirementId:int}/{period:int}", SaveNationReport).WithName(nameof(SaveNationReport)).Requires(Permissions.ReportNationWrite);
        group.MapGet("/reports/{reportId:int}/export.docx", ExportCityReport).WithName(nameof(ExportCityReport)).Requires(Permissions.ParkRead);
        group.MapGet("/reports/{reportId:int}/changes", GetReportChanges).WithName(nameof(GetReportChanges)).Requires(Permissions.ParkRead);
        group.MapGet("/parks/{parkId:int}/project-tracking", GetProjectTracking).WithName(nameof(GetProjectTracking)).Requires(Permissions.ParkRead);
        group.MapGet("/campaigns/{code}/five-year-summary/{provinceCode}", GetFiveYearSummaryReport).WithName(nameof(GetFiveYearSummaryReport)).Requires(Permissions.RegionReports);
    }

    public sealed record ReportListItem(int ReportId, int RequirementId, string NameZh, int Period, ReportStatus Status, DateTime? FirstSubmittedAtUtc);

    public sealed record ReportView(int ReportId, int? ParkId, int? RegionId, int RequirementId, int Period, ReportStatus Status, DateTime? FirstSubmittedAtUtc,
        IReadOnlyList<VersionView> Versions, IReadOnlyList<EventView> Events);

    public sealed record VersionView(int Number, bool Submitted, ReportContent Content);

    public sealed record EventView(string Action, string Actor, DateTime AtUtc, string Reason, int VersionNumber);

    public sealed record StepInput(string? Reason);

    public static async Task<Results<Ok<List<ReportListItem>>, ForbidHttpResult, ProblemHttpResult>> ListParkReports(int parkId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(http.User), change: false, ct);
        if (access != AccessOutcome.Allowed) return access == AccessOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Park.NotFound", parkId));
        return TypedResults.Ok(await db.YearlyReports.AsNoTracking().Where(r => r.ParkId == parkId).OrderBy(r => r.Period)
            .Join(db.ReportRequirements, r => r.RequirementId, q => q.Id, (r, q) => new ReportListItem(r.Id, r.RequirementId, q.NameZh, r.Period, r.Status, r.FirstSubmittedAtUtc))
            .ToListAsync(ct));
    }

    public static async Task<Results<Ok<ReportDone>, ProblemHttpResult>> SaveReport(int parkId, int requirementId, int period, ReportContent content, SaveReportDraft save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(parkId, requirementId, period, content, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<ReportView>, ProblemHttpResult>> GetReport(int reportId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Events)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, AccessScope.From(http.User), change: false, ct) != AccessOutcome.Allowed)
            return Problems.NotFound(Text.Get("Report.NotFound"));
        return TypedResults.Ok(new ReportView(report.Id, report.ParkId, report.RegionId, report.RequirementId, report.Period, report.Status, report.FirstSubmittedAtUtc,
            report.Versions.OrderBy(v => v.Number).Select(v => new VersionView(v.Number, v.Submitted, ReportContent.From(v))).ToList(),
            report.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new EventView(e.Action, e.Actor, e.AtUtc, e.Reason, e.VersionNumber)).ToList()));
    }

    public static async Task<Results<Ok<ReportDone>, ProblemHttpResult>> MoveReportStep(int reportId, string step, StepInput? input, MoveReport move, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await move.ExecuteAsync(reportId, step, input?.Reason, AccessScope.From(http.User), ct));

    /// <summary>
    /// Completeness and timeliness by region and level, counted over the parks the user may see; cached per schedule line,
    /// period, China-time day and the caller's scope (which decides the parks; ADR 0088).
    /// </summary>
    public static async Task<Results<Ok<TimelinessView>, ProblemHttpResult>> GetTimeliness(int requirementId, int period, CachedReads reads,
        HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var found = await reads.GetReportAsync("timeliness", string.Create(CultureInfo.InvariantCulture, $"{requirementId}|{period}|{CachedReads.ScopeKey(user)}"), daily: true,
            async services => new Found<TimelinessView>(await services.GetRequiredService<GetReportTimeliness>().ExecuteAsync(requirementId, period,
                await ParkAccess.VisibleParkIdsAsync(services.GetRequiredService<AppDbContext>(), user, null, CancellationToken.None), user, CancellationToken.None)), ct);
        return found.Value is { } view ? TypedResults.Ok(view) : Problems.NotFound(Text.Get("Report.NoSuchPeriod", period));
    }

    public static async Task<Ok<List<Reminder>>> ListReminders(AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var reminders = await ReminderInbox.ForAsync(db, AccessScope.From(http.User), ct);
        return TypedResults.Ok(reminders);
    }

    /// <summary>How many reminders a run wrote.</summary>
    public sealed record RemindersRun(int Written);

    public static async Task<Results<Ok<RemindersRun>, ForbidHttpResult>> RunReminders(SendReminders send, HttpContext http, CancellationToken ct) =>
        AccessScope.From(http.User).Holds(Permissions.Operations) ? TypedResults.Ok(new RemindersRun(await send.ExecuteAsync(7, ct))) : TypedResults.Forbid();

    /// <summary>The province's yearly summary for the nation: JSON, or format=xlsx|docx.</summary>
    public static async Task<Results<Ok<ProvinceSummary>, FileContentHttpResult, ProblemHttpResult>> GetProvinceSummaryReport(string code, string provinceCode, int year, string? format, GetProvinceSummary summary,
        HttpContext http, CancellationToken ct)
    {
        var result = await summary.ExecuteAsync(code, provinceCode, year, AccessScope.From(http.User), ct);
        if (result is null) return Problems.CampaignNotFound(code);
        return format switch
        {
            "xlsx" => TypedResults.File(Exports.ProvinceSummaryExport.Xlsx(result), Problems.XlsxType, $"{code}-{provinceCode}-{year}.xlsx"),
            "docx" => TypedResults.File(Exports.ProvinceSummaryExport.Docx(result), Problems.DocxType, $"{code}-{provinceCode}-{year}.docx"),
            _ => TypedResults.Ok(result),
        };
    }

    public sealed record SpotCheckInput(int Size, long? Seed);

    /// <summary>Draws a reproducible spot check of accepted parks (province users; the seed is recorded and returned).</summary>
    public static async Task<Results<Ok<SpotCheckView>, ProblemHttpResult>> DrawCampaignSpotCheck(string code, SpotCheckInput input, DrawSpotCheck draw,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await draw.ExecuteAsync(code, input.Size, input.Seed, AccessScope.From(http.User), ct));

    /// <summary>A city's report for a requirement and period: the parks' lines, the prefilled draft, and the report if one was saved.</summary>
    public sealed record CityReportView(CityReportSummary Summary, int? ReportId, ReportStatus? Status);

    public static async Task<Results<Ok<CityReportView>, ProblemHttpResult>> GetCityReport(string cityCode, int requirementId, int period, GetCityReportSummary summary,
        AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        if (await summary.ExecuteAsync(cityCode, requirementId, period, user, ct) is not { } view) return Problems.NotFound(Text.Get("Report.NoSuchCity", cityCode));
        var tree = (await CircularPark.Regions.RegionDirectoryAccess.RegionDirectoryAsync(db, ct)).Tree;
        if (!user.Allows(Permissions.RegionReports, ScopeTarget.Region(tree.PathOf(view.CityId) ?? ""))) return Problems.NotFound(Text.Get("Report.NoSuchCity", cityCode));
        var report = await db.YearlyReports.AsNoTracking().Where(r => r.RegionId == view.CityId && r.RequirementId == requirementId && r.Period == period)
            .Select(r => new { r.Id, r.Status }).SingleOrDefaultAsync(ct);
        return TypedResults.Ok(new CityReportView(view, report?.Id, report?.Status));
    }

    public static async Task<Results<Ok<ReportDone>, ProblemHttpResult>> SaveCityReport(string cityCode, int requirementId, int period, ReportContent content, SaveCityReportDraft save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(cityCode, requirementId, period, content, AccessScope.From(http.User), ct));

    /// <summary>A unit's reports to the nation: each line of its national campaigns by period, with its state.</summary>
    public static async Task<Results<Ok<List<ReportSlot>>, ProblemHttpResult>> ListNationReports(string unitCode, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (ReportingUnits.Find(tree, unitCode, db.Clock.Today()) is not { } unit
            || !AccessScope.From(http.User).Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path)))
            return OutcomeResults.Problem(Failure.NotFound("Report.NoSuchUnit", unitCode));
        return TypedResults.Ok(await ReportList.ForUnitAsync(db, unit, ct));
    }

    /// <summary>A unit's report to the nation for a line and period: its content (or the prefilled draft) and the prefill.</summary>
    public static async Task<Results<Ok<NationReportView>, ProblemHttpResult>> GetNationReportView(string unitCode, int requirementId, int period, GetNationReport get,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(unitCode, requirementId, period, AccessScope.From(http.User), ct));

    /// <summary>Saves the unit's draft (texts and, for the park list, the parks with their expected results).</summary>
    public static async Task<Results<Ok<ReportDone>, ProblemHttpResult>> SaveNationReport(string unitCode, int requirementId, int period, ReportContent content,
        SaveNationReportDraft save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(unitCode, requirementId, period, content, AccessScope.From(http.User), ct));

    /// <summary>A city's yearly report, or a unit's report to the nation, as docx (its latest version, with its table).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCityReport(int reportId, GetCityReportSummary summary, GetNationReport nation,
        AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId && r.RegionId != null, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, user, change: false, ct) != AccessOutcome.Allowed) return Problems.NotFound(Text.Get("Report.NotFound"));
        var city = await db.Regions.AsNoTracking().Where(r => r.Id == report.RegionId).Select(r => r.Code).SingleAsync(ct);
        if (await ReportFlow.RouteAsync(db, report, ct) == ReportRoute.UnitToNation)
        {
            var unitView = await nation.ExecuteAsync(city, report.RequirementId, report.Period, user, ct);
            if (!unitView.IsOk) return OutcomeResults.Problem(unitView.Failure!);
            var last = await db.ReportVersions.AsNoTracking().Include(v => v.Parks).Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number).FirstAsync(ct);
            return TypedResults.File(Exports.NationReportExport.Docx(unitView.Value, ReportContent.From(last), report.Status, last.Number), Problems.DocxType,
                $"{city}-{report.Period}-{unitView.Value.Type}.docx");
        }
        var view = (await summary.ExecuteAsync(city, report.RequirementId, report.Period, user, ct))!;
        var latest = await db.ReportVersions.AsNoTracking().Include(v => v.Projects).Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number).FirstAsync(ct);
        return TypedResults.File(Exports.CityReportExport.Docx(view, ReportContent.From(latest), report.Status, latest.Number), Problems.DocxType, $"{city}-{report.Period}.docx");
    }

    /// <summary>What changed from one version to another (by default: the first submitted → the latest).</summary>
    public static async Task<Results<Ok<IReadOnlyList<Plans.PlanChange>>, ProblemHttpResult>> GetReportChanges(int reportId, int? from, int? to, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var report = await ReportAccess.LoadAsync(db, reportId, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, AccessScope.From(http.User), change: false, ct) != AccessOutcome.Allowed)
            return Problems.NotFound(Text.Get("Report.NotFound"));
        var (before, after) = (report.Versions.FirstOrDefault(v => v.Number == (from ?? 1)), report.Versions.FirstOrDefault(v => v.Number == (to ?? report.Versions.Max(x => x.Number))));
        if (before is null || after is null) return Problems.NotFound(Text.Get("Report.NoSuchVersion"));
        return TypedResults.Ok(ReportDiff.Compare(ReportContent.From(before), ReportContent.From(after)));
    }

    public static async Task<Results<Ok<ParkTracking>, ForbidHttpResult, ProblemHttpResult>> GetProjectTracking(int parkId, TrackProjects track, HttpContext http, CancellationToken ct)
    {
        var (access, tracking) = await track.ExecuteAsync(parkId, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, tracking, Text.Get("Park.NotFound", parkId));
    }

    /// <summary>The province's five-year summary for the nation: JSON, or format=xlsx|docx.</summary>
    public static async Task<Results<Ok<FiveYearSummary>, FileContentHttpResult, ProblemHttpResult>> GetFiveYearSummaryReport(string code, string provinceCode, string? format,
        GetFiveYearSummary summary, HttpContext http, CancellationToken ct)
    {
        var result = await summary.ExecuteAsync(code, provinceCode, AccessScope.From(http.User), ct);
        if (result is null) return Problems.CampaignNotFound(code);
        return format switch
        {
            "xlsx" => TypedResults.File(Exports.FiveYearSummaryExport.Xlsx(result), Problems.XlsxType, $"{code}-{provinceCode}-summary.xlsx"),
            "docx" => TypedResults.File(Exports.FiveYearSummaryExport.Docx(result), Problems.DocxType, $"{code}-{provinceCode}-summary.docx"),
            _ => TypedResults.Ok(result),
        };
    }
}

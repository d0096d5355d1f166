using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Reports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>Yearly reports up the hierarchy, their completeness and timeliness, and the in-app reminders.</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Reports").RequireAuthorization();
        group.MapGet("/parks/{parkId:int}/reports", ListParkReports).WithName(nameof(ListParkReports));
        group.MapPut("/parks/{parkId:int}/reports/{requirementId:int}/{period:int}", SaveReport).WithName(nameof(SaveReport));
        group.MapGet("/reports/{reportId:int}", GetReport).WithName(nameof(GetReport));
        group.MapPost("/reports/{reportId:int}/{step}", MoveReportStep).WithName(nameof(MoveReportStep));
        group.MapGet("/report-requirements/{requirementId:int}/timeliness", GetTimeliness).WithName(nameof(GetTimeliness));
        group.MapGet("/reminders", ListReminders).WithName(nameof(ListReminders));
        group.MapGet("/campaigns/{code}/province-summary/{provinceCode}/{year:int}", GetProvinceSummaryReport).WithName(nameof(GetProvinceSummaryReport));
        group.MapPost("/campaigns/{code}/spot-checks", DrawCampaignSpotCheck).WithName(nameof(DrawCampaignSpotCheck));
        group.MapPost("/reminders/run", RunReminders).WithName(nameof(RunReminders));
    }

    public sealed record ReportListItem(int ReportId, int RequirementId, string NameZh, int Period, ReportStatus Status, DateTime? FirstSubmittedAtUtc);

    public sealed record ReportView(int ReportId, int ParkId, int RequirementId, int Period, ReportStatus Status, DateTime? FirstSubmittedAtUtc,
        IReadOnlyList<VersionView> Versions, IReadOnlyList<EventView> Events);

    public sealed record VersionView(int Number, bool Submitted, ReportContent Content);

    public sealed record EventView(string Action, string Actor, DateTime AtUtc, string Reason, int VersionNumber);

    public sealed record StepInput(string? Reason);

    public static async Task<IResult> ListParkReports(int parkId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(http.User), change: false, ct);
        if (access != AccessOutcome.Allowed) return access == AccessOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Park.NotFound", parkId));
        return TypedResults.Ok(await db.YearlyReports.AsNoTracking().Where(r => r.ParkId == parkId).OrderBy(r => r.Period)
            .Join(db.ReportRequirements, r => r.RequirementId, q => q.Id, (r, q) => new ReportListItem(r.Id, r.RequirementId, q.NameZh, r.Period, r.Status, r.FirstSubmittedAtUtc))
            .ToListAsync(ct));
    }

    public static async Task<IResult> SaveReport(int parkId, int requirementId, int period, ReportContent content, SaveReportDraft save, HttpContext http, CancellationToken ct) =>
        Respond(await save.ExecuteAsync(parkId, requirementId, period, content, AccessScope.From(http.User), ct));

    public static async Task<IResult> GetReport(int reportId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Events)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null || (await ParkAccess.CheckAsync(db, report.ParkId, AccessScope.From(http.User), change: false, ct)).Outcome != AccessOutcome.Allowed)
            return Problems.NotFound(Text.Get("Report.NotFound"));
        return TypedResults.Ok(new ReportView(report.Id, report.ParkId, report.RequirementId, report.Period, report.Status, report.FirstSubmittedAtUtc,
            report.Versions.OrderBy(v => v.Number).Select(v => new VersionView(v.Number, v.Submitted, ReportContent.From(v))).ToList(),
            report.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new EventView(e.Action, e.Actor, e.AtUtc, e.Reason, e.VersionNumber)).ToList()));
    }

    public static async Task<IResult> MoveReportStep(int reportId, string step, StepInput? input, MoveReport move, HttpContext http, CancellationToken ct) =>
        Respond(await move.ExecuteAsync(reportId, step, input?.Reason, AccessScope.From(http.User), ct));

    /// <summary>Completeness and timeliness by region and level, counted over the parks the user may see.</summary>
    public static async Task<IResult> GetTimeliness(int requirementId, int period, GetReportTimeliness timeliness, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var visible = await ParkAccess.VisibleParkIdsAsync(db, AccessScope.From(http.User), null, ct);
        return await timeliness.ExecuteAsync(requirementId, period, visible, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(Text.Get("Report.NoSuchPeriod", period));
    }

    public static async Task<IResult> ListReminders(AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var visible = await ParkAccess.VisibleParkIdsAsync(db, AccessScope.From(http.User), null, ct);
        var reminders = await db.Reminders.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc).ToListAsync(ct);
        return TypedResults.Ok(reminders.Where(r => r.ParkId is { } p && visible.Contains(p)).ToList());
    }

    public static async Task<IResult> RunReminders(SendReminders send, HttpContext http, CancellationToken ct) =>
        AccessScope.From(http.User).Role == Roles.Admin ? TypedResults.Ok(new { written = await send.ExecuteAsync(7, ct) }) : TypedResults.Forbid();

    /// <summary>The province's yearly summary for the nation: JSON, or format=xlsx|docx.</summary>
    public static async Task<IResult> GetProvinceSummaryReport(string code, string provinceCode, int year, string? format, GetProvinceSummary summary,
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
    public static async Task<IResult> DrawCampaignSpotCheck(string code, SpotCheckInput input, DrawSpotCheck draw, HttpContext http, CancellationToken ct)
    {
        var (outcome, view) = await draw.ExecuteAsync(code, input.Size, input.Seed, AccessScope.From(http.User), ct);
        return outcome switch
        {
            UpdateOutcome.Updated => TypedResults.Ok(view),
            UpdateOutcome.Invalid => Problems.Invalid("size", "Rule.range", "抽查数量", "Sample size", input.Size, 1, 1000),
            UpdateOutcome.NotFound => Problems.CampaignNotFound(code),
            _ => TypedResults.Forbid(),
        };
    }

    private static IResult Respond(ReportResult result) => result.Outcome switch
    {
        UpdateOutcome.Updated => TypedResults.Ok(new { reportId = result.ReportId, status = result.Status }),
        UpdateOutcome.Invalid => Problems.Invalid(result.Errors!),
        UpdateOutcome.Forbidden => TypedResults.Forbid(),
        UpdateOutcome.NotFound => Problems.NotFound(result.Message ?? Text.Get("Report.NotFound")),
        _ => Problems.Conflict(result.Message ?? Text.Get("Report.NotFound")),
    };
}

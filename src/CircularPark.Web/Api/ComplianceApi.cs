using CircularPark.Compliance;
using CircularPark.Economics;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// A park's compliance registers (issue 17): clean-production audits, energy-saving inspections and rectification, planning
/// EIA, green designations, environmental-management reports; the overdue items of a user; park economics with the
/// regions' reported totals.
/// </summary>
internal static class ComplianceApi
{
    public static void MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var park = app.MapGroup("/api/parks/{parkId:int}/compliance").WithTags("Compliance").WithProblems();
        park.MapGet("", GetCompliance).WithName(nameof(GetCompliance)).RequireAuthorization().Requires(Permissions.ParkRead);
        park.MapGet("/public", GetPublicCompliance).WithName(nameof(GetPublicCompliance)).Requires(Permissions.Public);
        Register<AuditInput, RecordAudit>(park, "audits", Permissions.ComplianceRecord, (u, p, id, i, s, ct) => u.ExecuteAsync(p, id, i, s, ct));
        Register<InspectionInput, RecordInspection>(park, "inspections", Permissions.ComplianceSupervise, (u, p, id, i, s, ct) => u.ExecuteAsync(p, id, i, s, ct));
        Register<EiaInput, RecordPlanningEia>(park, "eias", Permissions.ComplianceRecord, (u, p, id, i, s, ct) => u.ExecuteAsync(p, id, i, s, ct));
        Register<GreenInput, RecordGreenDesignation>(park, "green", Permissions.ComplianceSupervise, (u, p, id, i, s, ct) => u.ExecuteAsync(p, id, i, s, ct));
        Register<EnvironmentalReportInput, RecordEnvironmentalReport>(park, "environmental-reports", Permissions.ComplianceRecord,
            (u, p, id, i, s, ct) => u.ExecuteAsync(p, id, i, s, ct));
        app.MapGet("/api/compliance/alerts", GetAlerts).WithTags("Compliance").WithName(nameof(GetAlerts)).RequireAuthorization().Requires(Permissions.Self);

        var economics = app.MapGroup("/api/economics").WithTags("Economics").RequireAuthorization().WithProblems();
        economics.MapGet("/{regionCode}/{year:int}", GetRegionEconomics).WithName(nameof(GetRegionEconomics)).Requires(Permissions.EconomicsRead);
        economics.MapPut("/{regionCode}/{year:int}/reported", PutReportedFigures).WithName(nameof(PutReportedFigures)).Requires(Permissions.EconomicsReport);
    }

    /// <summary>POST creates an entry of the register, PUT …/{id} corrects it (send the version read).</summary>
    private static void Register<TInput, TUseCase>(RouteGroupBuilder park, string register, Permission permission,
        Func<TUseCase, int, int?, TInput, AccessScope, CancellationToken, Task<Outcome<ComplianceSaved>>> run) where TUseCase : notnull
    {
        var name = string.Concat(register.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        park.MapPost($"/{register}", async (int parkId, TInput input, TUseCase useCase, HttpContext http, CancellationToken ct) =>
                OutcomeResults.Created(await run(useCase, parkId, null, input, AccessScope.From(http.User), ct), s => $"/api/parks/{parkId}/compliance/{register}/{s.Id}"))
            .WithName($"Create{name}").RequireAuthorization().Requires(permission);
        park.MapPut($"/{register}/{{id:int}}", async (int parkId, int id, TInput input, TUseCase useCase, HttpContext http, CancellationToken ct) =>
                OutcomeResults.Ok(await run(useCase, parkId, id, input, AccessScope.From(http.User), ct)))
            .WithName($"Update{name}").RequireAuthorization().Requires(permission);
    }

    public static async Task<Results<Ok<ParkComplianceView>, ProblemHttpResult>> GetCompliance(int parkId, GetParkCompliance get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(parkId, AccessScope.From(http.User), ct));

    /// <summary>Green designations and published environmental reports: public, as on the park's page.</summary>
    public static async Task<Ok<PublicComplianceView>> GetPublicCompliance(int parkId, Data.AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PublicCompliance.ForParkAsync(db, parkId, ct));

    public static async Task<Ok<IReadOnlyList<ComplianceAlert>>> GetAlerts(GetComplianceAlerts alerts, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await alerts.ExecuteAsync(AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<EconomicsView>, ProblemHttpResult>> GetRegionEconomics(string regionCode, int year, GetEconomics get, HttpContext http,
        CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(regionCode, year, AccessScope.From(http.User), ct));

    /// <summary>Replaces the figures a region reports for itself in a year; the answer lists the warnings (they never refuse).</summary>
    public static async Task<Results<Ok<RegionFiguresSaved>, ProblemHttpResult>> PutReportedFigures(string regionCode, int year, IReadOnlyList<RegionFigureInput> figures,
        SaveRegionFigures save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(regionCode, year, figures, AccessScope.From(http.User), ct));
}

using CircularPark.Exports;
using CircularPark.Funds;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Outcomes;
using CircularPark.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// Fund programmes and the key-project library (issue 16): programmes with their rules, a park's application, the city's
/// review, the owner's award, tranches paid, verified investment, settlement after acceptance and repayments (each a
/// step of the one table: 403 for role or scope, 409 out of order naming the state, 400 naming the field), bulk award
/// and disbursement files, bank credit, the library across parks with its xlsx, a programme's docx summary.
/// </summary>
internal static class FundsApi
{
    public static void MapFundsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/funds").WithTags("Funds").RequireAuthorization().WithProblems();
        group.MapGet("/sub-types", FundsSubTypes).WithName(nameof(FundsSubTypes)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/programmes", FundsProgrammes).WithName(nameof(FundsProgrammes)).Requires(Permissions.FundsRead);
        group.MapPost("/programmes", FundsCreateProgramme).WithName(nameof(FundsCreateProgramme)).Requires(Permissions.FundsManage);
        group.MapGet("/programmes/{id:int}", FundsProgramme).WithName(nameof(FundsProgramme)).Requires(Permissions.FundsRead);
        group.MapPut("/programmes/{id:int}", FundsUpdateProgramme).WithName(nameof(FundsUpdateProgramme)).Requires(Permissions.FundsManage);
        group.MapGet("/programmes/{id:int}/export.xlsx", FundsExportProgramme).WithName(nameof(FundsExportProgramme)).Requires(Permissions.FundsRead);
        group.MapGet("/programmes/{id:int}/summary.docx", FundsProgrammeSummary).WithName(nameof(FundsProgrammeSummary)).Requires(Permissions.FundsRead);
        group.MapPost("/programmes/{id:int}/applications", FundsApply).WithName(nameof(FundsApply)).Requires(Permissions.FundsApply);
        group.MapPost("/programmes/{id:int}/imports/awards", FundsImportAwards).WithName(nameof(FundsImportAwards)).DisableAntiforgery().Requires(Permissions.FundsAward);
        group.MapPost("/programmes/{id:int}/imports/disbursements", FundsImportDisbursements).WithName(nameof(FundsImportDisbursements)).DisableAntiforgery()
            .Requires(Permissions.FundsDisburse);
        group.MapGet("/applications/{id:int}", FundsApplication).WithName(nameof(FundsApplication)).Requires(Permissions.FundsRead);
        group.MapPost("/applications/{id:int}/review", FundsReview).WithName(nameof(FundsReview)).Requires(Permissions.FundsReview);
        group.MapPost("/applications/{id:int}/return", FundsReturn).WithName(nameof(FundsReturn)).Requires(Permissions.FundsReview);
        group.MapPost("/applications/{id:int}/reject", FundsReject).WithName(nameof(FundsReject)).Requires(Permissions.FundsAward);
        group.MapPost("/applications/{id:int}/award", FundsAward).WithName(nameof(FundsAward)).Requires(Permissions.FundsAward);
        group.MapPost("/applications/{id:int}/disbursements", FundsDisburse).WithName(nameof(FundsDisburse)).Requires(Permissions.FundsDisburse);
        group.MapPost("/applications/{id:int}/verification", FundsVerify).WithName(nameof(FundsVerify)).Requires(Permissions.FundsVerify);
        group.MapPost("/applications/{id:int}/settlement", FundsSettle).WithName(nameof(FundsSettle)).Requires(Permissions.FundsSettle);
        group.MapPost("/applications/{id:int}/repayments", FundsRepay).WithName(nameof(FundsRepay)).Requires(Permissions.FundsSettle);
        group.MapGet("/library", FundsLibrary).WithName(nameof(FundsLibrary)).Requires(Permissions.FundsRead);
        group.MapGet("/parks/{parkId:int}/credits", FundsCredits).WithName(nameof(FundsCredits)).Requires(Permissions.FundsRead);
        group.MapPost("/credits", FundsRecordCredit).WithName(nameof(FundsRecordCredit)).Requires(Permissions.FundsApply);
        group.MapGet("/parks/{parkId:int}/settlement", FundsSettlementPreview).WithName(nameof(FundsSettlementPreview)).Requires(Permissions.FundsRead);
    }

    public sealed record NewId(int Id);

    public sealed record SubTypeView(string Code, ProjectClass Class, string NameZh, string NameEn);

    /// <summary>The project sub-types a programme may fund (Jiangsu 003 五(二)), with their class.</summary>
    public static Ok<IReadOnlyList<SubTypeView>> FundsSubTypes() =>
        TypedResults.Ok<IReadOnlyList<SubTypeView>>(ProjectSubTypes.All.Select(s => new SubTypeView(s.Code, s.Class, s.Label.Zh, s.Label.En)).ToList());

    /// <summary>The programmes covering the user's region or park, and (officials) those owned within it.</summary>
    public static async Task<Ok<IReadOnlyList<FundProgrammeSummary>>> FundsProgrammes(ListFundProgrammes list, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(AccessScope.From(http.User), ct));

    public static async Task<Results<Created<NewId>, ProblemHttpResult>> FundsCreateProgramme(FundProgrammeInput input, SaveFundProgramme save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(OutcomeResults.Map(await save.ExecuteAsync(null, input, AccessScope.From(http.User), ct), id => new NewId(id)), c => $"/api/funds/programmes/{c.Id}");

    public static async Task<Results<Ok<FundProgrammeView>, ProblemHttpResult>> FundsProgramme(int id, GetFundProgramme get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>Changes a programme; <c>version</c> must be the one read (409 otherwise), and rules are fixed once a project is awarded.</summary>
    public static async Task<Results<Ok<NewId>, ProblemHttpResult>> FundsUpdateProgramme(int id, FundProgrammeInput input, SaveFundProgramme save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(OutcomeResults.Map(await save.ExecuteAsync(id, input, AccessScope.From(http.User), ct), x => new NewId(x)));

    /// <summary>资金安排及拨付情况表 of the programme: one row per funded key project of the parks the user may see, with totals.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FundsExportProgramme(int id, GetFundProgramme get, GetFundLibrary library, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var programme = await get.ExecuteAsync(id, user, ct);
        if (!programme.IsOk) return OutcomeResults.Problem(programme.Failure!);
        var p = programme.Value.Programme;
        var lines = await library.ExecuteAsync(new FundLibraryFilter(Programme: p.Code), user, ct);
        return TypedResults.File(FundsExport.LibraryXlsx(lines, $"{p.NameZh}资金安排及拨付情况表"), Problems.XlsxType, $"{p.Code}-funds.xlsx");
    }

    /// <summary>The programme's summary as Word: budget, rules, the projects' awards and payments, delayed projects.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FundsProgrammeSummary(int id, GetFundProgramme get, GetFundLibrary library, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var programme = await get.ExecuteAsync(id, user, ct);
        if (!programme.IsOk) return OutcomeResults.Problem(programme.Failure!);
        var lines = await library.ExecuteAsync(new FundLibraryFilter(Programme: programme.Value.Programme.Code), user, ct);
        return TypedResults.File(FundsExport.ProgrammeDocx(programme.Value, lines), Problems.DocxType, $"{programme.Value.Programme.Code}-summary.docx");
    }

    /// <summary>The park applies for a key project of its approved plan (or applies again after a return).</summary>
    public static async Task<Results<Created<FundStepDone>, ProblemHttpResult>> FundsApply(int id, FundApplicationInput input, ApplyForFunds apply, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await apply.ExecuteAsync(id, input, AccessScope.From(http.User), ct), d => $"/api/funds/applications/{d.ApplicationId}");

    public static Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ProblemHttpResult>> FundsImportAwards(int id, IFormFile? file, [FromQuery] bool? dryRun,
        ImportFundSteps import, GetFundProgramme get, HttpContext http, CancellationToken ct) => ImportAsync(id, FundImportKind.Awards, file, dryRun, import, get, http, ct);

    public static Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ProblemHttpResult>> FundsImportDisbursements(int id, IFormFile? file, [FromQuery] bool? dryRun,
        ImportFundSteps import, GetFundProgramme get, HttpContext http, CancellationToken ct) => ImportAsync(id, FundImportKind.Disbursements, file, dryRun, import, get, http, ct);

    public static async Task<Results<Ok<FundApplicationView>, ProblemHttpResult>> FundsApplication(int id, GetFundApplication get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>The city reviews and recommends the application (reason required).</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsReview(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Review, input, step, http, ct);

    /// <summary>The city returns the application with reasons; the park may apply again.</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsReturn(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Return, input, step, http, ct);

    /// <summary>The programme's owner declines the application (reason required).</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsReject(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Reject, input, step, http, ct);

    /// <summary>The owner awards <c>amount</c> (default: the most the rules allow), with the document's number and date; never above the rules or the budget.</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsAward(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Award, input, step, http, ct);

    /// <summary>Pays <c>amount</c> of <c>tranche</c> (defaults: the first payable tranche, all that is payable), once its trigger is reached.</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsDisburse(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Disburse, input, step, http, ct);

    /// <summary>Records <c>verifiedInvestment</c> after audit; the award is recomputed by the rules and the difference returned.</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsVerify(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Verify, input, step, http, ct);

    /// <summary>Settles after the park's acceptance: pass → the rest is due; fail → the recovery share of what was paid is ordered back.</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsSettle(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Settle, input, step, http, ct);

    /// <summary>Records a repayment of the recovery ordered (default: all that is outstanding).</summary>
    public static Task<Results<Ok<FundStepDone>, ProblemHttpResult>> FundsRepay(int id, FundStepInput input, TakeFundStep step, HttpContext http, CancellationToken ct) =>
        StepAsync(id, FundStep.Repay, input, step, http, ct);

    /// <summary>The key-project library of the parks the user may see, filtered; <c>format=xlsx</c> gives 资金安排及拨付情况表.</summary>
    public static async Task<Results<Ok<FundLibraryView>, FileContentHttpResult>> FundsLibrary([AsParameters] LibraryQuery query, GetFundLibrary library, HttpContext http, CancellationToken ct)
    {
        var view = await library.ExecuteAsync(query.Filter(), AccessScope.From(http.User), ct);
        return string.Equals(query.Format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(FundsExport.LibraryXlsx(view, "重点项目资金安排及拨付情况表"), Problems.XlsxType, "key-projects-funds.xlsx")
            : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<IReadOnlyList<FundCreditView>>, ProblemHttpResult>> FundsCredits(int parkId, ListFundCredits list, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await list.ExecuteAsync(parkId, AccessScope.From(http.User), ct));

    /// <summary>Bank credit for a key project (no grant lifecycle), optionally drawn on a bank-loan programme.</summary>
    public static async Task<Results<Created<NewId>, ProblemHttpResult>> FundsRecordCredit(FundCreditInput input, RecordFundCredit record, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(OutcomeResults.Map(await record.ExecuteAsync(input, AccessScope.From(http.User), ct), id => new NewId(id)), c => $"/api/funds/parks/{input.ParkId}/credits");

    /// <summary>What settlement would follow for each awarded project of the park in a campaign, on a pass and on a fail.</summary>
    public static async Task<Results<Ok<IReadOnlyList<SettlementPreviewLine>>, ProblemHttpResult>> FundsSettlementPreview(int parkId, [FromQuery] string campaign, PreviewSettlement preview,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await preview.ExecuteAsync(campaign, parkId, AccessScope.From(http.User), ct));

    public sealed record LibraryQuery(string? Region, int? Park, ProjectClass? Class, string? SubType, ProjectStatus? Status, FundSource? Source, string? Programme, string? Format)
    {
        public FundLibraryFilter Filter() => new(Region, Park, Class, SubType, Status, Source, Programme);
    }

    private static async Task<Results<Ok<FundStepDone>, ProblemHttpResult>> StepAsync(int id, FundStep step, FundStepInput input, TakeFundStep take, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await take.ExecuteAsync(id, step, input, AccessScope.From(http.User), ct));

    private static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ProblemHttpResult>> ImportAsync(int id, FundImportKind kind, IFormFile? file,
        bool? dryRun, ImportFundSteps import, GetFundProgramme get, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var programme = await get.ExecuteAsync(id, user, ct);
        if (!programme.IsOk) return OutcomeResults.Problem(programme.Failure!);
        if (file is null || file.Length == 0) return OutcomeResults.Problem(Failure.Invalid("file", "Rule.empty-file"));
        if (file.Length > ImportsApi.MaxFileBytes) return OutcomeResults.Problem(Failure.TooLarge("Rule.file-size", ImportsApi.MaxFileBytes / 1024 / 1024));
        await using var stream = file.OpenReadStream();
        var done = await import.ExecuteAsync(programme.Value.Programme.Code, kind, stream, file.FileName, dryRun ?? true, user, ct);
        if (!done.IsOk) return OutcomeResults.Problem(done.Failure!);
        return done.Value.HasProblems && !done.Value.DryRun ? TypedResults.UnprocessableEntity(done.Value) : TypedResults.Ok(done.Value);
    }

}

using System.Globalization;
using System.Text.Json;
using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>
/// Acceptance (验收): the campaign's rules, the park's application with its self-assessment, delay requests, the review
/// steps in order, filing, the public results and notice of failed parks, demonstration parks and the library of
/// experiences and typical cases. Every step checks role, scope and state.
/// </summary>
internal static class AcceptanceApi
{
    public static void MapAcceptanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/acceptance").WithTags("Acceptance").RequireAuthorization().WithProblems();
        group.MapPut("/campaigns/{code}/rules", PutAcceptanceRules).WithName(nameof(PutAcceptanceRules)).Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/parks/{parkId:int}", GetParkAcceptance).WithName(nameof(GetParkAcceptance)).Requires(Permissions.ParkRead);
        group.MapPut("/campaigns/{code}/parks/{parkId:int}/draft", SaveSelfAssessment).WithName(nameof(SaveSelfAssessment)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/submit", SubmitApplication).WithName(nameof(SubmitApplication)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/steps/{step}", TakeReviewStep).WithName(nameof(TakeReviewStep)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/filing", FileResult).WithName(nameof(FileResult)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/delays", AskForDelay).WithName(nameof(AskForDelay)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/delays/{id:int}/decision", DecideDelayRequest).WithName(nameof(DecideDelayRequest)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/demonstration", Designate).WithName(nameof(Designate)).Requires(Permissions.AcceptanceStep);
        group.MapPost("/campaigns/{code}/published-results", RecordPublishedResult).WithName(nameof(RecordPublishedResult)).Requires(Permissions.CampaignOwn);
        group.MapPost("/campaigns/{code}/published-results/import", ImportPublishedResultsFile).WithName(nameof(ImportPublishedResultsFile))
            .DisableAntiforgery().Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/results", GetResults).WithName(nameof(GetResults)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/campaigns/{code}/failed-notice.docx", ExportFailedNotice).WithName(nameof(ExportFailedNotice)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/campaigns/{code}/failed-notices", ListFailedNotices).WithName(nameof(ListFailedNotices)).AllowAnonymous().Requires(Permissions.Public);
        group.MapPost("/campaigns/{code}/failed-notices", IssueFailedNotice).WithName(nameof(IssueFailedNotice)).Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/failed-notices/{id:int}.docx", ExportIssuedNotice).WithName(nameof(ExportIssuedNotice)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/campaigns/{code}/spot-checks", ListSpotChecks).WithName(nameof(ListSpotChecks)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/spot-checks/{id:int}", GetSpotCheck).WithName(nameof(GetSpotCheck)).AllowAnonymous().Requires(Permissions.Public);
        group.MapPut("/spot-checks/{id:int}/parks/{parkId:int}", RecordSpotCheckResult).WithName(nameof(RecordSpotCheckResult)).Requires(Permissions.CampaignOwn);
        group.MapPost("/spot-checks/{id:int}/publish", PublishSpotCheck).WithName(nameof(PublishSpotCheck)).Requires(Permissions.CampaignOwn);
        group.MapGet("/demonstration-parks", ListDemonstrationParks).WithName(nameof(ListDemonstrationParks)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/cases", SearchCases).WithName(nameof(SearchCases)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/cases/{id:int}", GetCase).WithName(nameof(GetCase)).AllowAnonymous().Requires(Permissions.Public);
        group.MapPost("/cases", CreateCase).WithName(nameof(CreateCase)).Requires(Permissions.CaseWrite);
        group.MapPut("/cases/{id:int}", UpdateCase).WithName(nameof(UpdateCase)).Requires(Permissions.CaseWrite);
        group.MapPost("/cases/{id:int}/publish", PublishCase).WithName(nameof(PublishCase)).Requires(Permissions.CasePublish);
    }

    public sealed record SubmitInput(int? Year);

    /// <summary>A review step; <c>EffectiveOn</c> is the document's date when the step is recorded after the fact.</summary>
    public sealed record StepInput(string? Reason, double? Score, DateOnly? EffectiveOn = null);

    /// <summary>The filing (备案) with its number; <c>FiledOn</c> is its date when recorded after the fact.</summary>
    public sealed record FilingInput(string? Number, string? Reason, DateOnly? FiledOn = null);

    public sealed record DelayInput(int Months, string? Reason);

    /// <summary>The province's answer to a delay request; <c>DecidedOn</c> is the reply's date when recorded after the fact.</summary>
    public sealed record DelayDecisionInput(bool Approve, string? Reason, DateOnly? DecidedOn = null);

    public sealed record ReasonInput(string? Reason);

    /// <summary>A demonstration-park designation: why, and the naming document's date and number when recorded after the fact.</summary>
    public sealed record DesignationInput(string? Reason, DateOnly? EffectiveOn = null, string? DocumentNumber = null);

    /// <summary>One park's published result: the park by id or name, the grade as the document writes it, its number and date.</summary>
    public sealed record PublishedResultInput(int? ParkId, string? Park, string? Grade, double? Score, string? NoticeNumber, DateOnly? NoticeOn,
        bool Replace = false, bool DryRun = false);

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> PutAcceptanceRules(string code, RulesInput input, SetAcceptanceRules set, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await set.ExecuteAsync(code, input, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<AcceptanceView>, ProblemHttpResult>> GetParkAcceptance(string code, int parkId, GetAcceptance get, HttpContext http, CancellationToken ct)
    {
        var (refusal, view) = await get.ExecuteAsync(code, parkId, AccessScope.From(http.User), ct);
        return refusal is null ? TypedResults.Ok(view!) : OutcomeResults.Problem(refusal);
    }

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> SaveSelfAssessment(string code, int parkId, SelfAssessment input, SaveAcceptanceDraft save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(code, parkId, input, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> SubmitApplication(string code, int parkId, SubmitInput? input, SubmitAcceptance submit, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await submit.ExecuteAsync(code, parkId, input?.Year, AccessScope.From(http.User), ct));

    /// <summary>A review step by its name: return, document-review, site-verification, expert-review (with the score).</summary>
    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> TakeReviewStep(string code, int parkId, string step, StepInput input, ReviewAcceptance review, HttpContext http, CancellationToken ct)
    {
        if (!Enum.TryParse<AcceptanceStep>(step.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) || int.TryParse(step, out _))
            return Problems.NotFound(Text.Get("Acceptance.NoSuchStep", step));
        return OutcomeResults.Ok(await review.ExecuteAsync(code, parkId, parsed, input.Reason, input.Score, AccessScope.From(http.User), input.EffectiveOn, ct));
    }

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> FileResult(string code, int parkId, FilingInput input, FileAcceptance file, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await file.ExecuteAsync(code, parkId, input.Number, input.Reason, AccessScope.From(http.User), input.FiledOn, ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> AskForDelay(string code, int parkId, DelayInput input, RequestDelay request, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await request.ExecuteAsync(code, parkId, input.Months, input.Reason, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> DecideDelayRequest(int id, DelayDecisionInput input, DecideDelay decide, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await decide.ExecuteAsync(id, input.Approve, input.Reason, AccessScope.From(http.User), input.DecidedOn, ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> Designate(string code, int parkId, DesignationInput input, DesignateDemonstration designate, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await designate.ExecuteAsync(code, parkId, input.Reason, AccessScope.From(http.User), input.EffectiveOn, input.DocumentNumber, ct));

    /// <summary>
    /// Records one park's result published before the product was used (ADR 0074): 200 with the outcome, 400 naming the
    /// field and rule, 409 when a different result is recorded and <c>replace</c> was not asked.
    /// </summary>
    public static async Task<Results<Ok<PublishedResultsReport>, ValidationProblem, ProblemHttpResult>> RecordPublishedResult(string code, PublishedResultInput input,
        RecordPublishedResults record, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var park = input.ParkId is { } id ? await db.Parks.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? $"#{id}" : input.Park ?? "";
        var line = new PublishedResultLine(0, park, input.Grade ?? "", input.Score?.ToString("R", CultureInfo.InvariantCulture) ?? "", input.NoticeNumber ?? "",
            input.NoticeOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        var (refusal, report) = await record.ExecuteAsync(code, [line], PublishedNotice.None, null, input.Replace, input.DryRun, AccessScope.From(http.User), ct);
        if (refusal is not null) return OutcomeResults.Problem(refusal);
        if (report!.Problems.FirstOrDefault(p => p.Rule == "published-conflict") is { } conflict)
            return Problems.Conflict(new Bilingual(conflict.MessageZh, conflict.MessageEn));
        if (report.HasProblems)
            return Problems.Invalid(report.Problems.GroupBy(p => PublishedResultFields.GetValueOrDefault(p.Column ?? "", "file"))
                .ToDictionary(g => g.Key, g => new Bilingual(g.First().MessageZh, g.First().MessageEn)));
        return TypedResults.Ok(report);
    }

    /// <summary>The form's field for each column a problem names.</summary>
    private static readonly Dictionary<string, string> PublishedResultFields = new[]
    {
        PublishedResultColumns.Park, PublishedResultColumns.Grade, PublishedResultColumns.Score, PublishedResultColumns.NoticeNumber, PublishedResultColumns.NoticeOn,
    }.ToDictionary(k => PublishedResultColumns.Label(k).Zh, k => JsonNamingPolicy.CamelCase.ConvertName(k));

    /// <summary>
    /// A published notice from xlsx or CSV, a park a row; the number and date once for the whole file or per row. A dry run
    /// (the default) reports each row's outcome and stores nothing; a commit stores every row or, with any problem, nothing (422).
    /// </summary>
    public static async Task<Results<Ok<PublishedResultsReport>, UnprocessableEntity<PublishedResultsReport>, ValidationProblem, ProblemHttpResult>> ImportPublishedResultsFile(string code, IFormFile? file, [FromQuery] bool? dryRun, [FromQuery] bool? replace,
        [FromQuery] string? noticeNumber, [FromQuery] string? noticeOn, ImportPublishedResults import, RecordPublishedResults record, HttpContext http, CancellationToken ct)
    {
        // The campaign's owner first: how the file is judged tells an outsider nothing.
        if ((await record.LoadCampaignAsync(code, AccessScope.From(http.User), ct)).Refusal is { } owner) return OutcomeResults.Problem(owner);
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > ImportsApi.MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", ImportsApi.MaxFileBytes / 1024 / 1024);
        await using var stream = file.OpenReadStream();
        var (refusal, report) = await import.ExecuteAsync(code, stream, file.FileName, new PublishedNotice(noticeNumber, noticeOn), replace ?? false, dryRun ?? true,
            AccessScope.From(http.User), ct);
        if (refusal is not null) return OutcomeResults.Problem(refusal);
        return report!.HasProblems && !report.DryRun ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }

    /// <summary>Public: filed results and the parks that failed (graded or by missing the deadline).</summary>
    public static async Task<Results<Ok<AcceptanceResults>, ProblemHttpResult>> GetResults(string code, GetAcceptanceResults results, CancellationToken ct) =>
        await results.ExecuteAsync(code, ct: ct) is { } view ? TypedResults.Ok(view) : Problems.CampaignNotFound(code);

    /// <summary>
    /// Public: the current notice of failed parks as Word (ADR 0079): a draft (草稿, no number, no date) of the parks not yet
    /// notified, else the latest issued notice with its number and date, else the published notice recorded before the product.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportFailedNotice(string code, GetFailedParksNotice notice, CancellationToken ct) =>
        await notice.ExecuteAsync(code, null, ct) is { } document
            ? TypedResults.File(FailedParksNotice.Build(document), Problems.DocxType, $"{code}-failed-parks{(document.IsDraft ? "-draft" : "")}.docx")
            : Problems.CampaignNotFound(code);

    /// <summary>Public: an issued notice as Word, dated and numbered as the province issued it.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportIssuedNotice(string code, int id, GetFailedParksNotice notice, CancellationToken ct) =>
        await notice.ExecuteAsync(code, id, ct) is { } document
            ? TypedResults.File(FailedParksNotice.Build(document), Problems.DocxType, $"{code}-failed-parks-{id}.docx")
            : Problems.NotFound(Text.Get("FailedNotice.NotFound"));

    /// <summary>Public: the campaign's issued notices of failed parks, newest first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<IssuedNoticeView>>, ProblemHttpResult>> ListFailedNotices(string code, GetFailedParksNotice notice, CancellationToken ct) =>
        await notice.ListAsync(code, ct) is { } list ? TypedResults.Ok(list) : Problems.CampaignNotFound(code);

    /// <summary>The province issues the notice with its number and date: the parks failed by that date and not yet notified are frozen into it.</summary>
    public static async Task<Results<Ok<IssuedNoticeView>, ProblemHttpResult>> IssueFailedNotice(string code, NoticeIssueInput input, IssueFailedParksNotice issue,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await issue.ExecuteAsync(code, input, AccessScope.From(http.User), ct));

    /// <summary>The campaign's spot checks: published ones for anyone, all for the campaign's owner.</summary>
    public static async Task<Results<Ok<IReadOnlyList<SpotCheckResultsView>>, ProblemHttpResult>> ListSpotChecks(string code, SpotCheckResults checks, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await db.Campaigns.Where(c => c.Code == code).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct) is { } id
            ? TypedResults.Ok(await checks.ListAsync(id, AccessScope.From(http.User), ct))
            : Problems.CampaignNotFound(code);

    /// <summary>A spot check with its results: public once published; before that its owner's only (404 for others).</summary>
    public static async Task<Results<Ok<SpotCheckResultsView>, ProblemHttpResult>> GetSpotCheck(int id, SpotCheckResults checks, HttpContext http, CancellationToken ct) =>
        await checks.GetAsync(id, AccessScope.From(http.User), ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound(Text.Get("SpotCheck.NotFound"));

    /// <summary>The result of one drawn park: date, 合格/不合格/整改, findings (required unless 合格); 409 once published.</summary>
    public static async Task<Results<Ok<SpotCheckParkView>, ProblemHttpResult>> RecordSpotCheckResult(int id, int parkId, SpotCheckResultInput input,
        SpotCheckResults checks, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await checks.RecordAsync(id, parkId, input, AccessScope.From(http.User), ct));

    /// <summary>The date the results were published (today when none is given).</summary>
    public sealed record PublishInput(DateOnly? PublishedOn);

    /// <summary>Publishes the results (every drawn park needs one first): public from then on and no longer changed.</summary>
    public static async Task<Results<Ok<SpotCheckResultsView>, ProblemHttpResult>> PublishSpotCheck(int id, PublishInput? input, SpotCheckResults checks,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await checks.PublishAsync(id, input?.PublishedOn, AccessScope.From(http.User), ct));

    public static async Task<Ok<List<DemonstrationView>>> ListDemonstrationParks(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await Demonstrations.ListAsync(db, ct));

    public static async Task<Ok<IReadOnlyList<CaseView>>> SearchCases(string? q, SearchExperienceCases search, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await search.ExecuteAsync(q, AccessScope.From(http.User), ct));

    /// <summary>A published entry for anyone; a draft only for those who may write about its park (404 for others).</summary>
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetCase(int id, GetExperienceCase get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(id, AccessScope.From(http.User), ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound(Text.Get("Case.NotFound"));

    public static async Task<Results<Created<StepDone>, ProblemHttpResult>> CreateCase(CaseInput input, SaveExperienceCase save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await save.ExecuteAsync(null, input, AccessScope.From(http.User), ct), done => $"/api/acceptance/cases/{done.Id}");

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> UpdateCase(int id, CaseInput input, SaveExperienceCase save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(id, input, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> PublishCase(int id, PublishExperienceCase publish, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await publish.ExecuteAsync(id, AccessScope.From(http.User), ct));

}

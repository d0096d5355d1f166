using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Outcomes;
using CircularPark.Web.Pages.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>
/// The campaign's owner records acceptance results published before the product was used (ADR 0074): one park by the
/// form, or a whole notice from a file (check first, then confirm the same file). Who may is the use case's answer.
/// </summary>
[Authorize]
[RequestSizeLimit(Api.ImportsApi.MaxFileBytes + 64 * 1024)]
public sealed class PublishedModel(RecordPublishedResults record, ImportPublishedResults import, ImportUploads uploads, AppDbContext db) : PageModel
{
    public string Code { get; private set; } = "";
    public string CampaignTitle { get; private set; } = "";
    public IReadOnlyList<string> Parks { get; private set; } = [];
    public PublishedResultsReport? Report { get; private set; }
    public string? Token { get; private set; }
    public string? FileName { get; private set; }
    /// <summary>The notice's number and date given once for the file, and whether to replace recorded results (kept for the confirmation).</summary>
    public string? NoticeNumber { get; private set; }
    public string? NoticeOn { get; private set; }
    public bool Replace { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostOneAsync(string code, string? park, string? grade, string? score, string? noticeNumber, string? noticeOn,
        bool replace, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused) return refused;
        var line = new PublishedResultLine(0, park ?? "", grade ?? "", score ?? "", noticeNumber ?? "", noticeOn ?? "");
        (NoticeNumber, NoticeOn, Replace) = (noticeNumber, noticeOn, replace);
        return Show(await record.ExecuteAsync(code, [line], PublishedNotice.None, null, replace, dryRun: false, AccessScope.From(User), ct));
    }

    public async Task<IActionResult> OnPostCheckAsync(string code, IFormFile? file, string? noticeNumber, string? noticeOn, bool replace, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused) return refused;
        (NoticeNumber, NoticeOn, Replace) = (noticeNumber, noticeOn, replace);
        if (file is null || file.Length == 0)
        {
            Report = PublishedResultsReport.FileProblem(true, "empty-file");
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(file, User.Identity!.Name!, ct);
        await using var stream = file.OpenReadStream();
        return Show(await import.ExecuteAsync(code, stream, FileName, new PublishedNotice(noticeNumber, noticeOn), replace, dryRun: true, AccessScope.From(User), ct));
    }

    public async Task<IActionResult> OnPostCommitAsync(string code, string token, string fileName, string? noticeNumber, string? noticeOn, bool replace,
        CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused) return refused;
        await using var stream = await uploads.OpenAsync(token, User.Identity!.Name!, ct);
        if (stream is null) return RedirectToPage();
        (NoticeNumber, NoticeOn, Replace) = (noticeNumber, noticeOn, replace);
        var result = await import.ExecuteAsync(code, stream, Path.GetFileName(fileName), new PublishedNotice(noticeNumber, noticeOn), replace, dryRun: false,
            AccessScope.From(User), ct);
        if (result.Refusal is not null) return Show(result);
        Report = result.Report;
        if (Report!.Committed) await uploads.DeleteAsync(token, User.Identity!.Name!, ct);
        else (Token, FileName) = (token, fileName);
        return Page();
    }

    private IActionResult Show((Failure? Refusal, PublishedResultsReport? Report) result)
    {
        if (result.Refusal is { } refusal)
        {
            if (refusal.Kind != OutcomeKind.Conflict) return refusal.Kind == OutcomeKind.NotFound ? NotFound() : Forbid();
            Report = PublishedResultsReport.Failed(false, 0, [ImportProblem.Of(0, null, "conflict", refusal.Message!.Value)]);
            return Page();
        }
        Report = result.Report;
        return Page();
    }

    /// <summary>The campaign and its parks, after the use case's own check of who may record (404, 403).</summary>
    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        var (refusal, campaign) = await record.LoadCampaignAsync(code, AccessScope.From(User), ct);
        if (refusal is not null) return refusal.Kind == OutcomeKind.NotFound ? NotFound() : Forbid();
        (Code, CampaignTitle) = (campaign.Code, campaign.TitleZh);
        Parks = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id).Select(p => p.Park!.Name).OrderBy(n => n).ToListAsync(ct);
        return null;
    }
}

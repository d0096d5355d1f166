using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Outcomes;
using CircularPark.Web.Pages.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Admin;

/// <summary>Bulk accounts: upload → dry run with every problem by row → confirm the same stored file → all or nothing.</summary>
[Authorize]
[RequestSizeLimit(Api.ImportsApi.MaxFileBytes + 64 * 1024)]
public sealed class UsersImportModel(ImportAccounts import, ImportUploads uploads) : PageModel
{
    public AccountImportReport? Report { get; private set; }
    public string? Token { get; private set; }
    public string? FileName { get; private set; }

    public IActionResult OnGet() => AccountStore.MayManage(AccessScope.From(User)) ? Page() : Forbid();

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (!AccountStore.MayManage(user)) return Forbid();
        if (file is null || file.Length == 0)
        {
            Report = new AccountImportReport(true, false, 0, [], [ImportProblem.Of(0, null, "empty-file", Localization.Text.Get("Rule.empty-file"))]);
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(file, user.Name, ct);
        await using var stream = file.OpenReadStream();
        return Show(await import.ExecuteAsync(stream, FileName, dryRun: true, user, ct));
    }

    public async Task<IActionResult> OnPostCommitAsync(string token, string fileName, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        await using var stream = await uploads.OpenAsync(token, user.Name, ct);
        if (stream is null) return RedirectToPage();
        var outcome = await import.ExecuteAsync(stream, Path.GetFileName(fileName), dryRun: false, user, ct);
        if (outcome.IsOk && outcome.Value.Committed) await uploads.DeleteAsync(token, user.Name, ct);
        else (Token, FileName) = (token, fileName);
        return Show(outcome);
    }

    private IActionResult Show(Outcome<AccountImportReport> outcome)
    {
        if (outcome.Kind == OutcomeKind.Forbidden) return Forbid();
        Report = outcome.IsOk ? outcome.Value
            : new AccountImportReport(false, false, 0, [], [ImportProblem.Of(0, null, "conflict", outcome.Failure!.Message ?? Localization.Text.Get("Outcome.Concurrent"))]);
        return Page();
    }
}

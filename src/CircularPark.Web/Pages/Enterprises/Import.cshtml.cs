using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Web.Pages.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Enterprises;

/// <summary>Upload the 企业 / 物料流 workbook → dry run with every problem by sheet, row and column → confirm the same file → all or nothing.</summary>
[Authorize]
[RequestSizeLimit(Api.ImportsApi.MaxFileBytes + 64 * 1024)]
public sealed class ImportModel(ImportEnterprises import, ImportUploads uploads, GetParkEnterprises get) : PageModel
{
    public ParkEnterprises? Park { get; private set; }
    public ImportReport? Report { get; private set; }
    public string? Token { get; private set; }
    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct) => await LoadAsync(parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostCheckAsync(int parkId, IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(parkId, ct) is { } refused) return refused;
        if (file is null || file.Length == 0)
        {
            Report = ImportReport.Failed(true, 0, [ImportProblem.Of(0, null, "empty-file", Localization.Text.Get("Rule.empty-file"))]);
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(file, User.Identity!.Name!, ct);
        await using var stream = file.OpenReadStream();
        Report = (await import.ExecuteAsync(parkId, stream, FileName, dryRun: true, AccessScope.From(User), ct)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(int parkId, string token, string fileName, CancellationToken ct)
    {
        if (await LoadAsync(parkId, ct) is { } refused) return refused;
        await using var stream = await uploads.OpenAsync(token, User.Identity!.Name!, ct);
        if (stream is null) return RedirectToPage();
        Report = (await import.ExecuteAsync(parkId, stream, Path.GetFileName(fileName), dryRun: false, AccessScope.From(User), ct)).Value;
        if (Report!.Committed) await uploads.DeleteAsync(token, User.Identity!.Name!, ct);
        else (Token, FileName) = (token, fileName);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, CancellationToken ct)
    {
        Park = await get.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (Park is null) return NotFound();
        return Park.Access.CanChange ? null : Forbid();
    }
}

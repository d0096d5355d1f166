using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Import;

/// <summary>Upload → dry run with every problem listed → confirm the same stored file → all-or-nothing commit.</summary>
[Authorize]
[RequestSizeLimit(Api.ImportsApi.MaxFileBytes + 64 * 1024)]
public sealed class IndexModel(ImportParks import, CircularPark.Statistics.ImportStatistics importStatistics, ImportUploads uploads, AppDbContext db) : PageModel
{
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];
    public ImportReport? Report { get; private set; }
    public string? Token { get; private set; }
    public string? Campaign { get; private set; }
    public string? FileName { get; private set; }
    /// <summary>The user's choices for rows whose park could not be told from the name, as "row=new;row=parkId".</summary>
    public string? Choices { get; private set; }
    /// <summary>What the file holds: "parks" (a park or campaign list) or "statistics".</summary>
    public string Kind { get; private set; } = "parks";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccessScope.From(User).Holds(Permissions.ParkImport)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, string? campaign, string? kind, CancellationToken ct)
    {
        Kind = kind == "statistics" ? "statistics" : "parks";
        var user = AccessScope.From(User);
        if (!user.Holds(Permissions.ParkImport)) return Forbid();
        await LoadAsync(ct);
        Campaign = string.IsNullOrEmpty(campaign) ? null : campaign;
        if (file is null || file.Length == 0)
        {
            Report = ImportReport.Failed(true, 0, [ImportProblem.Of(0, null, "empty-file", Localization.Text.Get("Rule.empty-file"))]);
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(file, user.Name, ct);
        await using var stream = file.OpenReadStream();
        Report = await RunAsync(stream, FileName, dryRun: true, user, ct);
        return Page();
    }

    /// <summary>Checks the stored file again with the choices made in the report's table.</summary>
    public async Task<IActionResult> OnPostRecheckAsync(string token, string? campaign, string fileName, string? kind, Dictionary<int, string>? choice, CancellationToken ct)
    {
        var picked = (choice ?? []).Where(c => c.Value is { Length: > 0 }).OrderBy(c => c.Key)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}"));
        return await RunStoredAsync(token, campaign, fileName, kind, string.Join(";", picked), commit: false, ct);
    }

    public Task<IActionResult> OnPostCommitAsync(string token, string? campaign, string fileName, string? kind, string? choices, CancellationToken ct) =>
        RunStoredAsync(token, campaign, fileName, kind, choices, commit: true, ct);

    /// <summary>The value chosen for a row, as the select's option value ("new" or a park number), if any.</summary>
    public string? ChoiceFor(int row) => ParkChoice.Parse(Choices, out _)?.GetValueOrDefault(row) switch
    {
        ParkChoice.New => "new",
        ParkChoice.Same same => same.ParkId.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private async Task<IActionResult> RunStoredAsync(string token, string? campaign, string fileName, string? kind, string? choices, bool commit, CancellationToken ct)
    {
        Kind = kind == "statistics" ? "statistics" : "parks";
        var user = AccessScope.From(User);
        if (!user.Holds(Permissions.ParkImport)) return Forbid();
        await LoadAsync(ct);
        Campaign = string.IsNullOrEmpty(campaign) ? null : campaign;
        await using var stream = await uploads.OpenAsync(token, user.Name, ct);
        if (stream is null) return RedirectToPage();
        Choices = ParkChoice.Parse(choices, out _) is null ? null : choices;
        Report = await RunAsync(stream, Path.GetFileName(fileName), dryRun: !commit, user, ct);
        if (Report.Committed) await uploads.DeleteAsync(token, user.Name, ct);
        else (Token, FileName) = (token, fileName);
        return Page();
    }

    private Task<ImportReport> RunAsync(Stream stream, string fileName, bool dryRun, AccessScope user, CancellationToken ct) =>
        Kind == "statistics"
            ? importStatistics.ExecuteAsync(stream, fileName, dryRun, user, ct)
            : import.ExecuteAsync(stream, fileName, Campaign, dryRun, user, ParkChoice.Parse(Choices, out _) ?? new Dictionary<int, ParkChoice>(), ct);

    private async Task LoadAsync(CancellationToken ct) =>
        Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
}

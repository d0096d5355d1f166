using System.Globalization;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>A park's material-flow models: list, create (empty or as a copy), import a file.</summary>
[Authorize]
public sealed class IndexModel(GetMaterialFlowModels list, CreateMaterialFlowModel create, ImportMaterialFlowModel import) : PageModel
{
    public ParkModels Park { get; private set; } = new(0, "", false, []);
    [BindProperty] public NewModelInput Input { get; set; } = new();
    public ImportReport? Report { get; private set; }
    public string? Message { get; private set; }
    private IReadOnlyList<ModelProblem> _problems = [];

    public string? Error(string field) => _problems.FirstOrDefault(p => p.Key == field)?.Message.In(CultureInfo.CurrentUICulture);

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct) => await LoadAsync(parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(int parkId, CancellationToken ct)
    {
        var result = await create.ExecuteAsync(parkId, new NewModel(Input.Year, Input.Scenario, Input.Title, Input.CopyFrom), AccessScope.From(User), ct);
        switch (result.Outcome)
        {
            case MfaOutcome.Ok: return Redirect($"/material-flows/{result.Value!.Id}");
            case MfaOutcome.Invalid: _problems = result.Problems!; break;
            case MfaOutcome.Conflict: Message = Text.Get("Mfa.Exists").In(CultureInfo.CurrentUICulture); break;
            case MfaOutcome.Forbidden: return Forbid();
            default: return NotFound();
        }
        return await LoadAsync(parkId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostImportAsync(int parkId, IFormFile? file, bool dryRun, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > Api.ImportsApi.MaxFileBytes)
            Message = Text.Get(file is null || file.Length == 0 ? "Rule.empty-file" : "Rule.file-size", Api.ImportsApi.MaxFileBytes / 1024 / 1024).In(CultureInfo.CurrentUICulture);
        else
        {
            await using var stream = file.OpenReadStream();
            var result = await import.ExecuteAsync(stream, file.FileName, parkId, dryRun, AccessScope.From(User), ct);
            if (result.Outcome == MfaOutcome.Forbidden) return Forbid();
            if (result.Outcome == MfaOutcome.NotFound) return NotFound();
            Report = result.Value;
        }
        return await LoadAsync(parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, CancellationToken ct)
    {
        var result = await list.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (result.Outcome == MfaOutcome.Forbidden) return Forbid();
        if (result.Outcome != MfaOutcome.Ok) return NotFound();
        Park = result.Value!;
        return null;
    }

    public sealed class NewModelInput
    {
        public int Year { get; set; } = 2025;
        public Scenario Scenario { get; set; } = Scenario.PlannedAfter;
        public string? Title { get; set; }
        public int? CopyFrom { get; set; }
    }
}

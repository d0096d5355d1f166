using CircularPark.Compliance;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Compliance;

/// <summary>
/// A park's compliance registers on one page: clean-production audits with the coverage they give, energy-saving
/// inspections (add, close a rectification), planning EIA, green designations, environmental-management reports. Each form
/// goes through its use case; refusals are shown with the fields they name.
/// </summary>
[Authorize]
public sealed class ParkModel(GetParkCompliance get) : PageModel
{
    public ParkComplianceView? View { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Saved { get; private set; }

    [BindProperty] public AuditInput? Audit { get; set; }
    [BindProperty] public InspectionInput? Inspection { get; set; }
    [BindProperty] public EiaInput? Eia { get; set; }
    [BindProperty] public GreenInput? Green { get; set; }
    [BindProperty] public EnvironmentalReportInput? Report { get; set; }
    [BindProperty] public int? CloseId { get; set; }
    [BindProperty] public DateOnly? ClosedOn { get; set; }
    [BindProperty] public string? ClosureNote { get; set; }

    public Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct) => ShowAsync(parkId, ct);

    public Task<IActionResult> OnPostAuditAsync(int parkId, [FromServices] RecordAudit record, CancellationToken ct) =>
        SaveAsync(parkId, Audit, input => record.ExecuteAsync(parkId, null, input, AccessScope.From(User), ct), ct);

    public Task<IActionResult> OnPostInspectionAsync(int parkId, [FromServices] RecordInspection record, CancellationToken ct) =>
        SaveAsync(parkId, Inspection, input => record.ExecuteAsync(parkId, null, input, AccessScope.From(User), ct), ct);

    public Task<IActionResult> OnPostEiaAsync(int parkId, [FromServices] RecordPlanningEia record, CancellationToken ct) =>
        SaveAsync(parkId, Eia, input => record.ExecuteAsync(parkId, null, input, AccessScope.From(User), ct), ct);

    public Task<IActionResult> OnPostGreenAsync(int parkId, [FromServices] RecordGreenDesignation record, CancellationToken ct) =>
        SaveAsync(parkId, Green, input => record.ExecuteAsync(parkId, null, input, AccessScope.From(User), ct), ct);

    public Task<IActionResult> OnPostReportAsync(int parkId, [FromServices] RecordEnvironmentalReport record, CancellationToken ct) =>
        SaveAsync(parkId, Report, input => record.ExecuteAsync(parkId, null, input, AccessScope.From(User), ct), ct);

    /// <summary>Closes a rectification: the inspection as stored, with the day it was confirmed and a note.</summary>
    public async Task<IActionResult> OnPostCloseAsync(int parkId, [FromServices] RecordInspection record, CancellationToken ct)
    {
        var current = await get.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (!current.IsOk) return await ShowAsync(parkId, ct);
        var i = current.Value.Inspections.FirstOrDefault(x => x.Id == CloseId);
        if (i is null) return NotFound();
        var input = new InspectionInput(i.EnterpriseId, i.Kind, i.InspectedOn, i.Findings, i.RectificationDueOn, i.Inspector,
            ClosedOn ?? DateOnly.MinValue, ClosureNote, i.Version);
        if (ClosedOn is null) ModelState.AddModelError(nameof(ClosedOn), "");
        return await SaveAsync(parkId, input, x => record.ExecuteAsync(parkId, i.Id, x, AccessScope.From(User), ct), ct);
    }

    private async Task<IActionResult> SaveAsync<T>(int parkId, T? input, Func<T, Task<Outcome<ComplianceSaved>>> save, CancellationToken ct) where T : class
    {
        var english = Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        if (input is null || !ModelState.IsValid)
        {
            Errors = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => Text.Get("Compliance.FieldFormat", e.Key.Split('.').Last()).In(english)).ToList();
            return await ShowAsync(parkId, ct);
        }
        var outcome = await save(input);
        if (outcome.Failure is { Kind: OutcomeKind.Forbidden }) return Forbid();
        if (outcome.Failure is { } failure)
            Errors = failure.Errors?.Select(e => $"{e.Key}：{e.Value.In(english)}").ToList() ?? [failure.Explain(english)];
        else Saved = Text.Get("Compliance.Saved").In(english);
        return await ShowAsync(parkId, ct);
    }

    private async Task<IActionResult> ShowAsync(int parkId, CancellationToken ct)
    {
        var outcome = await get.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (outcome.Failure is { Kind: OutcomeKind.Forbidden }) return Forbid();
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value;
        return Page();
    }
}

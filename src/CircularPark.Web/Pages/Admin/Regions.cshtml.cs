using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Admin;

/// <summary>What an administrator types into one of the change forms; regions come from pickers (a code) or as typed (a name).</summary>
public sealed class RegionChangeForm
{
    public string? Region { get; set; }
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Parent { get; set; }
    public string? Successor { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Regions administration (ADR 0052), admin only: find divisions by name or code as of a date, with every period; add, rename,
/// merge and abolish with an effective date through <see cref="ChangeRegions"/> (the same use case as the API and the CLI).
/// </summary>
[Authorize]
public sealed class RegionsModel(ChangeRegions change, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty] public RegionChangeForm Form { get; set; } = new();

    public IReadOnlyList<RegionView> Found { get; private set; } = [];
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();
    public Bilingual? Done { get; private set; }
    public string? Action { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => Allowed ? await ShowAsync(ct) : Forbid();

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => RunAsync("add", async (day, regions) =>
    {
        var parent = Read(regions, Form.Parent, day, "parentCode", required: true);
        return parent is null ? null
            : (Outcome<RegionChangeResult>?)await change.AddAsync(new RegionAddition(Form.Code?.Trim() ?? "", Form.NameZh ?? "", Form.NameEn, parent, day, Note: Form.Note), Scope, ct);
    }, ct);

    public Task<IActionResult> OnPostRenameAsync(CancellationToken ct) => RunAsync("rename", async (day, regions) =>
    {
        var code = Read(regions, Form.Region, day, "code", required: true);
        return code is null ? null : (Outcome<RegionChangeResult>?)await change.RenameAsync(new RegionRenaming(code, Form.NameZh ?? "", Form.NameEn, day, Form.Note), Scope, ct);
    }, ct);

    public Task<IActionResult> OnPostMergeAsync(CancellationToken ct) => EndAsync("merge", successorRequired: true, ct);

    public Task<IActionResult> OnPostAbolishAsync(CancellationToken ct) => EndAsync("abolish", successorRequired: false, ct);

    private Task<IActionResult> EndAsync(string action, bool successorRequired, CancellationToken ct) => RunAsync(action, async (day, regions) =>
    {
        var code = Read(regions, Form.Region, day, "code", required: true);
        var successor = Read(regions, Form.Successor, day, "successorCode", successorRequired);
        return code is null || _errors.Count > 0 ? null : (Outcome<RegionChangeResult>?)await change.EndAsync(new RegionEnding(code, day, successor, Form.Note), Scope, ct);
    }, ct);

    private AccessScope Scope => AccessScope.From(User);

    private bool Allowed => Scope.Allows(Permissions.RegionsManage, ScopeTarget.None);

    private readonly Dictionary<string, Bilingual> _errors = [];

    /// <summary>Runs one change: the date is required; a region that cannot be read stops it with its message (<see cref="Read"/>).</summary>
    private async Task<IActionResult> RunAsync(string action, Func<DateOnly, RegionDirectory, Task<Outcome<RegionChangeResult>?>> run, CancellationToken ct)
    {
        if (!Allowed) return Forbid();
        Action = action;
        if (Form.EffectiveOn is not { } day) _errors["effectiveOn"] = Text.Get("Regions.DateRequired");
        else if (await run(day, await db.RegionDirectoryAsync(ct)) is { } outcome)
        {
            if (outcome.IsOk)
            {
                Done = Text.Get($"Regions.Done.{action}", outcome.Value.Code, outcome.Value.MembershipsMoved);
                Q ??= outcome.Value.Code;
                Form = new RegionChangeForm();
                Action = null;
            }
            else if (outcome.Failure!.Errors is { } errors) foreach (var (field, message) in errors) _errors[field] = message;
            else _errors["region"] = outcome.Failure.Message ?? Text.Get("Outcome.Forbidden");
        }
        return await ShowAsync(ct);
    }

    /// <summary>The code of a region typed or picked, as of the date; null (with the reason under <paramref name="field"/>) when it cannot be read.</summary>
    private string? Read(RegionDirectory regions, string? text, DateOnly day, string field, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) _errors[field] = Text.Get("Regions.RegionRequired");
            return null;
        }
        var (region, problem) = RegionInput.Read(regions, text, day, Text.Get("Regions.Field"));
        if (problem is { } wrong) _errors[field] = wrong;
        return region?.Code;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Errors = _errors;
        var regions = await db.RegionDirectoryAsync(ct);
        Found = string.IsNullOrWhiteSpace(Q) ? []
            : SearchRegions.Run(regions, new RegionSearch(Q, AsOf: AsOf, Take: 50))
                .SelectMany(r => regions.Periods(r.Code).Select(p => RegionView.Of(regions, p))).DistinctBy(r => (r.Code, r.ValidFrom)).Take(100).ToList();
        return Page();
    }
}

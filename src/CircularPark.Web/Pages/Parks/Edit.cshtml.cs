using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Parks;

[Authorize]
public sealed class EditModel(GetParkDetail detail, UpdatePark update, ChangeParkAliases aliases, AppDbContext db) : PageModel
{
    [BindProperty] public ParkChanges Input { get; set; } = new("", null, ParkLevel.Other, ParkKind.Other, null, null, null, null, null, 0);
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? ConflictMessage { get; private set; }
    public IReadOnlyList<AliasView> Aliases { get; private set; } = [];
    /// <summary>Why the last other name was not recorded or removed, if it was not.</summary>
    public string? AliasMessage { get; private set; }
    private IReadOnlyDictionary<string, Bilingual> _errors = new Dictionary<string, Bilingual>();

    public string? Error(string field) => _errors.TryGetValue(field, out var e) ? e.In(CultureInfo.CurrentUICulture) : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var park = await detail.ExecuteAsync(id, AccessScope.From(User), ct);
        if (park is null) return NotFound();
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (!AccessScope.From(User).Allows(Permissions.ParkChange, ScopeTarget.Park(id, tree.PathOf(park.CurrentRegionId)))) return Forbid();
        (Id, Name, Aliases) = (id, park.Name, park.Aliases);
        Input = new ParkChanges(park.Name, park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries,
            park.EnterpriseCount, park.YearFounded, park.ManagementBody, park.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        (Id, Name) = (id, Input.Name);
        Aliases = (await detail.ExecuteAsync(id, AccessScope.From(User), ct))?.Aliases ?? [];
        var result = await update.ExecuteAsync(id, Input, AccessScope.From(User), ct);
        switch (result.Kind)
        {
            case OutcomeKind.Ok: return Redirect($"/parks/{id}");
            case OutcomeKind.NotFound: return NotFound();
            case OutcomeKind.Forbidden: return Forbid();
            case OutcomeKind.Invalid: _errors = result.Failure!.Errors!; return Page();
            default:
                ConflictMessage = result.Failure!.Explain(Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
                return Page();
        }
    }

    /// <summary>Records another name of the park (曾用名, 简称, 其他写法).</summary>
    public async Task<IActionResult> OnPostAddAliasAsync(int id, string? aliasName, ParkAliasKind aliasKind, CancellationToken ct) =>
        await AfterAliasAsync(id, (await aliases.AddAsync(id, new AliasInput(aliasName ?? "", aliasKind), AccessScope.From(User), ct)).WithoutValue(), ct);

    public async Task<IActionResult> OnPostRemoveAliasAsync(int id, int aliasId, CancellationToken ct) =>
        await AfterAliasAsync(id, await aliases.RemoveAsync(id, aliasId, AccessScope.From(User), ct), ct);

    private async Task<IActionResult> AfterAliasAsync(int id, Outcomes.Outcome outcome, CancellationToken ct)
    {
        if (outcome.IsOk) return Redirect($"/parks/{id}/edit#aliases");
        if (outcome.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
        if (outcome.Kind == Outcomes.OutcomeKind.NotFound) return NotFound();
        var page = await OnGetAsync(id, ct);
        AliasMessage = outcome.Failure!.Explain(Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
        return page;
    }
}

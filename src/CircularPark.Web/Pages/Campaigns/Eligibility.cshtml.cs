using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Data;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Campaigns;

/// <summary>
/// A reporting unit's eligibility for a campaign (具备条件, 002 三(二); ADR 0080): the principles and conditions it set, and
/// each of its parks of provincial level or above with the decision in force, its reason and the day it took effect.
/// The unit's officials decide (each decision kept as history); the ministry and those who cover the unit read.
/// </summary>
[Authorize]
public sealed class EligibilityModel(AppDbContext db, GetEligibility get, DecideEligibility decide, SetEligibilityPrinciples principles) : PageModel
{
    public EligibilityView? View { get; private set; }
    public bool CanDecide { get; private set; }
    public string? Message { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string unitCode, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(code, unitCode, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(string code, string unitCode, int parkId, string? eligible, string? reason, DateOnly? effectiveOn, CancellationToken ct)
    {
        var input = new EligibilityInput(eligible switch { "yes" => true, "no" => false, _ => null }, reason, effectiveOn);
        var result = await decide.ExecuteAsync(code, parkId, input, AccessScope.From(User), ct);
        return await AfterAsync(result, code, unitCode, parkId, ct);
    }

    public async Task<IActionResult> OnPostPrinciplesAsync(string code, string unitCode, string? text, DateOnly? effectiveOn, CancellationToken ct)
    {
        var result = await principles.ExecuteAsync(code, unitCode, new PrinciplesInput(text, effectiveOn), AccessScope.From(User), ct);
        return await AfterAsync(result, code, unitCode, null, ct);
    }

    private async Task<IActionResult> AfterAsync(Outcome<Saved> result, string code, string unitCode, int? parkId, CancellationToken ct)
    {
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return Redirect($"/campaigns/{code}/eligibility/{unitCode}?saved=true");
        var english = Localization.Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        Message = result.Failure!.Errors is { Count: > 0 } errors
            ? string.Join("；", errors.Values.Select(e => e.In(english)))
            : result.Failure.Explain(english);
        return await LoadAsync(code, unitCode, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, string unitCode, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var view = await get.ExecuteAsync(code, unitCode, user, null, ct);
        if (!view.IsOk) return NotFound();
        View = view.Value;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        CanDecide = user.Allows(Permissions.EligibilityDecide, ScopeTarget.Region(tree.FindByCode(unitCode)?.Path ?? ""));
        return null;
    }

    /// <summary>Today in China, the default effective date of a new decision.</summary>
    public string Today => db.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

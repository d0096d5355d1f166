using CircularPark.Economics;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Economics;

/// <summary>
/// Park economics of a region and year for its officials: one item at a time (value, last year, growth, shares of the
/// city's and province's parks, 亩均), the cities' and provinces' roll-ups, and what each region reported for itself.
/// </summary>
[Authorize]
public sealed class IndexModel(GetEconomics get, TimeProvider clock) : PageModel
{
    public EconomicsView? View { get; private set; }
    public EconomicItemView? Item { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "item")] public string? ItemCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Region ??= user.RegionPath?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "000000";
        Year ??= CircularPark.Time.ChinaTime.Today(clock).Year - 1;
        var outcome = await get.ExecuteAsync(Region, Year.Value, user, ct);
        if (outcome.Failure is { Kind: OutcomeKind.Forbidden }) return Forbid();
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value;
        Item = View.Items.FirstOrDefault(i => i.Code == ItemCode) ?? View.Items[0];
        return Page();
    }

    public string RegionName(string? code) => code is not null && View!.RegionNames.TryGetValue(code, out var name) ? name : code ?? "";

    public static string Number(double? value, string format = "#,0.##") => value?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}

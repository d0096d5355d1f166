using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>
/// A campaign's follow-up of the expert opinions, park by park (专家意见整改落实情况): the province (or a city, its parks) sees
/// how many items each approved park has open, answered, confirmed and returned, with a link to each park's items.
/// </summary>
[Authorize]
public sealed class FollowUpModel(GetFollowUpOverview overview) : PageModel
{
    public string Code { get; private set; } = "";
    public IReadOnlyList<FollowUpParkRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var result = await overview.ExecuteAsync(code, AccessScope.From(User), ct);
        if (!result.IsOk) return result.Kind == OutcomeKind.Forbidden ? Forbid() : NotFound();
        (Code, Rows) = (code, result.Value);
        return Page();
    }
}

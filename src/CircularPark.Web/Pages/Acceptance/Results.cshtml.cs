using CircularPark.Acceptance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>Public: a campaign's acceptance results and the notice of the parks that failed (with the Word notice).</summary>
public sealed class ResultsModel(GetAcceptanceResults results) : PageModel
{
    public AcceptanceResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Results = await results.ExecuteAsync(code, ct);
        return Results is null ? NotFound() : Page();
    }
}

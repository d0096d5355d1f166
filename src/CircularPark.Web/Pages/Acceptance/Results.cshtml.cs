using CircularPark.Acceptance;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>Public: a campaign's acceptance results and the notice of the parks that failed (with the Word notice).</summary>
public sealed class ResultsModel(GetAcceptanceResults results, RecordPublishedResults record) : PageModel
{
    public AcceptanceResults? Results { get; private set; }

    /// <summary>The user may record published results (the link to that page): the use case's own answer.</summary>
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        CanRecord = User.Identity?.IsAuthenticated == true && (await record.LoadCampaignAsync(code, AccessScope.From(User), ct)).Refusal is null;
        Results = await results.ExecuteAsync(code, ct);
        return Results is null ? NotFound() : Page();
    }
}

using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>The park's application form: a key project of its approved plan (given as "plan:key"), the sub-type, eligible investment, request, green designation.</summary>
[Authorize]
public sealed class ApplyModel(GetFundProgramme get, ApplyForFunds apply) : PageModel
{
    public FundProgrammeView? Programme { get; private set; }
    public IReadOnlyList<ApprovedProject> Projects { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public string? Project { get; set; }
    [BindProperty] public string? SubType { get; set; }
    [BindProperty] public decimal EligibleInvestment { get; set; }
    [BindProperty] public decimal Requested { get; set; }
    [BindProperty] public string? GreenDesignation { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (FundPages.Unreadable(this) is { } unreadable) { Message = unreadable; return Page(); }
        var user = AccessScope.From(User);
        var (plan, key) = Project?.Split(':', 2) is [var p, var k] && int.TryParse(p, out var planId) ? ((int?)planId, k) : (null, Project);
        var input = new FundApplicationInput(user.ParkId ?? 0, key, SubType, EligibleInvestment, Requested, GreenDesignation, Reason, plan);
        var done = await apply.ExecuteAsync(id, input, user, ct);
        if (done.IsOk) return Redirect($"/funds/applications/{done.Value.ApplicationId}");
        return PageOutcomes.Show(this, done.Failure!, m => Message = m) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        // A park applies for its own park: the applicant is the park the account speaks for.
        if (user.ParkId is not { } park || !user.Holds(Permissions.FundsApply)) return Forbid();
        var view = await get.ExecuteAsync(id, user, ct);
        if (!view.IsOk) return PageOutcomes.Show(this, view.Failure!, m => Message = m);
        Programme = view.Value;
        Projects = await apply.ProjectsAsync(park, ct);
        return null;
    }
}

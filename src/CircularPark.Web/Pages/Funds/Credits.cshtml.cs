using CircularPark.Funds;
using CircularPark.Parks;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>A park's bank credit for its key projects (a source without a grant lifecycle): the list, and a form for the park's users.</summary>
[Authorize]
public sealed class CreditsModel(ListFundCredits list, RecordFundCredit record, ApplyForFunds apply, ListFundProgrammes programmes, CircularPark.Data.AppDbContext db) : PageModel
{
    public IReadOnlyList<FundCreditView> Credits { get; private set; } = [];
    public IReadOnlyList<ApprovedProject> Projects { get; private set; } = [];
    public IReadOnlyList<FundProgrammeSummary> CreditLines { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct) => await LoadAsync(parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int parkId, string? project, string? bank, decimal amount, string? contractNumber, DateOnly? effectiveOn,
        string? programme, CancellationToken ct)
    {
        if (FundPages.Unreadable(this) is { } unreadable) Message = unreadable;
        else
        {
            var (plan, key) = project?.Split(':', 2) is [var p, var k] && int.TryParse(p, out var id) ? ((int?)id, k) : (null, project);
            var done = await record.ExecuteAsync(new FundCreditInput(parkId, key, bank, amount, contractNumber, effectiveOn, programme, plan), AccessScope.From(User), ct);
            if (done.IsOk) Done = FundPages.Done;
            else if (PageOutcomes.Show(this, done.Failure!, m => Message = m) is { } refused) return refused;
        }
        return await LoadAsync(parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var credits = await list.ExecuteAsync(parkId, user, ct);
        if (!credits.IsOk) return PageOutcomes.Show(this, credits.Failure!, m => Message = m);
        Credits = credits.Value;
        CanRecord = await ParkAccess.FindAsync(db, parkId, ct) is { } place && place.Allows(user, Permissions.FundsApply);
        if (CanRecord)
        {
            Projects = await apply.ProjectsAsync(parkId, ct);
            CreditLines = (await programmes.ExecuteAsync(user, ct)).Where(p => p.Source == FundSource.BankLoan).ToList();
        }
        return null;
    }
}

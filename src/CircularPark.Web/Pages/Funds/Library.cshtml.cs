using CircularPark.Funds;
using CircularPark.Identity;
using CircularPark.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>The key-project library across the parks the user may see, with its filters, totals and the xlsx 资金安排及拨付情况表.</summary>
[Authorize]
public sealed class LibraryModel(GetFundLibrary library, ListFundProgrammes programmes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectClass? Class { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubType { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public FundSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Programme { get; set; }

    public FundLibraryView? View { get; private set; }
    public IReadOnlyList<FundProgrammeSummary> Programmes { get; private set; } = [];
    public string? Message { get; private set; }

    public string Query => Request.QueryString.Value ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (!Permissions.FundsRead.IsFor(user.Role)) return Forbid();
        Message = FundPages.Unreadable(this);
        View = await library.ExecuteAsync(new FundLibraryFilter(Region, null, Class, SubType, Status, Source, Programme), user, ct);
        Programmes = await programmes.ExecuteAsync(user, ct);
        return Page();
    }
}

using CircularPark.Acceptance;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>Public: the library of experiences and typical cases, searched by words; writers also see their drafts.</summary>
public sealed class CasesModel(SearchExperienceCases search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<CaseView> Cases { get; private set; } = [];

    public bool CanWrite => AccessScope.From(User).Holds(Permissions.CaseWrite);

    public async Task OnGetAsync(CancellationToken ct) => Cases = await search.ExecuteAsync(Q, AccessScope.From(User), ct);
}

using CircularPark.Assessments;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>The assessments a user may see (every published one; officials also their region's drafts) and where to start a scheme.</summary>
public sealed class IndexModel(ListSchemes list) : PageModel
{
    public IReadOnlyList<SchemeSummary> Schemes { get; private set; } = [];
    public bool CanDefine { get; private set; }
    public bool CanReadEconomics { get; private set; }
    public string? RegionCode { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Schemes = await list.ExecuteAsync(user, ct);
        RegionCode = user.RegionPath?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        // The user's own region's scheme and economics: an administrator has no region of their own, so neither link.
        var own = ScopeTarget.Region(user.RegionPath ?? "");
        CanDefine = user.RegionPath is { Length: > 0 } && user.Allows(Permissions.AssessmentScheme, own);
        CanReadEconomics = user.RegionPath is { Length: > 0 } && user.Allows(Permissions.EconomicsRead, own);
    }
}

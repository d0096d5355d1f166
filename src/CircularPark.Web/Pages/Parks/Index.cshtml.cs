using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Parks;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicCache.Policy)]
public sealed class IndexModel(SearchParks search, AppDbContext db) : PageModel
{
    public ParkQuery Query { get; private set; } = new(null, null, null, null, null, null, null, null, null);
    public ParkFilter Filter { get; private set; } = new();
    public ParkPage Result { get; private set; } = new(0, 1, 50, []);
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? region, string? level, string? kind, string? campaign, string? state, int? year, int? p, CancellationToken ct)
    {
        Query = new ParkQuery(q, region, level, kind, campaign, state, year, p, null);
        if (!Query.TryGetFilter(out var filter, out var errors)) Errors = errors;
        if (await search.RegionProblemAsync(filter, ct) is { } wrong) Errors = new Dictionary<string, Bilingual>(errors) { ["region"] = wrong };
        Filter = filter;
        Result = await search.ExecuteAsync(filter, AccessScope.From(User), ct);
        Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
    }

    public string ExportQuery => QueryString(null);

    public string PageQuery(int page) => QueryString(page);

    private string QueryString(int? page)
    {
        var pairs = new Dictionary<string, string?>
        {
            ["q"] = Query.Q, ["region"] = Query.Region, ["level"] = Query.Level, ["kind"] = Query.Kind, ["campaign"] = Query.Campaign,
            ["state"] = Query.State, ["year"] = Query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return string.Join('&', pairs.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => $"{x.Key}={Uri.EscapeDataString(x.Value!)}"));
    }
}

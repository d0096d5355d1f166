using System.Globalization;
using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Engines.Acceptance;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>
/// A campaign's acceptance rules: anyone may read them (they are part of the published call); the province sets them.
/// The grade scale is written one band a line: lowest score, grade code, and "fail" when the band does not pass.
/// </summary>
public sealed class RulesModel(AppDbContext db) : PageModel
{
    public string Code { get; private set; } = "";
    public string CampaignTitle { get; private set; } = "";
    public AcceptanceRules Rules { get; private set; } = new();
    public RulesView? View { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public bool CanEdit => AccessScope.From(User).Holds(Permissions.CampaignOwn);

    /// <summary>The bands as the form shows them, one a line.</summary>
    public string BandLines => string.Join("\n", Rules.Scale().Bands.Select(b =>
        $"{b.MinScore.ToString("0.##", CultureInfo.InvariantCulture)} {b.Grade}{(b.Passes ? "" : " fail")}"));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, DateOnly? acceptanceDueOn, DateOnly? delayRequestDueOn, int? maxDelayRequests,
        int? maxDelayMonths, string? bands, [FromServices] SetAcceptanceRules set, CancellationToken ct)
    {
        var parsed = ParseBands(bands);
        var input = new RulesInput(acceptanceDueOn, delayRequestDueOn, maxDelayRequests, maxDelayMonths, 100, parsed);
        var result = await set.ExecuteAsync(code, input, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        var culture = CultureInfo.CurrentUICulture;
        if (result.IsOk) Done = Localization.Text.Get("Sel.Done").In(culture);
        else Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    /// <summary>"90 excellent", "0 fail fail" …; a line that is not a number and a word becomes a band without a name (refused by the rule).</summary>
    private static List<GradeBand> ParseBands(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var score = double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN;
            return new GradeBand(score, parts.ElementAtOrDefault(1) ?? "", !parts.Skip(2).Contains("fail", StringComparer.OrdinalIgnoreCase));
        }).ToList();

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return false;
        (Code, CampaignTitle) = (campaign.Code, campaign.TitleZh);
        Rules = await AcceptanceRules.LoadAsync(db, campaign.Id, ct);
        View = RulesView.From(Rules, campaign);
        return true;
    }
}

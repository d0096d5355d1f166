using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Reports;
using CircularPark.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>
/// A campaign's spot checks (抽查, ADR 0079): published results for anyone; the campaign's owner draws a check, records each
/// drawn park's result (date, 合格/不合格/整改, findings) and publishes them. The use cases decide who may.
/// </summary>
public sealed class SpotChecksModel(SpotCheckResults checks, DrawSpotCheck draw, RecordPublishedResults owner, AppDbContext db) : PageModel
{
    public string Code { get; private set; } = "";
    public string CampaignTitle { get; private set; } = "";
    public IReadOnlyList<SpotCheckResultsView> Checks { get; private set; } = [];
    public bool CanOwn { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }
    public string Today => db.Clock.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct);

    public async Task<IActionResult> OnPostDrawAsync(string code, int size, CancellationToken ct) =>
        await After(code, (await draw.ExecuteAsync(code, size, null, AccessScope.From(User), ct)).WithoutValue(), ct);

    public async Task<IActionResult> OnPostResultAsync(string code, int id, int parkId, DateOnly? checkedOn, SpotCheckOutcome? outcome, string? findings, CancellationToken ct) =>
        await After(code, (await checks.RecordAsync(id, parkId, new SpotCheckResultInput(checkedOn, outcome, findings), AccessScope.From(User), ct)).WithoutValue(), ct);

    public async Task<IActionResult> OnPostPublishAsync(string code, int id, DateOnly? publishedOn, CancellationToken ct) =>
        await After(code, (await checks.PublishAsync(id, publishedOn, AccessScope.From(User), ct)).WithoutValue(), ct);

    private async Task<IActionResult> After(string code, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.Forbidden) return Forbid();
        if (outcome.IsOk) Done = Localization.Text.Get("Sel.Done").In(System.Globalization.CultureInfo.CurrentUICulture);
        else Message = PageOutcomes.Explain(outcome.Failure!);
        return await LoadAsync(code, ct);
    }

    private async Task<IActionResult> LoadAsync(string code, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return NotFound();
        (Code, CampaignTitle) = (campaign.Code, Localization.Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture) ? campaign.TitleEn : campaign.TitleZh);
        CanOwn = User.Identity?.IsAuthenticated == true && (await owner.LoadCampaignAsync(code, AccessScope.From(User), ct)).Refusal is null;
        Checks = await checks.ListAsync(campaign.Id, AccessScope.From(User), ct);
        return Page();
    }
}

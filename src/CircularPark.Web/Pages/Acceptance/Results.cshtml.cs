using System.Globalization;
using CircularPark.Acceptance;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>
/// Public: a campaign's acceptance results, the notices of failed parks the province issued (each with its number and date)
/// and the current one (a draft until issued, ADR 0079); the campaign's owner issues a notice here.
/// </summary>
public sealed class ResultsModel(GetAcceptanceResults results, RecordPublishedResults record, GetFailedParksNotice notices, IssueFailedParksNotice issue) : PageModel
{
    public AcceptanceResults? Results { get; private set; }
    public IReadOnlyList<IssuedNoticeView> Issued { get; private set; } = [];

    /// <summary>The user owns the campaign (records published results, issues notices): the use case's own answer.</summary>
    public bool CanRecord { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct);

    public async Task<IActionResult> OnPostIssueAsync(string code, string? number, DateOnly? issuedOn, CancellationToken ct)
    {
        var outcome = await issue.ExecuteAsync(code, new NoticeIssueInput(number, issuedOn), AccessScope.From(User), ct);
        if (outcome.IsOk) Done = Localization.Text.Get("Notice.Issued", outcome.Value.Number, outcome.Value.Lines.Count).In(CultureInfo.CurrentUICulture);
        else if (outcome.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
        else Message = PageOutcomes.Explain(outcome.Failure!);
        return await LoadAsync(code, ct);
    }

    private async Task<IActionResult> LoadAsync(string code, CancellationToken ct)
    {
        CanRecord = User.Identity?.IsAuthenticated == true && (await record.LoadCampaignAsync(code, AccessScope.From(User), ct)).Refusal is null;
        Results = await results.ExecuteAsync(code, ct: ct);
        Issued = await notices.ListAsync(code, ct) ?? [];
        return Results is null ? NotFound() : Page();
    }
}

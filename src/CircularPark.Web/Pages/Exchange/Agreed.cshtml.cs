using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.ExchangePlatform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CircularPark.Time;

namespace CircularPark.Web.Pages.Exchange;

/// <summary>Follow-up of agreed exchanges: delivered against agreed tonnes, and a form to record a delivery.</summary>
[Authorize]
public sealed class AgreedModel(ListExchanges list, RecordDelivery record, ConfirmDelivery confirm, AgreeExchanges agree, TimeProvider clock) : PageModel
{
    public DateOnly Today => clock.Today();

    public IReadOnlyList<ExchangeView> Exchanges { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Exchanges = await list.ExecuteAsync(null, AccessScope.From(User), ct);

    public async Task<IActionResult> OnPostDeliveryAsync(int id, DateOnly deliveredOn, double tonnes, CancellationToken ct)
    {
        var result = await record.ExecuteAsync(id, new DeliveryDraft(deliveredOn, tonnes), AccessScope.From(User), ct);
        return await AnswerAsync(result.Outcome, result.Errors, ct);
    }

    /// <summary>The receiver confirms a delivery the supplier recorded.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int delivery, CancellationToken ct)
    {
        var result = await confirm.ExecuteAsync(delivery, AccessScope.From(User), ct);
        return await AnswerAsync(result.Outcome, result.Errors, ct);
    }

    /// <summary>The other side agrees to a proposed exchange (the allocation of its run), at the proposed tonnes.</summary>
    public async Task<IActionResult> OnPostAgreeAsync(int run, int allocation, CancellationToken ct)
    {
        var result = await agree.ExecuteAsync(run, [new AgreeItem(allocation)], AccessScope.From(User), ct);
        return await AnswerAsync(result.Outcome, result.Outcome == UpdateOutcome.Conflict
            ? new Dictionary<string, Bilingual> { ["state"] = Text.Get("Exchange.Conflict") } : result.Errors, ct);
    }

    /// <summary>One answer for every step of the page: back to the list when done, else 403, 404 or the reasons shown above the list.</summary>
    private async Task<IActionResult> AnswerAsync(UpdateOutcome outcome, IReadOnlyDictionary<string, Bilingual>? errors, CancellationToken ct)
    {
        switch (outcome)
        {
            case UpdateOutcome.Updated: return Redirect("/exchange/agreed");
            case UpdateOutcome.Forbidden: return Forbid();
            case UpdateOutcome.NotFound: return NotFound();
        }
        Errors = [.. (errors?.Values ?? []).Select(e => e.In(CultureInfo.CurrentUICulture))];
        await OnGetAsync(ct);
        return Page();
    }
}

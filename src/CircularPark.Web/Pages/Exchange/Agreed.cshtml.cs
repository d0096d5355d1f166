using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Identity;
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
        return await AnswerAsync(result.Failure, ct);
    }

    /// <summary>The receiver confirms a delivery the supplier recorded.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int delivery, CancellationToken ct)
    {
        var result = await confirm.ExecuteAsync(delivery, AccessScope.From(User), ct);
        return await AnswerAsync(result.Failure, ct);
    }

    /// <summary>The other side agrees to a proposed exchange (the allocation of its run), at the proposed tonnes.</summary>
    public async Task<IActionResult> OnPostAgreeAsync(int run, int allocation, CancellationToken ct)
    {
        var result = await agree.ExecuteAsync(run, [new AgreeItem(allocation)], AccessScope.From(User), ct);
        return await AnswerAsync(result.Failure, ct);
    }

    /// <summary>One answer for every step of the page: back to the list when done, else 403, 404 or the reasons shown above the list.</summary>
    private async Task<IActionResult> AnswerAsync(Failure? failure, CancellationToken ct)
    {
        switch (failure?.Kind)
        {
            case null: return Redirect("/exchange/agreed");
            case OutcomeKind.Forbidden: return Forbid();
            case OutcomeKind.NotFound: return NotFound();
        }
        var culture = CultureInfo.CurrentUICulture;
        Errors = failure.Errors is { Count: > 0 } errors ? [.. errors.Values.Select(e => e.In(culture))] : failure.Message is { } why ? [why.In(culture)] : [];
        await OnGetAsync(ct);
        return Page();
    }
}

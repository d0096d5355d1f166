using System.Globalization;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>How the funds pages show an outcome: 404 and 403 as such, field errors beside their fields, the reason as the page's message.</summary>
internal static class FundPages
{
    public static bool English => Bilingual.IsEnglish(CultureInfo.CurrentUICulture);

    /// <summary>The result to return for a failure (404, 403), or null after writing its errors and message into the page.</summary>
    public static IActionResult? Show(PageModel page, Failure failure, Action<string> message)
    {
        if (failure.Kind == OutcomeKind.NotFound) return page.NotFound();
        if (failure.Kind == OutcomeKind.Forbidden) return page.Forbid();
        foreach (var (field, text) in failure.Errors ?? new Dictionary<string, Bilingual>()) page.ModelState.AddModelError(field, text.In(English));
        message(failure.Explain(English));
        return null;
    }

    /// <summary>
    /// A value the form could not read (a word in a number field) is named back and nothing is done, instead of the field
    /// counting as left out (which for an amount would mean "the most the rules allow").
    /// </summary>
    public static string? Unreadable(PageModel page)
    {
        if (page.ModelState.IsValid) return null;
        var fields = page.ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => $"{e.Key}（{e.Value!.AttemptedValue}）");
        return Text.Get("Fund.Page.Unreadable", string.Join("、", fields)).In(English);
    }

    public static string Done => Text.Get("Sel.Done").In(English);
}

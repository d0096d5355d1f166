using System.Globalization;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages;

/// <summary>
/// The one mapping of a use case's <see cref="Failure"/> to a page (ADR 0044): 404 and 403 as such, field errors beside
/// their fields, the reason as the page's message, in the request's language.
/// </summary>
internal static class PageOutcomes
{
    private static bool English => Bilingual.IsEnglish(CultureInfo.CurrentUICulture);

    /// <summary>The result to return for a failure (404, 403), or null after writing its errors and message into the page.</summary>
    public static IActionResult? Show(PageModel page, Failure failure, Action<string> message)
    {
        if (failure.Kind == OutcomeKind.NotFound) return page.NotFound();
        if (failure.Kind == OutcomeKind.Forbidden) return page.Forbid();
        foreach (var (field, text) in failure.Errors ?? new Dictionary<string, Bilingual>()) page.ModelState.AddModelError(field, text.In(English));
        message(failure.Explain(English));
        return null;
    }

    /// <summary>Why it was not done, in the request's language: the reason, or the field errors joined.</summary>
    public static string Explain(Failure failure) => failure.Explain(English);
}

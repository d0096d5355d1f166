using System.Globalization;
using CircularPark.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>What the funds pages share: the request's language, the reading of a form the binder could not read, the done message.</summary>
internal static class FundPages
{
    public static bool English => Bilingual.IsEnglish(CultureInfo.CurrentUICulture);

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

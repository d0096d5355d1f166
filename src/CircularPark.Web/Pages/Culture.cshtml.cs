using CircularPark.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages;

/// <summary>Switches the UI language (zh-CN or en) for a year and returns to the page the user was on.</summary>
public sealed class CultureModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string? c, string? returnUrl)
    {
        var culture = WebSetup.Cultures.FirstOrDefault(x => x.Name == c) ?? WebSetup.Cultures[0];
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}

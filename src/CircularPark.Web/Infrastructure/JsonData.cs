using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Data for a page's script as <c>&lt;script type="application/json" id="…"&gt;</c>: the Content-Security-Policy allows no
/// inline script, so pages hand data to wwwroot/js this way (read with <c>JSON.parse(element.textContent)</c>). Every
/// "&lt;" is written as \u003c, so no text in the data can close the element.
/// </summary>
public static class JsonData
{
    public static IHtmlContent JsonScript(this IHtmlHelper html, string id, string json) =>
        new HtmlString($"<script type=\"application/json\" id=\"{System.Net.WebUtility.HtmlEncode(id)}\">{json.Replace("<", "\\u003c", StringComparison.Ordinal)}</script>");
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The one rule for numbers in tables (issue 14): a table cell whose whole content is a number (with thousands separators,
/// a sign, decimals or a per cent sign) gets the class <c>n</c>, so it is right-aligned in tabular figures wherever it is,
/// without each page remembering to say so. A cell marked <c>code</c> (an industry code, a region code) or <c>key</c> (a
/// record's number in the audit log) is a label and stays as written.
/// </summary>
[HtmlTargetElement("td")]
public sealed partial class NumberCellTagHelper : TagHelper
{
    /// <summary>After the other helpers of the cell, so the content is final.</summary>
    public override int Order => 1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var attribute) ? attribute.Value?.ToString() ?? "" : "";
        if (classes.Split(' ').Any(c => c is "n" or "code" or "key")) return;
        var content = await output.GetChildContentAsync();
        var text = WebUtility.HtmlDecode(content.GetContent()).Trim();
        if (text.Length == 0 || text.Length > 40 || !Number().IsMatch(text)) return;
        output.Attributes.SetAttribute("class", classes.Length == 0 ? "n" : classes + " n");
    }

    [GeneratedRegex(@"^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*%?$")]
    private static partial Regex Number();
}

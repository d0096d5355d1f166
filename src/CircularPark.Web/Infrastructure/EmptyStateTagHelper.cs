using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// What a table or chart with no data says instead of a bare header (issue 14): one sentence on what to do next and, where a
/// page does it, a link there. <c>&lt;empty-state text="@L["Ind.NoStatistics"]" href="/parks/9/statistics" link="@L["Stats.Title"]" /&gt;</c>
/// renders <c>&lt;p class="empty-state" role="note" data-empty&gt;…&lt;/p&gt;</c>, so every page shows it the same way and tests
/// find it by one selector.
/// </summary>
[HtmlTargetElement("empty-state", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EmptyStateTagHelper : TagHelper
{
    /// <summary>The sentence (localised by the page): what is missing and what to do.</summary>
    public required string Text { get; set; }

    /// <summary>The page where it is done; no link when null (the user cannot do it, or no page does).</summary>
    public string? Href { get; set; }

    /// <summary>The link's text (localised by the page).</summary>
    public string? Link { get; set; }

    public string? Id { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "empty-state");
        output.Attributes.SetAttribute("role", "note");
        output.Attributes.SetAttribute("data-empty", "");
        if (Id is not null) output.Attributes.SetAttribute("id", Id);
        output.Content.Append(Text);
        if (Href is null || string.IsNullOrEmpty(Link)) return;
        var anchor = new TagBuilder("a");
        anchor.Attributes["href"] = Href;
        anchor.InnerHtml.Append(Link);
        output.Content.AppendHtml(" ");
        output.Content.AppendHtml(anchor);
    }
}

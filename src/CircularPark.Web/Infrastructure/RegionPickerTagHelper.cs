using System.Globalization;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// A region input with a searchable list: <c>&lt;region-picker name="Form.ScopeRegion" value="440000" levels="province,city" /&gt;</c>.
/// The field shows the full name (广东省, 江苏省苏州市) and submits the chosen region's code; wwwroot/js/region-picker.js lists
/// matches from <c>GET /api/regions</c> as the user types (no inline script). Without script, or when nothing is chosen, the
/// typed text is submitted and the server reads it as people write it (<see cref="RegionInput"/>).
/// </summary>
[HtmlTargetElement("region-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RegionPickerTagHelper(AppDbContext db) : TagHelper
{
    /// <summary>The form field that receives the code (or the typed text).</summary>
    public required string Name { get; set; }

    /// <summary>The current value: a code or a name as typed.</summary>
    public string? Value { get; set; }

    /// <summary>The levels offered, comma-separated (nation, province, city, county); all when empty.</summary>
    public string? Levels { get; set; }

    /// <summary>Offer regions valid on this date (today when not given).</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>Offer only regions within this code.</summary>
    public string? Within { get; set; }

    public string? Id { get; set; }

    public string? Placeholder { get; set; }

    public bool Required { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var regions = await db.RegionDirectoryAsync();
        var asOf = AsOf ?? db.Clock.Today();
        var chosen = Value is { Length: 6 } code ? regions.FindByCode(code, asOf) ?? regions.FindByCode(code) : null;
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        var id = TagBuilder.CreateSanitizedId(Id ?? Name, "-");
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "region-picker");
        output.Attributes.SetAttribute("data-region-picker", "");
        output.Attributes.SetAttribute("data-levels", Levels ?? "");
        output.Attributes.SetAttribute("data-as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("data-within", Within ?? "");
        output.Content.AppendHtml(Text(id, chosen is null ? Value : regions.FullName(chosen, english)));
        output.Content.AppendHtml(Hidden(chosen?.Code ?? ""));
        output.Content.AppendHtml(List(id));
    }

    private TagBuilder Text(string id, string? shown)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.MergeAttributes(new Dictionary<string, string?>
        {
            ["type"] = "text", ["id"] = id, ["name"] = Name, ["value"] = shown ?? "", ["autocomplete"] = "off", ["role"] = "combobox",
            ["aria-autocomplete"] = "list", ["aria-expanded"] = "false", ["aria-controls"] = id + "-options", ["placeholder"] = Placeholder,
        });
        if (Required) input.Attributes["required"] = "required";
        return input;
    }

    private static TagBuilder Hidden(string code)
    {
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.MergeAttributes(new Dictionary<string, string?> { ["type"] = "hidden", ["value"] = code, ["data-region-code"] = "" });
        return hidden;
    }

    private static TagBuilder List(string id)
    {
        var list = new TagBuilder("ul");
        list.MergeAttributes(new Dictionary<string, string?> { ["id"] = id + "-options", ["role"] = "listbox", ["class"] = "region-options", ["hidden"] = "hidden" });
        return list;
    }
}

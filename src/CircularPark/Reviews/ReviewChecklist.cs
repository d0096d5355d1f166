using CircularPark.Campaigns;
using CircularPark.Localization;

namespace CircularPark.Reviews;

/// <summary>One item of a campaign's review checklist, scored 0 (a serious gap), 1 (to improve) or 2 (fine).</summary>
public sealed class CampaignChecklistItem
{
    /// <summary>Stable code such as <c>chain-strength</c>: lower-case letters, digits and hyphens.</summary>
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string LabelZh { get; set; }
    public string LabelEn { get; set; } = "";
}

/// <summary>
/// The review checklist. The default has one item per criticism the nine Guangdong opinions of seed 000 make
/// (domain.md §8; labels are <c>Checklist.&lt;code&gt;</c> messages); each campaign holds its own copy, which its owner
/// may change until the first panel is assigned.
/// </summary>
public static class ReviewChecklist
{
    public const int MaxScore = 2;

    public static readonly IReadOnlyList<string> Codes =
    [
        "chain-strength", "chain-diagram", "energy-infrastructure", "energy-cascade", "benefit-analysis",
        "material-flow", "indicator-system", "waste-chain-links", "key-projects", "spatial-layout",
        "public-platform", "feedstock-source", "project-operation", "self-funded-follow-up", "shared-infrastructure",
    ];

    public static Bilingual Label(string code) => Text.Get($"Checklist.{code}");

    /// <summary>The default checklist (domain.md §8) as items a campaign can hold.</summary>
    public static List<CampaignChecklistItem> Default() =>
        Codes.Select((code, i) => new CampaignChecklistItem { Code = code, Position = i + 1, LabelZh = Label(code).Zh, LabelEn = Label(code).En }).ToList();

    /// <summary>The checklist the campaign's reviews score: its own items, or the default when it has none.</summary>
    public static IReadOnlyList<CampaignChecklistItem> Of(Campaign campaign) =>
        campaign.Checklist.Count > 0 ? campaign.Checklist.OrderBy(i => i.Position).ToList() : Default();

    /// <summary>Field-keyed errors of a checklist as its owner writes it: codes well-formed and unique, a Chinese label on each.</summary>
    public static Dictionary<string, Bilingual> Check(IReadOnlyList<CampaignChecklistItem> items)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (items.Count == 0) errors["checklist"] = Text.Get("Checklist.Empty");
        for (var i = 0; i < items.Count; i++)
        {
            var code = items[i].Code ?? "";
            if (code.Length is 0 or > 40 || !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                errors[$"checklist[{i}].code"] = Text.Get("Checklist.Code", code);
            else if (string.IsNullOrWhiteSpace(items[i].LabelZh) || items[i].LabelZh.Length > 200)
                errors[$"checklist[{i}].labelZh"] = Text.Get("Plan.Required", "评审要点", "Checklist item");
        }
        if (items.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors.TryAdd("checklist", Text.Get("Checklist.Twice", twice.Key));
        return errors;
    }

    /// <summary>Trimmed copies numbered in the order given.</summary>
    public static List<CampaignChecklistItem> Normalise(IReadOnlyList<CampaignChecklistItem> items) =>
        items.Select((item, i) => new CampaignChecklistItem
        {
            Code = item.Code.Trim(), Position = i + 1, LabelZh = item.LabelZh.Trim(), LabelEn = item.LabelEn?.Trim() ?? "",
        }).ToList();
}

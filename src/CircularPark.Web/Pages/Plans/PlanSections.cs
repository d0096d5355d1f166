namespace CircularPark.Web.Pages.Plans;

/// <summary>
/// The plan editor's sections in the plan's order (ADR 0087): each one's anchor, its title's resource key and the content
/// fields it holds (the first part of an error's key, e.g. <c>projects</c> of <c>projects[1].endYear</c>, or of a required
/// part's field), so a failed save opens the section of its first error and a missing required part marks its tab.
/// </summary>
public static class PlanSections
{
    public sealed record Section(string Id, string TitleKey, IReadOnlyList<string> Fields);

    public const string Tasks = "sec-tasks";

    public static IReadOnlyList<Section> All { get; } =
    [
        new("sec-basic", "Plan.Basic", ["baselineYear", "periodStartYear", "periodEndYear", "basicSituation", "materialFlowAnalysis"]),
        new(Tasks, "Plan.Tasks", ["tasks"]),
        new("sec-projects", "Plan.Projects", ["projects", "investmentYears"]),
        new("sec-targets", "Plan.Targets", ["targets"]),
        new("sec-pollutants", "Plan.Pollutants", ["pollutants"]),
        new("sec-benefits", "Plan.Benefits", ["benefitEconomic", "benefitEnvironmental", "benefitSocial"]),
        new("sec-safeguards", "Plan.Safeguards", ["safeguards"]),
    ];

    /// <summary>The sections the editor shows: 主要任务 only where the campaign sets tasks (Guangdong's 923号 sets none, ADR 0077).</summary>
    public static IReadOnlyList<Section> For(PlanForm form) => [.. All.Where(s => s.Id != Tasks || form.Tasks.Count > 0)];

    /// <summary>The section holding <paramref name="field"/> (an error key in either case, e.g. <c>Projects[0].Investments[2]</c>); null for none (a clash).</summary>
    public static Section? Holding(string field)
    {
        var head = field.Split('[', '.')[0];
        return All.FirstOrDefault(s => s.Fields.Contains(head, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Of the sections holding <paramref name="fields"/>, the first in the plan's order: where a failed save reopens.</summary>
    public static Section? First(IEnumerable<string> fields) =>
        fields.Select(Holding).OfType<Section>().OrderBy(s => IndexOf(s.Id)).FirstOrDefault();

    private static int IndexOf(string id) => All.Select((s, i) => (s, i)).First(x => x.s.Id == id).i;
}

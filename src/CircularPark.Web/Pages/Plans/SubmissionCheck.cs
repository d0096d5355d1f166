using CircularPark.Localization;
using CircularPark.Plans;

namespace CircularPark.Web.Pages.Plans;

/// <summary>
/// The 提交前检查 panel (ADR 0087): each part <see cref="PlanRules.RequiredForSubmission"/> names, done or missing as
/// <see cref="PlanRules.MissingForSubmission"/> — the rule <see cref="SubmitPlan"/> refuses by — decides for the saved
/// content, with the editor section that holds it. Links go to that section in the editor (<paramref name="InEditor"/>: on
/// the same page).
/// </summary>
public sealed record SubmissionCheck(int PlanId, IReadOnlyList<SubmissionCheck.Item> Items, bool InEditor)
{
    public sealed record Item(Bilingual Name, bool Missing, string SectionId);

    public int MissingCount => Items.Count(i => i.Missing);

    /// <summary>Whether a section lacks a required part (its tab carries a marker).</summary>
    public bool Marks(string sectionId) => Items.Any(i => i.Missing && i.SectionId == sectionId);

    public string LinkTo(Item item) => InEditor ? $"#{item.SectionId}" : $"/plans/{PlanId}/edit#{item.SectionId}";

    public static SubmissionCheck Of(int planId, PlanContent saved, bool inEditor)
    {
        var missing = PlanRules.MissingForSubmission(saved);
        return new(planId, [.. PlanRules.RequiredForSubmission.Select(r => new Item(r.Name, missing.ContainsKey(r.Field), PlanSections.Holding(r.Field)!.Id))], inEditor);
    }
}

using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>The self-assessment report's text sections, as the park writes them (each at most 20,000 characters).</summary>
public sealed record SelfAssessment(string? ProjectCompletion, string? IndicatorAchievement, string? Investment, string? Benefits, string? Problems)
{
    public const int MaxLength = 20_000;

    /// <summary>The section names, in the report's order (also the property names of <see cref="AcceptanceVersion"/>).</summary>
    public static readonly string[] Sections =
        [nameof(ProjectCompletion), nameof(IndicatorAchievement), nameof(Investment), nameof(Benefits), nameof(Problems)];

    public static SelfAssessment From(AcceptanceVersion v) => new(v.ProjectCompletion, v.IndicatorAchievement, v.Investment, v.Benefits, v.Problems);

    private IEnumerable<(string Section, string? Text)> Texts() =>
        Sections.Zip([ProjectCompletion, IndicatorAchievement, Investment, Benefits, Problems]);

    /// <summary>Errors keyed by section (camelCase): too long.</summary>
    public Dictionary<string, Bilingual> Check() =>
        Texts().Where(t => (t.Text?.Length ?? 0) > MaxLength)
            .ToDictionary(t => char.ToLowerInvariant(t.Section[0]) + t.Section[1..], _ => Text.Get("Acceptance.TooLong", MaxLength));

    /// <summary>Errors keyed by section for a submission: every section must be written.</summary>
    public Dictionary<string, Bilingual> CheckComplete() =>
        Texts().Where(t => string.IsNullOrWhiteSpace(t.Text))
            .ToDictionary(t => char.ToLowerInvariant(t.Section[0]) + t.Section[1..], t => Text.Get("Acceptance.SectionRequired", Text.Get($"Acceptance.Section.{t.Section}").Zh, Text.Get($"Acceptance.Section.{t.Section}").En));

    /// <summary>The text of one section, by its name in <see cref="Sections"/>.</summary>
    public string Section(string name) => Texts().FirstOrDefault(t => t.Section == name).Text ?? "";

    public void ApplyTo(AcceptanceVersion v)
    {
        v.ProjectCompletion = ProjectCompletion?.Trim() ?? "";
        v.IndicatorAchievement = IndicatorAchievement?.Trim() ?? "";
        v.Investment = Investment?.Trim() ?? "";
        v.Benefits = Benefits?.Trim() ?? "";
        v.Problems = Problems?.Trim() ?? "";
    }
}

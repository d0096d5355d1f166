using CircularPark.Localization;

namespace CircularPark.Reviews;

/// <summary>
/// The review checklist: one item per criticism the nine Guangdong opinions of seed 000 make (domain.md §8). Each
/// item is scored 0 (a serious gap), 1 (to improve) or 2 (fine); labels are <c>Checklist.&lt;code&gt;</c> messages.
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

    public static bool IsItem(string code) => Codes.Contains(code, StringComparer.Ordinal);
}

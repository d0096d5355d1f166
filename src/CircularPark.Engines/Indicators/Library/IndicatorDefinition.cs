namespace CircularPark.Engines.Indicators.Library;

/// <summary>Group of an indicator, after domain.md §9 and the national expected-results list (§7).</summary>
public enum IndicatorGroup
{
    /// <summary>Resource output (产出): value added per unit of resource.</summary>
    Output = 0,

    /// <summary>Resource consumption (消耗): resource per unit of value added.</summary>
    Consumption = 1,

    /// <summary>Comprehensive utilisation (综合利用).</summary>
    Utilisation = 2,

    /// <summary>Discharges (排放).</summary>
    Discharge = 3,

    /// <summary>Carbon (碳排放).</summary>
    Carbon = 4,

    /// <summary>Expected results of a plan (预期成效): savings and cuts against the baseline year.</summary>
    ExpectedResults = 5,

    /// <summary>Management (管理): audits, recovery schemes reported as rates.</summary>
    Management = 6,

    /// <summary>Defined by a user.</summary>
    Custom = 7,
}

/// <summary>Which way is better for an indicator.</summary>
public enum Direction
{
    /// <summary>Higher is better (productivity, utilisation, savings).</summary>
    HigherIsBetter = 0,

    /// <summary>Lower is better (intensity, discharges).</summary>
    LowerIsBetter = 1,
}

/// <summary>How achievement against a target is measured (domain.md §6), selectable per indicator.</summary>
public enum AchievementMethod
{
    /// <summary>Higher-better: actual ÷ target; lower-better: target ÷ actual.</summary>
    Ratio = 0,

    /// <summary>Improvement achieved ÷ improvement planned = (baseline − actual) ÷ (baseline − target).</summary>
    Improvement = 1,
}

/// <summary>
/// An indicator: code, names, group, declared unit, direction and a formula over data-item codes (and other
/// indicators' codes). The formula language: <c>+ − × ÷</c> (or <c>+ - * /</c>), parentheses, unary minus,
/// numeric constants (invariant, optionally with %), codes, and <c>BASE(…)</c> for the baseline year. The unit
/// inferred from the formula must have the declared unit's dimension; the value is converted to the declared
/// unit (a formula giving 万元/t declared as 元/t is multiplied by 10⁴). A ratio indicator keeps its division
/// at the top of the formula, so that it exposes numerator and denominator for roll-ups.
/// </summary>
/// <param name="Code">Stable code: a letter, then letters, digits or '_' (at most 32); distinct from data-item codes.</param>
/// <param name="NameZh">Name in Simplified Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Group">Group.</param>
/// <param name="Unit">Declared unit (unit expression, e.g. 万元/tce, %, t).</param>
/// <param name="Direction">Higher or lower is better.</param>
/// <param name="Formula">The formula.</param>
/// <param name="Source">Where the definition comes from.</param>
public sealed record IndicatorDefinition(
    string Code,
    string NameZh,
    string NameEn,
    IndicatorGroup Group,
    string Unit,
    Direction Direction,
    string Formula,
    string Source)
{
    /// <summary>How achievement is measured; <see cref="AchievementMethod.Ratio"/> unless set.</summary>
    public AchievementMethod AchievementMethod { get; init; }

    /// <summary>False for indicators users defined.</summary>
    public bool IsBuiltIn { get; init; }
}

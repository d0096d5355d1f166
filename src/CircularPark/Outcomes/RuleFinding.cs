using CircularPark.Engines.Indicators;

namespace CircularPark.Outcomes;

/// <summary>A rule the input breaks (statistics, a formula), in both languages, with the item it concerns; errors block saving, warnings do not.</summary>
/// <param name="Code">The rule's code (also its message key).</param>
/// <param name="Severity">"error" (blocks saving and submitting) or "warning".</param>
/// <param name="Item">The data item or indicator concerned.</param>
/// <param name="MessageZh">Message in Chinese.</param>
/// <param name="MessageEn">Message in English.</param>
/// <param name="Position">For a formula: the zero-based character where the problem starts.</param>
/// <param name="Excerpt">For a formula: the formula with a caret line under the spot.</param>
public sealed record RuleFinding(string Code, string Severity, string? Item, string MessageZh, string MessageEn, int? Position = null, string? Excerpt = null)
{
    public static RuleFinding From(IndicatorDiagnostic d) =>
        new(d.Code, d.IsError ? "error" : "warning", d.Subject, d.MessageZh, d.MessageEn, d.Span?.Start, d.Excerpt);
}

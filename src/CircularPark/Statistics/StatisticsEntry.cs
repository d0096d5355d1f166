using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Statistics;

/// <summary>A value as a user enters it: item code, number, unit (null = the item's unit), comment, price base year.</summary>
public sealed record StatisticsEntry(string Code, double Value, string? Unit = null, string? Comment = null, int? PriceBaseYear = null)
{
    public DataEntry ToEngine() => new(Code, Value, Unit) { Comment = Comment, PriceBaseYear = PriceBaseYear };

    public static StatisticsEntry From(StatisticValue v) => new(v.Code, v.EnteredValue, v.EnteredUnit, v.Comment, v.PriceBaseYear);
}

/// <summary>A rule the statistics break, in both languages, with the item it concerns.</summary>
/// <param name="Code">The rule's code (also its message key).</param>
/// <param name="Severity">"error" (blocks saving and submitting) or "warning".</param>
/// <param name="Item">The data item or indicator concerned.</param>
/// <param name="MessageZh">Message in Chinese.</param>
/// <param name="MessageEn">Message in English.</param>
/// <param name="Position">For a formula: the zero-based character where the problem starts.</param>
/// <param name="Excerpt">For a formula: the formula with a caret line under the spot.</param>
public sealed record StatisticsProblem(string Code, string Severity, string? Item, string MessageZh, string MessageEn, int? Position = null, string? Excerpt = null)
{
    public static StatisticsProblem From(IndicatorDiagnostic d) =>
        new(d.Code, d.IsError ? "error" : "warning", d.Subject, d.MessageZh, d.MessageEn, d.Span?.Start, d.Excerpt);
}

using System.Globalization;

namespace CircularPark.Engines.Indicators;

/// <summary>How bad a diagnostic is: an error blocks (a report cannot be submitted, a formula cannot be saved); a warning asks for a look.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Blocks submission or saving.</summary>
    Error = 0,

    /// <summary>Shown to the user; does not block.</summary>
    Warning = 1,
}

/// <summary>A range of characters in a formula: <see cref="Start"/> is 0-based, <see cref="Length"/> ≥ 0.</summary>
/// <param name="Start">Index of the first character (0-based).</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);
}

/// <summary>
/// A failed rule, parse error, unit mismatch or computation that could not be done, returned as data.
/// <see cref="Code"/> is stable (it is also the message's resource key, e.g. <c>Formula.UnknownItem</c>);
/// <see cref="Arguments"/> are the invariant-culture values the message was formatted with (item and
/// indicator codes, not names). Messages exist in Simplified Chinese and English; a formula diagnostic has a
/// <see cref="Span"/> and an <see cref="Excerpt"/> (the formula and a caret line under the spot).
/// </summary>
/// <param name="Code">Stable code and resource key.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Subject">The data item, indicator or coefficient the diagnostic is about (its code).</param>
/// <param name="Span">The spot in the formula, for formula diagnostics; otherwise null.</param>
/// <param name="Arguments">Message arguments, invariant culture.</param>
/// <param name="MessageZh">The message in Simplified Chinese.</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="Excerpt">For formulas: the formula on one line and carets under <see cref="Span"/> on the next.</param>
public sealed record IndicatorDiagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Subject,
    TextSpan? Span,
    IReadOnlyList<string> Arguments,
    string MessageZh,
    string MessageEn,
    string? Excerpt)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in English when <paramref name="culture"/> is English, otherwise in Simplified Chinese.</summary>
    public string Message(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? MessageEn : MessageZh;

    /// <summary>The message followed by the excerpt (when there is one) on the next lines.</summary>
    public string Describe(CultureInfo culture) => Excerpt is null ? Message(culture) : Message(culture) + "\n" + Excerpt;
}

/// <summary>A text in both languages of the product: Simplified Chinese first, English second.</summary>
/// <param name="Zh">Simplified Chinese.</param>
/// <param name="En">English.</param>
public readonly record struct BilingualText(string Zh, string En)
{
    /// <summary>English when <paramref name="culture"/> is English, otherwise Chinese.</summary>
    public string In(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Zh;
}

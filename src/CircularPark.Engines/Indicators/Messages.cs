using System.Globalization;
using CircularPark.Engines.Localization;

namespace CircularPark.Engines.Indicators;

/// <summary>One argument of a message: the text shown in each language and the invariant value kept as data.</summary>
/// <param name="Zh">Shown in the Chinese message.</param>
/// <param name="En">Shown in the English message.</param>
/// <param name="Raw">Kept in <see cref="IndicatorDiagnostic.Arguments"/> (codes, invariant numbers).</param>
internal readonly record struct MessageArg(string Zh, string En, string Raw)
{
    public static implicit operator MessageArg(string text) => new(text, text, text);

    public static implicit operator MessageArg(double value) => Number(value);

    public static implicit operator MessageArg(int value) => Number(value);

    /// <summary>A number printed invariantly with up to 10 significant digits.</summary>
    public static MessageArg Number(double value)
    {
        var text = value.ToString("G10", CultureInfo.InvariantCulture);
        return new MessageArg(text, text, text);
    }

    /// <summary>A code with its name in each language: <c>VA（工业增加值）</c> / <c>VA (value added)</c>.</summary>
    public static MessageArg Named(string code, string zh, string en) => new($"{code}（{zh}）", $"{code} ({en})", code);

    /// <summary>A 1-based character position for humans, kept 0-based as data.</summary>
    public static MessageArg Position(TextSpan span)
    {
        var human = (span.Start + 1).ToString(CultureInfo.InvariantCulture);
        return new MessageArg(human, human, span.Start.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Messages from <c>Indicators/Messages.tsv</c> (key, Simplified Chinese, English).</summary>
internal static class Messages
{
    private static readonly MessageTable Table = MessageTable.Load(typeof(Messages).Assembly, "CircularPark.Engines.Indicators.Messages.tsv");

    /// <summary>Builds a diagnostic; <paramref name="code"/> is the resource key of its message.</summary>
    public static IndicatorDiagnostic Create(string code, DiagnosticSeverity severity, string subject, params MessageArg[] args) =>
        new(code, severity, subject, null, [.. args.Select(a => a.Raw)],
            Format(code, false, args.Select(a => a.Zh)), Format(code, true, args.Select(a => a.En)), null);

    /// <summary>Builds a diagnostic that points at <paramref name="span"/> in <paramref name="formula"/>.</summary>
    public static IndicatorDiagnostic AtSpan(string code, DiagnosticSeverity severity, string subject, string formula, TextSpan span, params MessageArg[] args) =>
        Create(code, severity, subject, [MessageArg.Position(span), .. args]) with { Span = span, Excerpt = Excerpt(formula, span) };

    /// <summary>A label in both languages (resource key such as <c>IndicatorGroup.Output</c>).</summary>
    public static BilingualText Label(string key) => new(Format(key, false, []), Format(key, true, []));

    /// <summary>
    /// The formula on one line and carets under the span on the next. Characters before the span that are
    /// wide in a monospace font (CJK, full-width) are padded with an ideographic space so the carets line up.
    /// </summary>
    public static string Excerpt(string formula, TextSpan span)
    {
        var line = formula.Replace('\r', ' ').Replace('\n', ' '); // one character for one, so spans stay in place
        var start = Math.Clamp(span.Start, 0, line.Length);
        var pad = string.Concat(line.AsSpan(0, start).ToArray().Select(c => IsWide(c) ? '\u3000' : ' '));
        return line + "\n" + pad + new string('^', Math.Max(1, Math.Min(span.Length, line.Length - start)));
    }

    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
        or >= '\uFFE0' and <= '\uFFE6';

    private static string Format(string key, bool english, IEnumerable<string> args)
    {
        var template = Table.Find(key) is { } text ? (english ? text.En : text.Zh) : key;
        return string.Format(CultureInfo.InvariantCulture, template, [.. args]);
    }
}

/// <summary>Labels of the engine's enums in both languages (for forms, tables and exports).</summary>
public static class IndicatorLabels
{
    /// <summary>The label of <paramref name="value"/> (resource key <c>Type.Value</c>, e.g. <c>IndicatorGroup.Output</c>).</summary>
    public static BilingualText Of<T>(T value) where T : struct, Enum => Messages.Label($"{typeof(T).Name}.{value}");
}

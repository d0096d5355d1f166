using System.Globalization;
using System.Text;
using CircularPark.Localization;

namespace CircularPark.Inputs;

/// <summary>Whether a text field may span several lines (tab, CR and LF allowed) or must stay on one line.</summary>
public enum TextKind
{
    /// <summary>Free text (reasons, chapters, comments): tab, CR and LF allowed.</summary>
    MultiLine = 0,
    /// <summary>Names, titles, codes: no control character at all.</summary>
    SingleLine = 1,
}

/// <summary>
/// What a text typed, posted or imported may hold (ADR 0056): no control characters (U+0000–U+001F, U+007F–U+009F) other
/// than tab, CR and LF in multi-line texts, no unpaired surrogate and no U+FFFE/U+FFFF (none can be written to xlsx or
/// docx, and none means anything to a reader), and no more characters than the field's limit. Exports pass stored text
/// through <see cref="Clean"/>, so text stored before these rules never breaks a file.
/// </summary>
public static class TextRules
{
    /// <summary>Limit of a multi-line text without its own (a plan chapter, a report section, a reason).</summary>
    public const int MultiLineMax = 20_000;

    /// <summary>Limit of a single-line text without its own (a name, a title).</summary>
    public const int SingleLineMax = 500;

    /// <summary>The index of the first character <paramref name="value"/> may not hold, or -1.</summary>
    public static int FirstForbidden(string value, TextKind kind)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (IsForbidden(c, kind)) return i;
        }
        return -1;
    }

    /// <summary>Why <paramref name="value"/> may not be stored in <paramref name="field"/>, or null when it may.</summary>
    public static Bilingual? Problem(string field, string? value, TextKind kind, int maxLength)
    {
        if (value is null) return null;
        if (value.Length > maxLength) return Text.Get("Input.TooLong", field, Invariant(maxLength), Invariant(value.Length));
        var at = FirstForbidden(value, kind);
        return at < 0 ? null : Text.Get("Input.ControlCharacter", field, CodePoint(value[at]), Invariant(at + 1));
    }

    /// <summary><paramref name="value"/> without the characters no export may carry; tab, CR and LF stay.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value) || FirstForbidden(value, TextKind.MultiLine) < 0) return value ?? "";
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) clean.Append(c).Append(value[++i]);
            else if (!IsForbidden(c, TextKind.MultiLine)) clean.Append(c);
        }
        return clean.ToString();
    }

    /// <summary>"U+0001".</summary>
    public static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsForbidden(char c, TextKind kind) => c switch
    {
        '\t' or '\n' or '\r' => kind == TextKind.SingleLine,
        '\uFFFE' or '\uFFFF' => true,
        _ => char.IsControl(c) || char.IsSurrogate(c),
    };

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}

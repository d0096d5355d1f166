using System.Globalization;
using CircularPark.Inputs;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>
/// Collects broken rules under JSON paths (<c>streams[2].quantity</c>): the first broken rule of a field wins. Messages
/// are <c>Rule.*</c> texts with the field's label (a <c>*Column.*</c> key, the same the import headers use) in both languages.
/// </summary>
public sealed class FieldChecker
{
    private readonly string _prefix;

    public FieldChecker() : this("", [], []) { }

    private FieldChecker(string prefix, Dictionary<string, Bilingual> errors, Dictionary<string, string> rules) =>
        (_prefix, Errors, Rules) = (prefix, errors, rules);

    public Dictionary<string, Bilingual> Errors { get; }

    /// <summary>The rule broken at each key (e.g. "hazard-code"), for reports that name it.</summary>
    public Dictionary<string, string> Rules { get; }

    /// <summary>A checker whose keys lie under <c>section[index].</c>.</summary>
    public FieldChecker At(string section, int index) =>
        new($"{_prefix}{section}[{index.ToString(CultureInfo.InvariantCulture)}].", Errors, Rules);

    public void Fail(string field, string labelKey, string rule, string value, params string[] extra)
    {
        var label = Text.Get(labelKey);
        if (Errors.TryAdd(_prefix + field, Text.Get($"Rule.{rule}", [label.Zh, label.En, value, .. extra]))) Rules[_prefix + field] = rule;
    }

    /// <summary>Checks presence, length and characters (one line unless <paramref name="kind"/> says otherwise); true when the text is acceptable.</summary>
    public bool TextField(string field, string labelKey, string? value, int maxLength, bool required, TextKind kind = TextKind.SingleLine)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0) Fail(field, labelKey, "required", "");
        else if (text.Length > maxLength) Fail(field, labelKey, "too-long", maxLength.ToString(CultureInfo.InvariantCulture));
        else if (TextRules.FirstForbidden(text, kind) is var at and >= 0) Fail(field, labelKey, "line-text", TextRules.CodePoint(text[at]));
        else return true;
        return false;
    }

    /// <summary>Reports the second and later occurrences of a code in a section.</summary>
    public void Unique(string section, string labelKey, IEnumerable<string?> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var code in codes)
        {
            var c = code?.Trim() ?? "";
            if (c.Length > 0 && !seen.Add(c)) At(section, i).Fail("materialCode", labelKey, "duplicate-material", c);
            i++;
        }
    }
}

using System.Globalization;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Enterprises;

/// <summary>
/// GB/T 4754-2017 industry codes: an optional section letter (A–T) and a division (2 digits), group (3) or class (4)
/// code, e.g. "C3982", "3982", "D44". The letter, when given, must be the section of the division (C for 13–43 …).
/// </summary>
public static class IndustryCodes
{
    private static readonly (char Section, int First, int Last)[] Sections =
    [
        ('A', 1, 5), ('B', 6, 12), ('C', 13, 43), ('D', 44, 46), ('E', 47, 50), ('F', 51, 52), ('G', 53, 60),
        ('H', 61, 62), ('I', 63, 65), ('J', 66, 69), ('K', 70, 70), ('L', 71, 72), ('M', 73, 75), ('N', 76, 79),
        ('O', 80, 82), ('P', 83, 83), ('Q', 84, 85), ('R', 86, 90), ('S', 91, 96), ('T', 97, 97),
    ];

    /// <summary>The section letter and division of a well-formed code, e.g. "C39" for "3982" or "C3982".</summary>
    public static string Division(string code)
    {
        var digits = char.IsAsciiLetter(code[0]) ? code[1..] : code;
        var division = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return Sections.First(x => division >= x.First && division <= x.Last).Section + digits[..2];
    }

    /// <summary>The code upper-cased without spaces when it is well formed, else null.</summary>
    public static string? Normalise(string? text)
    {
        var s = (text ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var letter = s.Length > 0 && char.IsAsciiLetter(s[0]) ? s[0] : (char?)null;
        var digits = letter is null ? s : s[1..];
        if (digits.Length is < 2 or > 4 || !digits.All(char.IsAsciiDigit)) return null;
        var division = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var section = Sections.FirstOrDefault(x => division >= x.First && division <= x.Last).Section;
        if (section == default || (letter is { } l && l != section)) return null;
        return s;
    }
}

/// <summary>Codes of wastes: general industrial solid waste (2024 catalogue) and hazardous-waste permit scopes.</summary>
public static class WasteCodes
{
    /// <summary>
    /// A general industrial solid-waste code of the 2024 catalogue (固体废物分类与代码目录): ddd-ddd-Snn, or the category
    /// alone (Snn, also the older SWnn); industrial categories are S01–S59 without S08. Returns the upper-cased code or null.
    /// </summary>
    public static string? NormaliseSolidWaste(string? text)
    {
        var s = (text ?? "").Trim().ToUpperInvariant();
        var category = s switch
        {
            { Length: 11 } when s[3] == '-' && s[7] == '-' && s[..3].All(char.IsAsciiDigit) && s[4..7].All(char.IsAsciiDigit) => s[8..],
            { Length: 4 } when s.StartsWith("SW", StringComparison.Ordinal) => "S" + s[2..],
            _ => s,
        };
        if (category.Length != 3 || category[0] != 'S' || !category[1..].All(char.IsAsciiDigit)) return null;
        var number = int.Parse(category.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
        return number is >= 1 and <= 59 and not 8 ? (s.Length == 11 ? s : category) : null;
    }

    /// <summary>A permit scope entry: a category HW01–HW50 or an 8-digit code. Returns it normalised, or null.</summary>
    public static string? NormalisePermitEntry(string entry)
    {
        var s = entry.Trim().ToUpperInvariant();
        if (HazardousWasteCode.TryParse(s, out var code)) return code!.Value;
        return s.Length == 4 && s.StartsWith("HW", StringComparison.Ordinal) && s[2..].All(char.IsAsciiDigit)
            && int.Parse(s.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 50 ? s : null;
    }

    /// <summary>A material code or category: 1–60 characters, no spaces or list separators.</summary>
    public static bool IsMaterialCode(string? text) =>
        text is { Length: > 0 and <= EnterpriseRules.CodeLength } && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || ",;，；、".Contains(c, StringComparison.Ordinal));
}

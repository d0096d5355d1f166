using System.Globalization;

namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// An 8-digit code of the National Hazardous Waste List (国家危险废物名录), written "ddd-ddd-dd", e.g. 900-041-49.
/// The last two digits are the category: 900-041-49 belongs to HW49 (other wastes). Categories run HW01–HW50.
/// Only well-formed codes can be constructed (<see cref="TryParse"/>, <see cref="Parse"/>).
/// </summary>
public sealed record HazardousWasteCode
{
    private HazardousWasteCode(string value) => Value = value;

    /// <summary>The code as written, "ddd-ddd-dd".</summary>
    public string Value { get; }

    /// <summary>The category number, 1–50 (the last two digits).</summary>
    public int CategoryNumber => int.Parse(Value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The category, "HW01" … "HW50".</summary>
    public string Category => "HW" + Value[8..];

    /// <summary>Reads a code of the form ddd-ddd-dd whose last two digits are 01–50; surrounding spaces are ignored.</summary>
    public static bool TryParse(string? text, out HazardousWasteCode? code)
    {
        code = null;
        var s = text?.Trim();
        if (s is not { Length: 10 } || s[3] != '-' || s[7] != '-') return false;
        for (var i = 0; i < s.Length; i++)
        {
            if (i is 3 or 7) continue;
            if (!char.IsAsciiDigit(s[i])) return false;
        }
        var category = (s[8] - '0') * 10 + (s[9] - '0');
        if (category is < 1 or > 50) return false;
        code = new HazardousWasteCode(s);
        return true;
    }

    /// <summary>Reads a code; see <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not a hazardous-waste code.</exception>
    public static HazardousWasteCode Parse(string text) =>
        TryParse(text, out var code) ? code! : throw new FormatException($"'{text}' is not a hazardous-waste code (ddd-ddd-dd, category 01–50).");

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>
/// A receiver's hazardous-waste operating permit (危险废物经营许可证): the wastes it may accept. Each scope entry is
/// either a whole category ("HW49") or one 8-digit code ("900-041-49").
/// </summary>
/// <param name="ReceiverId">The receiving enterprise, as in <see cref="WasteNeed.ReceiverId"/>.</param>
/// <param name="Scope">Categories and codes the permit covers.</param>
public sealed record HazardousWastePermit(string ReceiverId, IReadOnlyList<string> Scope)
{
    /// <summary>True when the permit names the code itself or its category (case and spaces ignored).</summary>
    public bool Covers(HazardousWasteCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var entry in Scope)
        {
            var e = entry.Trim();
            if (string.Equals(e, code.Value, StringComparison.Ordinal) || string.Equals(e, code.Category, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

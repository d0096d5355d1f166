namespace CircularPark.Inputs;

/// <summary>
/// A name, title or code: one line, no control character at all, at most <see cref="MaxLength"/> characters. On a list
/// of strings it applies to each element. Checked where input enters (<see cref="InputCheck"/>, ADR 0056).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class SingleLineAttribute(int maxLength = TextRules.SingleLineMax) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>
/// Free text that may span lines (tab, CR, LF), at most <see cref="MaxLength"/> characters. A string without either
/// attribute is checked as multi-line text of at most <see cref="TextRules.MultiLineMax"/> characters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class MultiLineAttribute(int maxLength = TextRules.MultiLineMax) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Formulas;

/// <summary>A checked formula node: its value is expressed in <see cref="Unit"/>.</summary>
internal abstract record Typed(Unit Unit, TextSpan Span)
{
    /// <summary>The same tree with every span set to <paramref name="span"/> and, when asked, every load moved to the baseline year.</summary>
    public abstract Typed Relocate(TextSpan span, bool baseline);
}

/// <summary>A constant (a pure number). <see cref="IsBareHundred"/>: written as 100 without a % sign.</summary>
internal sealed record TypedConstant(double Value, bool IsBareHundred, Unit Unit, TextSpan Span) : Typed(Unit, Span)
{
    public override Typed Relocate(TextSpan span, bool baseline) => this with { Span = span };
}

/// <summary>The value of a data item (slot), this year's or the baseline year's.</summary>
internal sealed record TypedLoad(int Slot, bool Baseline, Unit Unit, TextSpan Span) : Typed(Unit, Span)
{
    public override Typed Relocate(TextSpan span, bool baseline) => this with { Span = span, Baseline = Baseline || baseline };
}

internal sealed record TypedNegate(Typed Operand, Unit Unit, TextSpan Span) : Typed(Unit, Span)
{
    public override Typed Relocate(TextSpan span, bool baseline) => new TypedNegate(Operand.Relocate(span, baseline), Unit, span);
}

/// <summary>A binary operation; for + and − the right operand is multiplied by <see cref="RightFactor"/> to bring it into the left's unit.</summary>
internal sealed record TypedBinary(BinaryOperator Operator, Typed Left, Typed Right, double RightFactor, Unit Unit, TextSpan OperatorSpan, TextSpan Span)
    : Typed(Unit, Span)
{
    public override Typed Relocate(TextSpan span, bool baseline) =>
        this with { Left = Left.Relocate(span, baseline), Right = Right.Relocate(span, baseline), OperatorSpan = span, Span = span };
}

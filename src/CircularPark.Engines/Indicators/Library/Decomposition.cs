using CircularPark.Engines.Indicators.Formulas;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Library;

/// <summary>
/// A checked formula split as <c>Factor × Numerator ÷ Denominator</c>: constant multipliers and divisors on the
/// top-level chain of × and ÷ are peeled into <see cref="Factor"/>, together with the conversion from the
/// inferred unit to the declared one; a remaining top-level division gives numerator and denominator.
/// <see cref="DeclaredTree"/> is the whole formula in the declared unit, used when another indicator refers to it.
/// </summary>
internal sealed record Decomposition(Typed Numerator, Typed? Denominator, double Factor, TextSpan Division, Typed DeclaredTree)
{
    public static Decomposition Of(Typed root, Unit declared)
    {
        var conversion = root.Unit.Scale / declared.Scale;
        var factor = conversion;
        var node = root;
        while (node is TypedBinary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } b)
        {
            if (b.Right is TypedConstant right) factor = b.Operator == BinaryOperator.Multiply ? factor * right.Value : factor / right.Value;
            else if (b.Operator == BinaryOperator.Multiply && b.Left is TypedConstant left) factor *= left.Value;
            else break;
            node = b.Right is TypedConstant ? b.Left : b.Right;
        }
        var declaredTree = conversion == 1 ? root with { Unit = declared }
            : new TypedBinary(BinaryOperator.Multiply, root, new TypedConstant(conversion, false, Unit.One, root.Span), 1, declared, root.Span, root.Span);
        return node is TypedBinary { Operator: BinaryOperator.Divide } division
            ? new Decomposition(division.Left, division.Right, factor, division.OperatorSpan, declaredTree)
            : new Decomposition(node, null, factor, default, declaredTree);
    }

    /// <summary>Constants multiplying the whole formula (the × and ÷ chain from the top, numerator side).</summary>
    public static IEnumerable<TypedConstant> TopLevelConstants(Typed node) => node switch
    {
        TypedConstant c => [c],
        TypedBinary { Operator: BinaryOperator.Multiply } b => TopLevelConstants(b.Left).Concat(TopLevelConstants(b.Right)),
        TypedBinary { Operator: BinaryOperator.Divide } b => TopLevelConstants(b.Left),
        _ => [],
    };
}

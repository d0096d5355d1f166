using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Formulas;

/// <summary>Resolves a code that is not a data item (another indicator); returns null and reports when it cannot.</summary>
internal delegate Typed? ReferenceResolver(ReferenceNode reference, bool baseline, FormulaChecker checker);

/// <summary>
/// Checks a parsed formula against the data-item catalogue and infers units bottom-up: + and − need
/// commensurable units (t + m³ is refused; t + kg converts kg); × and ÷ combine units; a constant is a pure
/// number; a constant zero denominator is refused. Constants are folded. Every error points at its spot.
/// </summary>
internal sealed class FormulaChecker(DataItemCatalogue catalogue, string subject, string formula, ReferenceResolver? resolveOther)
{
    private readonly List<IndicatorDiagnostic> _diagnostics = [];

    public IReadOnlyList<IndicatorDiagnostic> Diagnostics => _diagnostics;

    public Typed? Check(FormulaNode node, bool baseline = false) => node switch
    {
        NumberNode n => new TypedConstant(n.Number, !n.IsPercent && n.Value == 100, Unit.One, n.Span),
        ReferenceNode r => Reference(r, baseline),
        NegateNode n => Check(n.Operand, baseline) is { } operand ? Negate(operand, n.Span) : null,
        BaselineNode b => Check(b.Operand, baseline: true),
        BinaryNode b => Binary(b, baseline),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public Typed? Report(string code, TextSpan span, params MessageArg[] args)
    {
        _diagnostics.Add(Messages.AtSpan(code, DiagnosticSeverity.Error, subject, formula, span, args));
        return null;
    }

    private Typed? Reference(ReferenceNode reference, bool baseline)
    {
        if (catalogue.TryGet(reference.Code, out _, out var slot))
            return new TypedLoad(slot, baseline, catalogue.UnitAt(slot), reference.Span);
        return resolveOther is null ? Report("Formula.UnknownItem", reference.Span, reference.Code) : resolveOther(reference, baseline, this);
    }

    private static Typed Negate(Typed operand, TextSpan span) => operand is TypedConstant c
        ? new TypedConstant(-c.Value, false, c.Unit, span)
        : new TypedNegate(operand, operand.Unit, span);

    private Typed? Binary(BinaryNode node, bool baseline)
    {
        var left = Check(node.Left, baseline);
        var right = Check(node.Right, baseline);
        if (left is null || right is null) return null;
        var op = node.Operator;
        double factor = 1;
        Unit unit;
        if (op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            if (!right.Unit.TryGetFactorTo(left.Unit, out factor))
                return Report("Formula.UnitMismatch", node.OperatorSpan, left.Unit.Symbol, right.Unit.Symbol);
            unit = left.Unit;
        }
        else if (op == BinaryOperator.Divide && right is TypedConstant { Value: 0 })
        {
            return Report("Formula.ZeroDenominator", node.Right.Span);
        }
        else
        {
            unit = op == BinaryOperator.Multiply ? left.Unit.Multiply(right.Unit) : left.Unit.Divide(right.Unit);
        }
        if (left is TypedConstant a && right is TypedConstant b)
            return new TypedConstant(Fold(op, a.Value, b.Value * factor), false, unit, node.Span);
        return new TypedBinary(op, left, right, factor, unit, node.OperatorSpan, node.Span);
    }

    private static double Fold(BinaryOperator op, double a, double b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        _ => a / b,
    };
}

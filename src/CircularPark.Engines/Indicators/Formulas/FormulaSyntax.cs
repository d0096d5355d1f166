namespace CircularPark.Engines.Indicators.Formulas;

/// <summary>A node of a parsed formula; <see cref="Span"/> is where it stands in the formula text.</summary>
/// <param name="Span">Characters of the formula this node was read from.</param>
public abstract record FormulaNode(TextSpan Span);

/// <summary>A numeric constant, read with the invariant culture. With a % sign (<c>100%</c>) it means Value × 0.01.</summary>
/// <param name="Value">The number as written.</param>
/// <param name="IsPercent">True when followed by %.</param>
/// <param name="Span">Where it stands.</param>
public sealed record NumberNode(double Value, bool IsPercent, TextSpan Span) : FormulaNode(Span)
{
    /// <summary>The pure number it stands for: <see cref="Value"/>, or Value ÷ 100 with a % sign.</summary>
    public double Number => IsPercent ? Value / 100 : Value;
}

/// <summary>A data-item or indicator code.</summary>
/// <param name="Code">The code as written.</param>
/// <param name="Span">Where it stands.</param>
public sealed record ReferenceNode(string Code, TextSpan Span) : FormulaNode(Span);

/// <summary>Unary minus.</summary>
/// <param name="Operand">The negated expression.</param>
/// <param name="Span">Where it stands, sign included.</param>
public sealed record NegateNode(FormulaNode Operand, TextSpan Span) : FormulaNode(Span);

/// <summary>The four operators (written + − - * × · / ÷).</summary>
public enum BinaryOperator
{
    /// <summary>+</summary>
    Add = 0,

    /// <summary>−</summary>
    Subtract = 1,

    /// <summary>×</summary>
    Multiply = 2,

    /// <summary>÷</summary>
    Divide = 3,
}

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
/// <param name="OperatorSpan">Where the operator sign stands.</param>
/// <param name="Span">The whole operation.</param>
public sealed record BinaryNode(BinaryOperator Operator, FormulaNode Left, FormulaNode Right, TextSpan OperatorSpan, TextSpan Span)
    : FormulaNode(Span);

/// <summary><c>BASE(expression)</c>: the expression evaluated on the baseline year's values (for savings and cuts).</summary>
/// <param name="Operand">The expression.</param>
/// <param name="Span">Where it stands, from BASE to the closing parenthesis.</param>
public sealed record BaselineNode(FormulaNode Operand, TextSpan Span) : FormulaNode(Span);

/// <summary>The tree of a formula, or (when <see cref="Root"/> is null) the syntax error that stopped the parser.</summary>
/// <param name="Root">The parsed formula, null on error.</param>
/// <param name="Diagnostics">Empty on success; otherwise the first syntax error.</param>
public sealed record ParseResult(FormulaNode? Root, IReadOnlyList<IndicatorDiagnostic> Diagnostics);

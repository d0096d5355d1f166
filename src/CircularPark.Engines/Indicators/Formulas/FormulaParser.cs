namespace CircularPark.Engines.Indicators.Formulas;

/// <summary>
/// Parses a formula: <c>+ − × ÷</c> (also <c>- * /</c>) with the usual precedence, left to right; parentheses;
/// unary minus; numbers (optionally with %); codes of data items or indicators; <c>BASE(…)</c> for the baseline
/// year. Stops at the first syntax error, returned as a diagnostic that points at the spot.
/// </summary>
public static class FormulaParser
{
    /// <summary>Parses <paramref name="formula"/>; <paramref name="subject"/> (an indicator code) goes into diagnostics.</summary>
    public static ParseResult Parse(string formula, string subject)
    {
        var parser = new Parser(formula ?? "", subject);
        var root = parser.ParseFormula();
        return new ParseResult(root, parser.Error is null ? [] : [parser.Error]);
    }

    private sealed class Parser(string formula, string subject)
    {
        private readonly List<Token> _tokens = FormulaLexer.Tokenize(formula);
        private int _next;

        public IndicatorDiagnostic? Error { get; private set; }

        private Token Current => _tokens[_next];

        public FormulaNode? ParseFormula()
        {
            if (_tokens[0].Kind == TokenKind.End) return Fail("Formula.Empty", new TextSpan(0, formula.Length));
            var root = ParseSum();
            if (root is null || Current.Kind == TokenKind.End) return root;
            return Current.Kind == TokenKind.Close ? Fail("Formula.UnmatchedClose", Current.Span) : Unexpected();
        }

        private FormulaNode? ParseSum()
        {
            var left = ParseProduct();
            while (left is not null && Current.Kind is TokenKind.Plus or TokenKind.Minus)
            {
                var op = Take();
                var right = ParseProduct();
                if (right is null) return null;
                left = Binary(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, op);
            }
            return left;
        }

        private FormulaNode? ParseProduct()
        {
            var left = ParseUnary();
            while (left is not null && Current.Kind is TokenKind.Star or TokenKind.Slash)
            {
                var op = Take();
                var divide = op.Kind == TokenKind.Slash;
                if (divide && IsEmptyOperand()) return Fail("Formula.EmptyDenominator", op.Span);
                var right = ParseUnary();
                if (right is null) return null;
                left = Binary(divide ? BinaryOperator.Divide : BinaryOperator.Multiply, left, right, op);
            }
            return left;
        }

        private FormulaNode? ParseUnary()
        {
            if (Current.Kind is not (TokenKind.Minus or TokenKind.Plus)) return ParsePrimary();
            var sign = Take();
            var operand = ParseUnary();
            if (operand is null) return null;
            return sign.Kind == TokenKind.Plus ? operand : new NegateNode(operand, TextSpan.Cover(sign.Span, operand.Span));
        }

        private FormulaNode? ParsePrimary()
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Take();
                    if (!FormulaLexer.TryReadNumber(token.Text, out var value)) return Fail("Formula.InvalidNumber", token.Span, token.Text);
                    if (Current.Kind != TokenKind.Percent) return new NumberNode(value, false, token.Span);
                    return new NumberNode(value, true, TextSpan.Cover(token.Span, Take().Span));
                case TokenKind.Identifier:
                    Take();
                    return Current.Kind == TokenKind.Open ? ParseCall(token) : new ReferenceNode(token.Text, token.Span);
                case TokenKind.Open:
                    return ParseGroup(out _);
                default:
                    return Unexpected();
            }
        }

        private FormulaNode? ParseCall(Token name)
        {
            if (!name.Text.Equals("BASE", StringComparison.OrdinalIgnoreCase)) return Fail("Formula.UnknownFunction", name.Span, name.Text);
            var operand = ParseGroup(out var close);
            return operand is null ? null : new BaselineNode(operand, TextSpan.Cover(name.Span, close));
        }

        private FormulaNode? ParseGroup(out TextSpan close)
        {
            var open = Take();
            close = default;
            if (Current.Kind == TokenKind.Close) return Fail("Formula.EmptyParentheses", TextSpan.Cover(open.Span, Current.Span));
            var inner = ParseSum();
            if (inner is null) return null;
            if (Current.Kind != TokenKind.Close)
                return Current.Kind == TokenKind.End ? Fail("Formula.MissingClose", open.Span) : Unexpected();
            close = Take().Span;
            return inner;
        }

        private bool IsEmptyOperand() => Current.Kind is TokenKind.End or TokenKind.Close
            || (Current.Kind == TokenKind.Open && _tokens[_next + 1].Kind is TokenKind.Close or TokenKind.End);

        private static BinaryNode Binary(BinaryOperator op, FormulaNode left, FormulaNode right, Token sign) =>
            new(op, left, right, sign.Span, TextSpan.Cover(left.Span, right.Span));

        private Token Take() => _tokens[_next++];

        private FormulaNode? Unexpected() => Current.Kind switch
        {
            TokenKind.End => Fail("Formula.UnexpectedEnd", Current.Span),
            TokenKind.Invalid => Fail("Formula.UnexpectedCharacter", Current.Span, Current.Text),
            _ => Fail("Formula.UnexpectedToken", Current.Span, Current.Text),
        };

        private FormulaNode? Fail(string code, TextSpan span, params MessageArg[] args)
        {
            Error ??= Messages.AtSpan(code, DiagnosticSeverity.Error, subject, formula, span, args);
            return null;
        }
    }
}

using System.Globalization;

namespace CircularPark.Engines.Indicators.Formulas;

internal enum TokenKind
{
    End = 0,
    Number,
    Percent,
    Identifier,
    Plus,
    Minus,
    Star,
    Slash,
    Open,
    Close,
    Invalid,
}

internal readonly record struct Token(TokenKind Kind, TextSpan Span, string Text);

/// <summary>
/// Splits a formula into tokens. Accepts ASCII and Chinese typing alike: − and － are minus, × · ＊ times,
/// ÷ ／ divide, （ ） parentheses, ％ percent, and the ideographic space is a space. Numbers are digits with an
/// optional fraction and exponent, read invariantly (no thousands separators).
/// </summary>
internal static class FormulaLexer
{
    public static List<Token> Tokenize(string formula)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < formula.Length && char.IsWhiteSpace(formula[i])) i++;
            if (i >= formula.Length) break;
            var start = i;
            var kind = Classify(formula[i]);
            if (kind is not null) i++;
            else if (char.IsAsciiDigit(formula[i]) || formula[i] == '.') (kind, i) = (TokenKind.Number, ScanNumber(formula, i));
            else if (char.IsLetter(formula[i]) || formula[i] == '_') (kind, i) = (TokenKind.Identifier, ScanIdentifier(formula, i));
            else (kind, i) = (TokenKind.Invalid, i + 1);
            tokens.Add(new Token(kind.Value, new TextSpan(start, i - start), formula[start..i]));
            if (kind == TokenKind.Invalid) return tokens;
        }
        tokens.Add(new Token(TokenKind.End, new TextSpan(formula.Length, 0), ""));
        return tokens;
    }

    public static bool TryReadNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static TokenKind? Classify(char c) => c switch
    {
        '+' or '＋' => TokenKind.Plus,
        '-' or '−' or '－' or '–' => TokenKind.Minus,
        '*' or '×' or '·' or '＊' or '⋅' => TokenKind.Star,
        '/' or '÷' or '／' => TokenKind.Slash,
        '(' or '（' => TokenKind.Open,
        ')' or '）' => TokenKind.Close,
        '%' or '％' => TokenKind.Percent,
        _ => null,
    };

    private static int ScanNumber(string s, int i)
    {
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-') j++;
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                i = j;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            }
        }
        return i;
    }

    private static int ScanIdentifier(string s, int i)
    {
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
        return i;
    }
}

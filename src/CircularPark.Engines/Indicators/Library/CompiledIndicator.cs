using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Formulas;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Library;

/// <summary>
/// A checked indicator ready to evaluate. Its formula has been split at the top into
/// <c>value = Factor × Numerator ÷ Denominator</c> (a ratio) or <c>value = Factor × Numerator</c>, where
/// <see cref="Factor"/> gathers the constant multipliers and the conversion from the inferred unit to the declared
/// one. Roll-ups add numerators and denominators across parks and apply the same factor. Immutable; evaluation
/// is pure and allocation-free apart from the diagnostics of a failure.
/// </summary>
public sealed class CompiledIndicator
{
    private readonly FormulaProgram _numerator;
    private readonly FormulaProgram? _denominator;
    private readonly TextSpan _division;

    internal CompiledIndicator(IndicatorDefinition definition, DataItemCatalogue catalogue, Unit unit, Unit inferred, Decomposition parts)
    {
        Definition = definition;
        Catalogue = catalogue;
        Unit = unit;
        InferredUnit = inferred;
        Factor = parts.Factor;
        _numerator = FormulaProgram.Emit(parts.Numerator);
        _denominator = parts.Denominator is null ? null : FormulaProgram.Emit(parts.Denominator);
        _division = parts.Division;
        NumeratorUnit = parts.Numerator.Unit;
        DenominatorUnit = parts.Denominator?.Unit;
        NumeratorFormula = Slice(definition.Formula, parts.Numerator.Span);
        DenominatorFormula = parts.Denominator is null ? null : Slice(definition.Formula, parts.Denominator.Span);
        DeclaredTree = parts.DeclaredTree;
    }

    /// <summary>The definition it was compiled from.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>Indicator code.</summary>
    public string Code => Definition.Code;

    /// <summary>The catalogue whose values it reads.</summary>
    public DataItemCatalogue Catalogue { get; }

    /// <summary>The declared unit; values are in it.</summary>
    public Unit Unit { get; }

    /// <summary>The unit inferred from the formula (same dimension as <see cref="Unit"/>).</summary>
    public Unit InferredUnit { get; }

    /// <summary>True when the formula is a ratio (has a top-level division).</summary>
    public bool IsRatio => _denominator is not null;

    /// <summary>Multiplier from numerator (÷ denominator) to the value in the declared unit.</summary>
    public double Factor { get; }

    /// <summary>Unit of <see cref="IndicatorValue.Numerator"/>.</summary>
    public Unit NumeratorUnit { get; }

    /// <summary>Unit of <see cref="IndicatorValue.Denominator"/>; null for a non-ratio.</summary>
    public Unit? DenominatorUnit { get; }

    /// <summary>The numerator's part of the formula text.</summary>
    public string NumeratorFormula { get; }

    /// <summary>The denominator's part of the formula text; null for a non-ratio.</summary>
    public string? DenominatorFormula { get; }

    /// <summary>True when the formula reads the baseline year (BASE(…)).</summary>
    public bool UsesBaseline => _numerator.UsesBaseline || _denominator?.UsesBaseline == true;

    internal Typed DeclaredTree { get; }

    /// <summary>Evaluates the indicator on this year's values and, for BASE(…), the baseline year's.</summary>
    /// <exception cref="ArgumentException">Values of another catalogue (a programming error).</exception>
    public IndicatorValue Evaluate(ItemValues current, ItemValues? baseline = null)
    {
        if (current.Catalogue != Catalogue || (baseline is not null && baseline.Catalogue != Catalogue))
            throw new ArgumentException("Values belong to another catalogue.", nameof(current));
        var n = _numerator.Run(current.Raw, baseline?.Raw);
        var d = _denominator?.Run(current.Raw, baseline?.Raw);
        double? numerator = n.Succeeded ? n.Value : null;
        double? denominator = d is { Succeeded: true } ? d.Value.Value : null;
        if (!n.Succeeded) return new(Code, null, numerator, denominator, Problem(n));
        if (d is null) return new(Code, Factor * n.Value, numerator, null, null);
        if (!d.Value.Succeeded) return new(Code, null, numerator, denominator, Problem(d.Value));
        if (d.Value.Value == 0) return new(Code, null, numerator, denominator, Problem(Outcome.Failed(Failure.DivisionByZero, span: _division)));
        return new(Code, Factor * n.Value / d.Value.Value, numerator, denominator, null);
    }

    /// <summary>The value in the declared unit from a numerator and denominator (sums for a roll-up); null when the denominator is zero.</summary>
    public double? Combine(double numerator, double? denominator) => denominator switch
    {
        null => Factor * numerator,
        0 => null,
        { } d => Factor * numerator / d,
    };

    private IndicatorDiagnostic Problem(Outcome outcome)
    {
        var name = MessageArg.Named(Code, Definition.NameZh, Definition.NameEn);
        return outcome.Failure switch
        {
            Failure.MissingValue => Warn("Indicator.MissingValue", name, Catalogue.Name(Catalogue.Items[outcome.Slot].Code)),
            Failure.MissingBaselineValue => Warn("Indicator.MissingBaselineValue", name, Catalogue.Name(Catalogue.Items[outcome.Slot].Code)),
            Failure.NoBaseline => Warn("Indicator.NoBaseline", name),
            Failure.DivisionByZero => Messages.AtSpan("Indicator.DivisionByZero", DiagnosticSeverity.Warning, Code, Definition.Formula, outcome.Span, name),
            _ => Warn("Indicator.NotFinite", name),
        };
    }

    private IndicatorDiagnostic Warn(string key, params MessageArg[] args) => Messages.Create(key, DiagnosticSeverity.Warning, Code, args);

    private static string Slice(string formula, TextSpan span) => span.End <= formula.Length ? formula.Substring(span.Start, span.Length).Trim() : formula;
}

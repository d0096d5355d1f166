using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Formulas;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Library;

/// <summary>
/// Parses and checks indicator definitions against a data-item catalogue: unknown items, syntax errors, zero
/// or empty denominators, unit mismatches, a result unit of another dimension than the declared one, ×100 on a
/// % indicator (the % unit already converts a fraction: write <c>× 100%</c> or nothing), references to
/// unknown, invalid or circular indicators. Every refusal is a diagnostic pointing at the spot.
/// </summary>
public static class IndicatorCompiler
{
    /// <summary>The longest formula accepted, in characters.</summary>
    public const int MaxFormulaLength = 2000;

    /// <summary>Compiles all <paramref name="definitions"/>; the invalid ones are left out with their diagnostics.</summary>
    public static IndicatorLibrary Compile(DataItemCatalogue catalogue, IEnumerable<IndicatorDefinition> definitions)
    {
        var list = definitions.ToList();
        var builder = new Builder(catalogue, list);
        var compiled = list.Select(builder.Build).OfType<CompiledIndicator>().Distinct().ToList();
        return new IndicatorLibrary(catalogue, compiled, builder.Diagnostics);
    }

    /// <summary>
    /// Checks one definition before it is saved, in the context of the indicators it may refer to
    /// (<paramref name="others"/>; one with the same code is replaced by the candidate). The diagnostics are the
    /// candidate's and those of the indicators it refers to that fail (e.g. the other end of a circular reference).
    /// </summary>
    public static FormulaCheck Check(IndicatorDefinition candidate, DataItemCatalogue catalogue, IEnumerable<IndicatorDefinition> others)
    {
        var list = others.Where(o => !o.Code.Equals(candidate.Code, StringComparison.OrdinalIgnoreCase)).Append(candidate).ToList();
        var builder = new Builder(catalogue, list);
        var compiled = builder.Build(candidate);
        return new FormulaCheck(compiled, builder.Diagnostics);
    }

    private sealed class Builder(DataItemCatalogue catalogue, List<IndicatorDefinition> definitions)
    {
        private readonly Dictionary<string, CompiledIndicator?> _done = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _active = new(StringComparer.OrdinalIgnoreCase);

        public List<IndicatorDiagnostic> Diagnostics { get; } = [];

        public CompiledIndicator? Build(IndicatorDefinition definition)
        {
            if (_done.TryGetValue(definition.Code, out var done)) return done;
            _active.Add(definition.Code);
            var compiled = Compile(definition);
            _active.Remove(definition.Code);
            _done[definition.Code] = compiled;
            return compiled;
        }

        private CompiledIndicator? Compile(IndicatorDefinition definition)
        {
            if (Refuse(definition) is { } refusal) return Fail(refusal);
            var parsed = FormulaParser.Parse(definition.Formula, definition.Code);
            var declaredKnown = UnitCatalogue.TryParse(definition.Unit, out var declared);
            if (!declaredKnown) Diagnostics.Add(Error("Formula.UnknownUnit", definition.Code, definition.Unit));
            if (parsed.Root is null) return Fail(parsed.Diagnostics[0]);
            var checker = new FormulaChecker(catalogue, definition.Code, definition.Formula, Resolve);
            var typed = checker.Check(parsed.Root);
            Diagnostics.AddRange(checker.Diagnostics);
            if (typed is null || !declaredKnown) return null;
            var problem = CheckResult(definition, typed, declared!);
            if (problem is not null) return Fail(problem);
            return new CompiledIndicator(definition, catalogue, declared!, typed.Unit, Decomposition.Of(typed, declared!));
        }

        private IndicatorDiagnostic? Refuse(IndicatorDefinition definition)
        {
            var code = definition.Code;
            if (!DataItemCatalogue.IsValidCode(code)) return Error("Indicator.InvalidCode", code, code);
            if (catalogue.TryGet(code, out _, out _)) return Error("Indicator.CodeClash", code, code);
            if (definitions.Count(d => d.Code.Equals(code, StringComparison.OrdinalIgnoreCase)) > 1) return Error("Indicator.DuplicateCode", code, code);
            if (definition.Formula.Length > MaxFormulaLength) return Error("Formula.TooLong", code, MaxFormulaLength);
            return null;
        }

        private static IndicatorDiagnostic? CheckResult(IndicatorDefinition definition, Typed typed, Unit declared)
        {
            var whole = new TextSpan(0, definition.Formula.Length);
            if (!typed.Unit.IsCommensurableWith(declared))
                return Messages.AtSpan("Formula.DeclaredUnitMismatch", DiagnosticSeverity.Error, definition.Code, definition.Formula, whole,
                    typed.Unit.Symbol, declared.Symbol);
            if (declared.Dimension.IsNone && declared.Scale == 0.01
                && Decomposition.TopLevelConstants(typed).FirstOrDefault(c => c.IsBareHundred) is { } hundred)
                return Messages.AtSpan("Formula.PercentTwice", DiagnosticSeverity.Error, definition.Code, definition.Formula, hundred.Span);
            if (FormulaProgram.Emit(typed).Depth > FormulaProgram.StackLimit)
                return Messages.AtSpan("Formula.TooDeep", DiagnosticSeverity.Error, definition.Code, definition.Formula, whole);
            return null;
        }

        private Typed? Resolve(ReferenceNode reference, bool baseline, FormulaChecker checker)
        {
            var other = definitions.Find(d => d.Code.Equals(reference.Code, StringComparison.OrdinalIgnoreCase));
            if (other is null) return checker.Report("Formula.UnknownItem", reference.Span, reference.Code);
            if (_active.Contains(other.Code)) return checker.Report("Formula.CircularReference", reference.Span, other.Code);
            return Build(other) is { } compiled
                ? compiled.DeclaredTree.Relocate(reference.Span, baseline)
                : checker.Report("Formula.InvalidReference", reference.Span, other.Code);
        }

        private CompiledIndicator? Fail(IndicatorDiagnostic diagnostic)
        {
            Diagnostics.Add(diagnostic);
            return null;
        }

        private static IndicatorDiagnostic Error(string key, string subject, params MessageArg[] args) =>
            Messages.Create(key, DiagnosticSeverity.Error, subject, args);
    }
}

/// <summary>The outcome of checking one indicator before saving it.</summary>
/// <param name="Indicator">The compiled indicator; null when refused.</param>
/// <param name="Diagnostics">Why it was refused (errors), each pointing at its spot.</param>
public sealed record FormulaCheck(CompiledIndicator? Indicator, IReadOnlyList<IndicatorDiagnostic> Diagnostics)
{
    /// <summary>True when the indicator may be saved.</summary>
    public bool IsValid => Indicator is not null;
}

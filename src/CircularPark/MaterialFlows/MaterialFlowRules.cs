using System.Globalization;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Localization;

namespace CircularPark.MaterialFlows;

/// <summary>
/// One broken rule of a model document: where (section, index in it, field), which rule, and the message in both
/// languages. <see cref="Key"/> is the JSON path the API reports, e.g. <c>flows[2].value</c>.
/// </summary>
public sealed record ModelProblem(string Section, int Index, string Field, string Rule, Bilingual Message)
{
    public string Key => Section.Length == 0 ? Field : $"{Section}[{Index.ToString(CultureInfo.InvariantCulture)}].{Field}";
}

/// <summary>
/// The rules a model must keep before anything is stored: names and codes present, unique and not too long, units
/// known and of the layer's dimension, values finite and not negative (a stock change may be), coefficients in
/// [0, 1], every process, flow and layer referred to existing, no flow from a process to itself, an uncertainty for
/// every measured or estimated value. A document that keeps them maps to an engine layer without exceptions.
/// </summary>
public static class MaterialFlowRules
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static List<ModelProblem> Validate(MaterialFlowDocument doc)
    {
        var problems = new List<ModelProblem>();
        var check = new Checker(problems);
        check.Section("", 0);
        if (doc.Year is < MinYear or > MaxYear) check.Fail("year", "Rule.year", Invariant(doc.Year), Invariant(MinYear), Invariant(MaxYear));
        check.Text("title", doc.Title, 200, required: true);
        check.Text("note", doc.Note, 2000, required: false, Inputs.TextKind.MultiLine);
        if (!Enum.IsDefined(doc.Scenario)) check.Fail("scenario", "Mfa.enum", doc.Scenario.ToString());
        if (doc.ValueAdded is { } va && !(double.IsFinite(va) && va >= 0)) check.Fail("valueAdded", "Rule.number", Invariant(va));
        if (doc.Layers.Count == 0) check.Fail("layers", "Mfa.no-layers");

        var units = new Dictionary<string, FlowUnit>(StringComparer.Ordinal);
        var layerCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Layers.Count; i++)
        {
            var layer = doc.Layers[i];
            check.Section("layers", i);
            check.Code(layer.Code, layerCodes, i);
            check.Text("name", layer.Name, 100, required: true);
            if (!Enum.IsDefined(layer.Kind)) check.Fail("kind", "Mfa.enum", layer.Kind.ToString());
            if (FlowUnit.TryParse(layer.Unit, out var unit)) units.TryAdd(layer.Code ?? "", unit);
            else check.Fail("unit", "Mfa.unit", layer.Unit ?? "");
        }

        var processCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Processes.Count; i++)
        {
            var process = doc.Processes[i];
            check.Section("processes", i);
            check.Code(process.Code, processCodes, i);
            check.Text("name", process.Name, 200, required: true);
            check.Text("note", process.Note, 1000, required: false, Inputs.TextKind.MultiLine);
            if (!Enum.IsDefined(process.Type)) check.Fail("type", "Mfa.enum", process.Type.ToString());
        }

        var flowCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Flows.Count; i++)
        {
            var flow = doc.Flows[i];
            check.Section("flows", i);
            var layerKnown = check.Reference("layer", flow.Layer, layerCodes, "Mfa.unknown-layer");
            check.Code(flow.Code, flowCodes, i, scope: flow.Layer + "\u0001");
            check.Text("name", flow.Name, 200, required: false);
            check.Text("note", flow.Note, 1000, required: false, Inputs.TextKind.MultiLine);
            var fromKnown = check.Reference("from", flow.From, processCodes, "Mfa.unknown-process");
            var toKnown = check.Reference("to", flow.To, processCodes, "Mfa.unknown-process");
            if (fromKnown && toKnown && flow.From == flow.To) check.Fail("to", "Mfa.same-process", flow.To);
            if (fromKnown && toKnown && doc.Process(flow.From)!.Type == ProcessType.Boundary && doc.Process(flow.To)!.Type == ProcessType.Boundary)
                check.Fail("to", "Mfa.boundary-to-boundary", flow.To);
            if (!FlowUnit.TryParse(flow.Unit, out var unit)) check.Fail("unit", "Mfa.unit", flow.Unit ?? "");
            else if (layerKnown && units.TryGetValue(flow.Layer, out var layerUnit) && !unit.IsCommensurableWith(layerUnit))
                check.Fail("unit", "Mfa.unit-mismatch", flow.Unit, layerUnit.Text);
            else if (layerKnown && units.TryGetValue(flow.Layer, out var target) && flow.Value is { } value && double.IsFinite(value)
                     && !double.IsFinite(value * unit.FactorTo(target)))
                check.Fail("value", "Rule.number", Invariant(value)); // finite as given, beyond any number once converted to the layer's unit
            check.Quantity(flow.Kind, flow.Value, flow.StandardDeviation, flow.RelativeUncertainty, allowNegative: false);
            if ((flow.Roles & ~(FlowRoles.Product | FlowRoles.Emission | FlowRoles.Waste | FlowRoles.Recycled)) != 0)
                check.Fail("roles", "Mfa.enum", flow.Roles.ToString());
        }

        var parameterKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Parameters.Count; i++)
        {
            var parameter = doc.Parameters[i];
            check.Section("parameters", i);
            check.Reference("layer", parameter.Layer, layerCodes, "Mfa.unknown-layer");
            check.Text("note", parameter.Note, 1000, required: false, Inputs.TextKind.MultiLine);
            var key = $"{parameter.Layer}\u0001{parameter.Type}\u0001{parameter.Target}";
            if (parameter.Type == ParameterType.StockChange)
            {
                if (check.Reference("target", parameter.Target, processCodes, "Mfa.unknown-process")
                    && doc.Process(parameter.Target)!.Type == ProcessType.Boundary)
                    check.Fail("target", "Mfa.boundary-stock", parameter.Target);
                check.Quantity(parameter.Kind, parameter.Value, parameter.StandardDeviation, parameter.RelativeUncertainty, allowNegative: true);
            }
            else if (parameter.Type == ParameterType.TransferCoefficient)
            {
                var flow = doc.Flows.FirstOrDefault(f => f.Layer == parameter.Layer && f.Code == parameter.Target);
                if (flow is null) check.Fail("target", "Mfa.unknown-flow", parameter.Target ?? "");
                else if (doc.Process(flow.From)?.Type == ProcessType.Boundary) check.Fail("target", "Mfa.boundary-coefficient", parameter.Target);
                if (check.Quantity(parameter.Kind, parameter.Value, parameter.StandardDeviation, parameter.RelativeUncertainty, allowNegative: false)
                    && parameter.Value is > 1 && parameter.Kind != QuantityStatus.Unknown)
                    check.Fail("value", "Rule.range", Invariant(parameter.Value.Value), "0", "1");
            }
            else check.Fail("type", "Mfa.enum", parameter.Type.ToString());
            if (!parameterKeys.TryAdd(key, i)) check.Fail("target", "Mfa.duplicate", parameter.Target ?? "", Invariant(parameterKeys[key] + 1));
        }
        return problems;
    }

    /// <summary>The label of a field in both languages (for messages and column headers).</summary>
    public static Bilingual FieldLabel(string field) => Text.Get($"MfaField.{field}");

    internal static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private sealed class Checker(List<ModelProblem> problems)
    {
        private string _section = "";
        private int _index;

        public void Section(string section, int index) => (_section, _index) = (section, index);

        public void Fail(string field, string rule, params string[] args)
        {
            var label = FieldLabel(field);
            problems.Add(new ModelProblem(_section, _index, field, rule[(rule.IndexOf('.', StringComparison.Ordinal) + 1)..],
                Localization.Text.Get(rule, [label.Zh, label.En, .. args])));
        }

        /// <summary>Presence, length and characters: one line unless <paramref name="kind"/> says otherwise (notes).</summary>
        public void Text(string field, string? value, int max, bool required, Inputs.TextKind kind = Inputs.TextKind.SingleLine)
        {
            if (string.IsNullOrWhiteSpace(value)) { if (required) Fail(field, "Rule.required"); }
            else if (value.Trim().Length > max) Fail(field, "Rule.too-long", Invariant(max));
            else if (Inputs.TextRules.FirstForbidden(value.Trim(), kind) is var at and >= 0) Fail(field, "Rule.line-text", Inputs.TextRules.CodePoint(value.Trim()[at]));
        }

        public void Code(string? code, Dictionary<string, int> seen, int index, string scope = "")
        {
            Text("code", code, 40, required: true);
            if (string.IsNullOrWhiteSpace(code)) return;
            if (code != code.Trim()) Fail("code", "Mfa.code-spaces", code);
            else if (!seen.TryAdd(scope + code, index)) Fail("code", "Mfa.duplicate", code, Invariant(seen[scope + code] + 1));
        }

        public bool Reference(string field, string? code, Dictionary<string, int> known, string rule)
        {
            if (string.IsNullOrWhiteSpace(code)) { Fail(field, "Rule.required"); return false; }
            if (known.ContainsKey(code)) return true;
            Fail(field, rule, code);
            return false;
        }

        /// <summary>True when the value is usable (or the quantity is unknown).</summary>
        public bool Quantity(QuantityStatus kind, double? value, double? sd, double? relative, bool allowNegative)
        {
            if (!Enum.IsDefined(kind)) { Fail("kind", "Mfa.enum", kind.ToString()); return false; }
            if (kind == QuantityStatus.Unknown) return true;
            var ok = true;
            if (value is not { } v) { Fail("value", "Rule.required"); ok = false; }
            else if (!double.IsFinite(v) || (!allowNegative && v < 0)) { Fail("value", allowNegative ? "Mfa.finite" : "Rule.number", Invariant(v)); ok = false; }
            if (sd is { } s && !(double.IsFinite(s) && s >= 0)) Fail("standardDeviation", "Rule.number", Invariant(s));
            if (relative is { } r && !(double.IsFinite(r) && r >= 0 && r <= 10)) Fail("relativeUncertainty", "Rule.range", Invariant(r), "0", "10");
            if (kind is QuantityStatus.Measured or QuantityStatus.Estimated && sd is null && relative is null)
                Fail("standardDeviation", "Mfa.uncertainty-required");
            return ok;
        }
    }
}

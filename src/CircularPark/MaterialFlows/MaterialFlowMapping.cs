using CircularPark.Engines.MaterialFlow;

namespace CircularPark.MaterialFlows;

/// <summary>Hand-written mapping: stored model ↔ document, and document layer → the engine's <see cref="FlowLayer"/>.</summary>
public static class MaterialFlowMapping
{
    /// <summary>The model as a document; the model must be loaded with its layers (flows, parameters) and processes.</summary>
    public static MaterialFlowDocument ToDocument(MfaModel model, string parkName)
    {
        var layers = model.Layers.OrderBy(l => l.Id).ToList();
        return new MaterialFlowDocument
        {
            Park = parkName, Year = model.Year, Scenario = model.Scenario, Title = model.Title, Note = model.Note,
            ValueAdded = model.ValueAdded, Version = model.Version,
            Layers = [.. layers.Select(l => new LayerEntry(l.Code, l.Name, l.Kind, l.Unit))],
            Processes = [.. model.Processes.OrderBy(p => p.Id).Select(p => new ProcessEntry(p.Code, p.Name, p.Type, p.Note))],
            Flows = [.. layers.SelectMany(l => l.Flows.OrderBy(f => f.Id).Select(f => new FlowEntry(
                l.Code, f.Code, f.From!.Code, f.To!.Code, f.Value, f.Unit, f.StandardDeviation, f.RelativeUncertainty, f.Status, f.Roles, f.Name, f.Note)))],
            Parameters = [.. layers.SelectMany(l => l.Parameters.OrderBy(p => p.Id).Select(p => new ParameterEntry(
                l.Code, p.Type, p.Type == ParameterType.StockChange ? p.Process!.Code : p.Flow!.Code,
                p.Value, p.StandardDeviation, p.RelativeUncertainty, p.Status, p.Note)))],
        };
    }

    /// <summary>
    /// Makes <paramref name="model"/> hold exactly what <paramref name="doc"/> says (a valid document), changing rows in
    /// place where their codes match so that the audit records only what really changed.
    /// </summary>
    public static void Apply(MfaModel model, MaterialFlowDocument doc)
    {
        (model.Year, model.Scenario, model.Title, model.Note, model.ValueAdded) = (doc.Year, doc.Scenario, doc.Title.Trim(), Clean(doc.Note), doc.ValueAdded);
        var processes = Sync(model.Processes, doc.Processes, p => p.Code, e => e.Code,
            e => new MfaProcess { Code = e.Code, Name = e.Name.Trim(), Type = e.Type },
            (p, e) => (p.Name, p.Type, p.Note) = (e.Name.Trim(), e.Type, Clean(e.Note)));
        Sync(model.Layers, doc.Layers, l => l.Code, e => e.Code,
            e => new MfaLayer { Code = e.Code, Name = e.Name.Trim(), Unit = e.Unit.Trim() },
            (l, e) => (l.Name, l.Kind, l.Unit) = (e.Name.Trim(), e.Kind, e.Unit.Trim()));
        foreach (var layer in model.Layers)
        {
            var flows = Sync(layer.Flows, doc.Flows.Where(f => f.Layer == layer.Code).ToList(), f => f.Code, e => e.Code,
                e => new MfaFlow { Code = e.Code, Unit = e.Unit.Trim() },
                (f, e) =>
                {
                    (f.Name, f.From, f.To, f.Unit, f.Roles, f.Note) = (Clean(e.Name), processes[e.From], processes[e.To], e.Unit.Trim(), e.Roles, Clean(e.Note));
                    (f.Status, f.Value, f.StandardDeviation, f.RelativeUncertainty) = Quantity(e.Kind, e.Value, e.StandardDeviation, e.RelativeUncertainty);
                });
            Sync(layer.Parameters, doc.Parameters.Where(p => p.Layer == layer.Code).ToList(),
                p => $"{p.Type}:{(p.Type == ParameterType.StockChange ? p.Process?.Code : p.Flow?.Code)}", e => $"{e.Type}:{e.Target}",
                e => new MfaParameter { Type = e.Type },
                (p, e) =>
                {
                    (p.Process, p.Flow, p.Note) = e.Type == ParameterType.StockChange ? (processes[e.Target], (MfaFlow?)null, Clean(e.Note)) : ((MfaProcess?)null, flows[e.Target], Clean(e.Note));
                    (p.Status, p.Value, p.StandardDeviation, p.RelativeUncertainty) = Quantity(e.Kind, e.Value, e.StandardDeviation, e.RelativeUncertainty);
                });
        }
    }

    /// <summary>The engine's layer <paramref name="layerCode"/> of a valid document, every value in the layer's unit.</summary>
    public static FlowLayer ToEngine(MaterialFlowDocument doc, string layerCode)
    {
        var layer = doc.Layer(layerCode) ?? throw new ArgumentException($"No layer {layerCode}.", nameof(layerCode));
        var layerUnit = FlowUnit.Parse(layer.Unit);
        var flows = doc.Flows.Where(f => f.Layer == layerCode).ToList();
        var parameters = doc.Parameters.Where(p => p.Layer == layerCode).ToList();
        var stocks = parameters.Where(p => p.Type == ParameterType.StockChange).ToDictionary(p => p.Target);
        var used = flows.SelectMany(f => new[] { f.From, f.To }).Concat(stocks.Keys).ToHashSet(StringComparer.Ordinal);
        var processes = doc.Processes.Where(p => used.Contains(p.Code)).Select(p => new Process(
            p.Code, p.Type == ProcessType.Boundary ? ProcessKind.Boundary : ProcessKind.Internal,
            stocks.TryGetValue(p.Code, out var s) ? Engine(s.Kind, s.Value, s.StandardDeviation, s.RelativeUncertainty, 1) : null)).ToList();
        var engineFlows = flows.Select(f =>
        {
            var factor = FlowUnit.Parse(f.Unit).FactorTo(layerUnit);
            return new Flow(f.Code, f.From, f.To, Engine(f.Kind, f.Value, f.StandardDeviation, f.RelativeUncertainty, factor), f.Roles);
        }).ToList();
        var coefficients = parameters.Where(p => p.Type == ParameterType.TransferCoefficient)
            .Select(p => new TransferCoefficient(CoefficientId(p.Target), p.Target, Engine(p.Kind, p.Value, p.StandardDeviation, p.RelativeUncertainty, 1)))
            .ToList();
        return new FlowLayer(layer.Name, layer.Kind, processes, engineFlows, coefficients);
    }

    /// <summary>The engine id of the transfer coefficient that defines flow <paramref name="flowCode"/>.</summary>
    public static string CoefficientId(string flowCode) => "k:" + flowCode;

    private static Quantity Engine(QuantityStatus kind, double? value, double? sd, double? relative, double factor) => kind switch
    {
        QuantityStatus.Unknown => Engines.MaterialFlow.Quantity.Unknown,
        QuantityStatus.Fixed => Engines.MaterialFlow.Quantity.Fixed(value!.Value * factor),
        _ when sd is { } s => kind == QuantityStatus.Measured
            ? Engines.MaterialFlow.Quantity.Measured(value!.Value * factor, s * factor)
            : Engines.MaterialFlow.Quantity.Estimated(value!.Value * factor, s * factor),
        _ => Engines.MaterialFlow.Quantity.WithRelativeUncertainty(kind, value!.Value * factor, relative ?? 0),
    };

    /// <summary>What is stored: an unknown has no value or uncertainty, a fixed value no uncertainty.</summary>
    private static (QuantityStatus, double?, double?, double?) Quantity(QuantityStatus kind, double? value, double? sd, double? relative) => kind switch
    {
        QuantityStatus.Unknown => (kind, null, null, null),
        QuantityStatus.Fixed => (kind, value, null, null),
        _ => (kind, value, sd, sd is null ? relative : null),
    };

    private static Dictionary<string, TEntity> Sync<TEntity, TEntry>(List<TEntity> rows, IReadOnlyList<TEntry> entries,
        Func<TEntity, string> keyOfRow, Func<TEntry, string> keyOfEntry, Func<TEntry, TEntity> create, Action<TEntity, TEntry> update)
        where TEntity : class
    {
        var wanted = entries.ToDictionary(keyOfEntry, StringComparer.Ordinal);
        rows.RemoveAll(r => !wanted.ContainsKey(keyOfRow(r)));
        var byKey = rows.ToDictionary(keyOfRow, StringComparer.Ordinal);
        foreach (var (key, entry) in wanted)
        {
            if (!byKey.TryGetValue(key, out var row))
            {
                byKey[key] = row = create(entry);
                rows.Add(row);
            }
            update(row, entry);
        }
        return entries.ToDictionary(keyOfEntry, e => byKey[keyOfEntry(e)], StringComparer.Ordinal);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

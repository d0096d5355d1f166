using System.Text.Json;
using System.Text.Json.Serialization;
using CircularPark.Engines.MaterialFlow;

namespace CircularPark.MaterialFlows;

/// <summary>
/// A whole material-flow model as people and programs exchange it: the JSON export and import, the xlsx template, the
/// API's full read and the edit pages all use this shape. Processes and flows are referred to by their codes.
/// </summary>
public sealed record MaterialFlowDocument
{
    /// <summary>The park's name (filled on export; on import it names the park unless the route does).</summary>
    public string? Park { get; init; }
    public int Year { get; init; }
    public Scenario Scenario { get; init; }
    public string Title { get; init; } = "";
    public string? Note { get; init; }
    /// <summary>Value added of the park in the year, 万元 (for resource productivity).</summary>
    public double? ValueAdded { get; init; }
    /// <summary>The version the document was read at; an edit must send it back (ignored by imports).</summary>
    public long Version { get; init; }
    public IReadOnlyList<LayerEntry> Layers { get; init; } = [];
    public IReadOnlyList<ProcessEntry> Processes { get; init; } = [];
    public IReadOnlyList<FlowEntry> Flows { get; init; } = [];
    public IReadOnlyList<ParameterEntry> Parameters { get; init; } = [];

    public LayerEntry? Layer(string code) => Layers.FirstOrDefault(l => l.Code == code);

    public ProcessEntry? Process(string code) => Processes.FirstOrDefault(p => p.Code == code);
}

/// <summary>A layer; <paramref name="Unit"/> is what its flows are converted to (e.g. t/a, 万m³/a, tce/a).</summary>
public sealed record LayerEntry(string Code, string Name, LayerKind Kind, string Unit);

/// <summary>A process (enterprise, facility or the boundary).</summary>
public sealed record ProcessEntry(string Code, string Name, ProcessType Type, string? Note = null);

/// <summary>
/// A flow of layer <paramref name="Layer"/> from process <paramref name="From"/> to <paramref name="To"/>: a value in
/// <paramref name="Unit"/> (any unit of the layer's dimension), a standard deviation in the same unit or a relative
/// uncertainty (0.05 = 5 %), what is known about it and the roles the indicators count.
/// </summary>
public sealed record FlowEntry(
    string Layer, string Code, string From, string To, double? Value, string Unit,
    double? StandardDeviation = null, double? RelativeUncertainty = null, QuantityStatus Kind = QuantityStatus.Measured,
    FlowRoles Roles = FlowRoles.None, string? Name = null, string? Note = null);

/// <summary>
/// A stock change (<paramref name="Target"/> = a process code; value in the layer's unit, positive when the stock grows)
/// or a transfer coefficient (<paramref name="Target"/> = the code of the flow it defines; value in [0, 1]).
/// </summary>
public sealed record ParameterEntry(
    string Layer, ParameterType Type, string Target, double? Value,
    double? StandardDeviation = null, double? RelativeUncertainty = null, QuantityStatus Kind = QuantityStatus.Measured, string? Note = null);

/// <summary>The JSON form of exports and imports: camelCase, enums by name, Chinese unescaped, indented.</summary>
public static class MaterialFlowJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Serialize(MaterialFlowDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);
}

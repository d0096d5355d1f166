using System.Globalization;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>
/// Edits a model in tables with one plain form: the header, the layers, the processes, and the flows and parameters of
/// one layer. Blank rows add items, ticked rows are removed. The whole model is checked before anything is stored;
/// every broken rule is shown next to its cell.
/// </summary>
[Authorize]
public sealed class EditModel(GetMaterialFlowModel get, SaveMaterialFlowModel save) : PageModel
{
    public const int BlankRows = 3;

    [BindProperty] public EditForm Form { get; set; } = new();
    public ModelView View { get; private set; } = null!;
    public string Layer { get; private set; } = "";
    public string? Message { get; private set; }
    private readonly Dictionary<(string, int), Dictionary<string, string>> _errors = [];

    public string? Error(string section, int row, string field) =>
        _errors.TryGetValue((section, row), out var fields) && fields.TryGetValue(field, out var message) ? message : null;

    public async Task<IActionResult> OnGetAsync(int id, string? layer, CancellationToken ct)
    {
        var result = await LoadAsync(id, layer, ct);
        if (result is not null) return result;
        Form = EditForm.From(View.Document, Layer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? layer, CancellationToken ct)
    {
        var result = await LoadAsync(id, layer, ct);
        if (result is not null) return result;
        var saved = await save.ExecuteAsync(id, Form.Version, doc => Form.Apply(doc, Layer), AccessScope.From(User), ct);
        switch (saved.Outcome)
        {
            case MfaOutcome.Ok: return Redirect($"/material-flows/{id}?layer={Uri.EscapeDataString(Layer)}");
            case MfaOutcome.Forbidden: return Forbid();
            case MfaOutcome.NotFound: return NotFound();
            case MfaOutcome.Conflict: Message = Text.Get("Mfa.Conflict", id).In(CultureInfo.CurrentUICulture); break;
            default:
                Message = Text.Get("Mfa.Invalid", saved.Problems!.Count).In(CultureInfo.CurrentUICulture);
                foreach (var p in saved.Problems!)
                {
                    var row = Form.RowOf(p.Section, p.Index);
                    if (!_errors.TryGetValue((p.Section, row), out var fields)) _errors[(p.Section, row)] = fields = [];
                    fields.TryAdd(p.Field, p.Message.In(CultureInfo.CurrentUICulture));
                }
                break;
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, string? layer, CancellationToken ct)
    {
        var result = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        if (result.Outcome == MfaOutcome.Forbidden || result.Value is { CanChange: false }) return Forbid();
        if (result.Outcome != MfaOutcome.Ok) return NotFound();
        View = result.Value!;
        Layer = View.Document.Layer(layer ?? "")?.Code ?? View.Document.Layers[0].Code;
        return null;
    }
}

/// <summary>The edit form's fields; rows keep their order, and <see cref="RowOf"/> maps a document item back to its row.</summary>
public sealed class EditForm
{
    public long Version { get; set; }
    public int Year { get; set; }
    public Scenario Scenario { get; set; }
    public string? Title { get; set; }
    public string? Note { get; set; }
    public double? ValueAdded { get; set; }
    public List<LayerRow> Layers { get; set; } = [];
    public List<ProcessRow> Processes { get; set; } = [];
    public List<FlowRow> Flows { get; set; } = [];
    public List<ParameterRow> Parameters { get; set; } = [];
    private readonly Dictionary<string, List<int>> _rows = [];

    public static EditForm From(MaterialFlowDocument doc, string layer) => new()
    {
        Version = doc.Version, Year = doc.Year, Scenario = doc.Scenario, Title = doc.Title, Note = doc.Note, ValueAdded = doc.ValueAdded,
        Layers = [.. doc.Layers.Select(l => new LayerRow { Code = l.Code, Name = l.Name, Kind = l.Kind, Unit = l.Unit }), .. Blank<LayerRow>(1)],
        Processes = [.. doc.Processes.Select(p => new ProcessRow { Code = p.Code, Name = p.Name, Type = p.Type, Note = p.Note }), .. Blank<ProcessRow>(EditModel.BlankRows)],
        Flows = [.. doc.Flows.Where(f => f.Layer == layer).Select(f => new FlowRow
        {
            Code = f.Code, Name = f.Name, From = f.From, To = f.To, Value = f.Value, Unit = f.Unit, StandardDeviation = f.StandardDeviation,
            RelativePercent = f.RelativeUncertainty * 100, Kind = f.Kind, Product = f.Roles.HasFlag(FlowRoles.Product),
            Emission = f.Roles.HasFlag(FlowRoles.Emission), Waste = f.Roles.HasFlag(FlowRoles.Waste), Recycled = f.Roles.HasFlag(FlowRoles.Recycled), Note = f.Note,
        }), .. Blank<FlowRow>(EditModel.BlankRows)],
        Parameters = [.. doc.Parameters.Where(p => p.Layer == layer).Select(p => new ParameterRow
        {
            Type = p.Type, Target = p.Target, Value = p.Value, StandardDeviation = p.StandardDeviation, RelativePercent = p.RelativeUncertainty * 100, Kind = p.Kind, Note = p.Note,
        }), .. Blank<ParameterRow>(1)],
    };

    /// <summary>The document the form asks for: its layer's flows and parameters first, the other layers' as they were.</summary>
    public MaterialFlowDocument Apply(MaterialFlowDocument doc, string layer)
    {
        var layers = Keep("layers", Layers, r => r.IsBlank);
        var processes = Keep("processes", Processes, r => r.IsBlank);
        var flows = Keep("flows", Flows, r => r.IsBlank);
        var parameters = Keep("parameters", Parameters, r => r.IsBlank);
        // A renamed layer keeps its flows: the layer rows map old codes (in document order) to new ones.
        var renamed = doc.Layers.Zip(Layers).Where(x => !x.Second.Delete && !string.IsNullOrWhiteSpace(x.Second.Code)).ToDictionary(x => x.First.Code, x => x.Second.Code!.Trim());
        var current = renamed.GetValueOrDefault(layer, layer);
        return doc with
        {
            Year = Year, Scenario = Scenario, Title = Title ?? "", Note = Note, ValueAdded = ValueAdded,
            Layers = [.. layers.Select(r => new LayerEntry(r.Code?.Trim() ?? "", r.Name ?? "", r.Kind, r.Unit ?? ""))],
            Processes = [.. processes.Select(r => new ProcessEntry(r.Code?.Trim() ?? "", r.Name ?? "", r.Type, r.Note))],
            Flows = [.. flows.Select(r => r.Entry(current)),
                .. doc.Flows.Where(f => f.Layer != layer && renamed.ContainsKey(f.Layer)).Select(f => f with { Layer = renamed[f.Layer] })],
            Parameters = [.. parameters.Select(r => new ParameterEntry(current, r.Type, r.Target ?? "", r.Value, r.StandardDeviation, r.RelativePercent / 100, r.Kind, r.Note)),
                .. doc.Parameters.Where(p => p.Layer != layer && renamed.ContainsKey(p.Layer)).Select(p => p with { Layer = renamed[p.Layer] })],
        };
    }

    /// <summary>The form row of item <paramref name="index"/> of a section (−1 for items the form does not show).</summary>
    public int RowOf(string section, int index) =>
        section.Length == 0 ? 0 : _rows.TryGetValue(section, out var rows) && index < rows.Count ? rows[index] : -1;

    private List<T> Keep<T>(string section, List<T> rows, Func<T, bool> blank) where T : Row
    {
        var kept = rows.Select((r, i) => (r, i)).Where(x => !x.r.Delete && !blank(x.r)).ToList();
        _rows[section] = [.. kept.Select(x => x.i)];
        return [.. kept.Select(x => x.r)];
    }

    private static IEnumerable<T> Blank<T>(int count) where T : new() => Enumerable.Range(0, count).Select(_ => new T());

    public abstract class Row
    {
        public bool Delete { get; set; }
    }

    public sealed class LayerRow : Row
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public LayerKind Kind { get; set; }
        public string? Unit { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit);
    }

    public sealed class ProcessRow : Row
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public ProcessType Type { get; set; } = ProcessType.Enterprise;
        public string? Note { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
    }

    public sealed class FlowRow : Row
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public double? Value { get; set; }
        public string? Unit { get; set; }
        public double? StandardDeviation { get; set; }
        public double? RelativePercent { get; set; }
        public QuantityStatus Kind { get; set; }
        public bool Product { get; set; }
        public bool Emission { get; set; }
        public bool Waste { get; set; }
        public bool Recycled { get; set; }
        public string? Note { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && Value is null;

        public FlowEntry Entry(string layer) => new(layer, Code?.Trim() ?? "", From ?? "", To ?? "", Value, Unit ?? "", StandardDeviation, RelativePercent / 100, Kind,
            (Product ? FlowRoles.Product : 0) | (Emission ? FlowRoles.Emission : 0) | (Waste ? FlowRoles.Waste : 0) | (Recycled ? FlowRoles.Recycled : 0), Name, Note);
    }

    public sealed class ParameterRow : Row
    {
        public ParameterType Type { get; set; }
        public string? Target { get; set; }
        public double? Value { get; set; }
        public double? StandardDeviation { get; set; }
        public double? RelativePercent { get; set; }
        public QuantityStatus Kind { get; set; }
        public string? Note { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Target) && Value is null;
    }
}

using System.Globalization;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Exports;
using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.MaterialFlows;

/// <summary>
/// The xlsx template of a model: sheets 模型 (model: item/value), 物质层 (layers), 过程 (processes), 流 (flows) and 参数
/// (parameters: stock changes and transfer coefficients). Headers and sheet names are Chinese; English ones are
/// accepted. Enum cells take the Chinese or English label (or the name); roles are labels separated by commas.
/// Relative uncertainties are shares (0.05) or percentages ("5%").
/// </summary>
public static class MaterialFlowWorkbook
{
    internal static readonly string[] LayerColumns = ["code", "name", "kind", "unit"];
    internal static readonly string[] ProcessColumns = ["code", "name", "type", "note"];
    internal static readonly string[] FlowColumns = ["layer", "code", "name", "from", "to", "value", "unit", "standardDeviation", "relativeUncertainty", "kind", "roles", "note"];
    internal static readonly string[] ParameterColumns = ["layer", "type", "target", "value", "standardDeviation", "relativeUncertainty", "kind", "note"];
    internal static readonly string[] ModelItems = ["park", "year", "scenario", "title", "note", "valueAdded"];

    public static byte[] Build(MaterialFlowDocument doc)
    {
        var book = new XlsxBuilder();
        var model = book.Sheet(SheetName("model"));
        model.Row(XlsxStyle.Header, Label("name"), Label("value"));
        model.Row(XlsxStyle.Bordered, Label("park"), doc.Park);
        model.Row(XlsxStyle.Bordered, Label("year"), doc.Year);
        model.Row(XlsxStyle.Bordered, Label("scenario"), Text.Label(doc.Scenario).Zh);
        model.Row(XlsxStyle.Bordered, Label("title"), doc.Title);
        model.Row(XlsxStyle.Bordered, Label("note"), doc.Note);
        model.Row(XlsxStyle.Bordered, Label("valueAdded"), doc.ValueAdded);
        model.ColumnWidths(18, 60);
        Sheet(book, "layers", LayerColumns, doc.Layers.Select(l => new object?[] { l.Code, l.Name, Text.Label(l.Kind).Zh, l.Unit }), [12, 16, 12, 12]);
        Sheet(book, "processes", ProcessColumns, doc.Processes.Select(p => new object?[] { p.Code, p.Name, Text.Label(p.Type).Zh, p.Note }), [12, 28, 20, 30]);
        Sheet(book, "flows", FlowColumns, doc.Flows.Select(f => new object?[]
        {
            f.Layer, f.Code, f.Name, f.From, f.To, f.Value, f.Unit, f.StandardDeviation, f.RelativeUncertainty, Text.Label(f.Kind).Zh, Roles(f.Roles), f.Note,
        }), [10, 10, 20, 12, 12, 12, 10, 10, 12, 8, 14, 24]);
        Sheet(book, "parameters", ParameterColumns, doc.Parameters.Select(p => new object?[]
        {
            p.Layer, Text.Label(p.Type).Zh, p.Target, p.Value, p.StandardDeviation, p.RelativeUncertainty, Text.Label(p.Kind).Zh, p.Note,
        }), [10, 12, 12, 12, 10, 12, 8, 24]);
        return book.Build();
    }

    /// <summary>"废物,回用" (labels in Chinese, comma separated; empty for none).</summary>
    public static string Roles(FlowRoles roles) => string.Join(",",
        new[] { FlowRoles.Product, FlowRoles.Emission, FlowRoles.Waste, FlowRoles.Recycled }.Where(r => roles.HasFlag(r)).Select(r => Text.Label(r).Zh));

    internal static string SheetName(string key) => Text.Get($"Mfa.Sheet.{key}").Zh;

    internal static string Label(string field) => MaterialFlowRules.FieldLabel(field).Zh;

    private static void Sheet(XlsxBuilder book, string key, string[] columns, IEnumerable<object?[]> rows, double[] widths)
    {
        var sheet = book.Sheet(SheetName(key));
        sheet.Row(XlsxStyle.Header, [.. columns.Select(Label)]);
        foreach (var row in rows) sheet.Row(XlsxStyle.Bordered, row);
        sheet.ColumnWidths(widths);
    }
}

/// <summary>
/// Reads the template back: a document, and for every item the sheet row it came from, so that broken rules are
/// reported by sheet, row and column. Cells that cannot be read (a word where a number belongs) are problems too.
/// </summary>
internal sealed class WorkbookReader
{
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<(string Section, int Index), (string Sheet, int Row)> _origins = [];

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public int Rows { get; private set; }

    public MaterialFlowDocument? Read(IReadOnlyList<(string Name, Table Table)> sheets)
    {
        Table? Find(string key)
        {
            var names = Text.Get($"Mfa.Sheet.{key}");
            var found = sheets.FirstOrDefault(s => Same(s.Name, names.Zh) || Same(s.Name, names.En)).Table;
            if (found is null) _problems.Add(ImportProblem.Of(0, null, "sheet-missing", Text.Get("Mfa.sheet-missing", names.Zh, names.En)));
            return found;
        }
        var (model, layers, processes, flows, parameters) = (Find("model"), Find("layers"), Find("processes"), Find("flows"), Find("parameters"));
        if (model is null || layers is null || processes is null || flows is null || parameters is null) return null;
        var header = ReadModel(model);
        var doc = header with
        {
            Layers = Items(layers, "layers", MaterialFlowWorkbook.LayerColumns, ["code", "name", "unit"], r =>
                new LayerEntry(r.Text("code"), r.Text("name"), r.Enum<LayerKind>("kind", LayerKind.TotalMass), r.Text("unit"))),
            Processes = Items(processes, "processes", MaterialFlowWorkbook.ProcessColumns, ["code", "name", "type"], r =>
                new ProcessEntry(r.Text("code"), r.Text("name"), r.Enum<ProcessType>("type", ProcessType.Enterprise), r.Optional("note"))),
            Flows = Items(flows, "flows", MaterialFlowWorkbook.FlowColumns, ["layer", "code", "from", "to", "value", "unit"], r =>
                new FlowEntry(r.Text("layer"), r.Text("code"), r.Text("from"), r.Text("to"), r.Number("value"), r.Text("unit"),
                    r.Number("standardDeviation"), r.Share("relativeUncertainty"), r.Enum<QuantityStatus>("kind", QuantityStatus.Measured),
                    r.Roles("roles"), r.Optional("name"), r.Optional("note"))),
            Parameters = Items(parameters, "parameters", MaterialFlowWorkbook.ParameterColumns, ["layer", "type", "target", "value"], r =>
                new ParameterEntry(r.Text("layer"), r.Enum<ParameterType>("type", ParameterType.StockChange), r.Text("target"), r.Number("value"),
                    r.Number("standardDeviation"), r.Share("relativeUncertainty"), r.Enum<QuantityStatus>("kind", QuantityStatus.Measured), r.Optional("note"))),
        };
        return doc;
    }

    /// <summary>A broken rule of the document at the sheet, row and column its item came from (unless that cell already has a problem).</summary>
    public void Report(ModelProblem problem)
    {
        var (sheet, row) = _origins.GetValueOrDefault((problem.Section, problem.Section.Length == 0 ? ModelItemIndex(problem.Field) : problem.Index),
            (MaterialFlowWorkbook.SheetName(problem.Section.Length == 0 ? "model" : problem.Section), 0));
        var column = problem.Section.Length == 0 ? MaterialFlowRules.FieldLabel("value").Zh : MaterialFlowRules.FieldLabel(problem.Field).Zh;
        if (_problems.Any(p => p.Sheet == sheet && p.Row == row && p.Column == column)) return;
        _problems.Add(ImportProblem.Of(row, column, problem.Rule, problem.Message, sheet));
    }

    private static int ModelItemIndex(string field) => Array.IndexOf(MaterialFlowWorkbook.ModelItems, field);

    private MaterialFlowDocument ReadModel(Table table)
    {
        var sheet = MaterialFlowWorkbook.SheetName("model");
        var values = new Dictionary<string, (string Value, int Row)>();
        foreach (var line in table.Rows.Where(r => !r.IsBlank))
        {
            var key = MaterialFlowWorkbook.ModelItems.FirstOrDefault(k => Same(line.Cell(0), MaterialFlowRules.FieldLabel(k).Zh) || Same(line.Cell(0), MaterialFlowRules.FieldLabel(k).En));
            if (key is null) continue;
            values[key] = (line.Cell(1), line.Number);
            _origins[("", ModelItemIndex(key))] = (sheet, line.Number);
        }
        Rows += values.Count;
        var cells = new CellReader(this, sheet, 0, MaterialFlowRules.FieldLabel("value").Zh, key => values.GetValueOrDefault(key).Value ?? "");
        var rowOf = (string key) => values.TryGetValue(key, out var v) ? v.Row : 0;
        int year = 0;
        if (cells.Number("year", rowOf("year")) is { } y && y == Math.Floor(y) && Math.Abs(y) < 1e6) year = (int)y;
        return new MaterialFlowDocument
        {
            Park = cells.Optional("park"), Year = year, Scenario = cells.Enum<Scenario>("scenario", Scenario.Before, rowOf("scenario")),
            Title = cells.Text("title"), Note = cells.Optional("note"), ValueAdded = cells.Number("valueAdded", rowOf("valueAdded")),
        };
    }

    private List<T> Items<T>(Table table, string section, string[] columns, string[] required, Func<CellReader, T> read)
    {
        var sheet = MaterialFlowWorkbook.SheetName(section);
        var index = new Dictionary<string, int>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var key = columns.FirstOrDefault(c => Same(table.Header[i], MaterialFlowRules.FieldLabel(c).Zh) || Same(table.Header[i], MaterialFlowRules.FieldLabel(c).En));
            if (key is not null) index.TryAdd(key, i);
        }
        foreach (var missing in required.Where(k => !index.ContainsKey(k)))
        {
            var label = MaterialFlowRules.FieldLabel(missing);
            _problems.Add(ImportProblem.Of(1, label.Zh, "missing-column", Text.Get("Rule.missing-column", label.Zh, label.En), sheet));
        }
        if (required.Any(k => !index.ContainsKey(k))) return [];
        var items = new List<T>();
        foreach (var line in table.Rows.Where(r => !r.IsBlank))
        {
            _origins[(section, items.Count)] = (sheet, line.Number);
            items.Add(read(new CellReader(this, sheet, line.Number, null, key => index.TryGetValue(key, out var i) ? line.Cell(i) : "")));
        }
        Rows += items.Count;
        return items;
    }

    private static bool Same(string a, string b) => ParkImportColumns.Normalise(a) == ParkImportColumns.Normalise(b);

    /// <summary>Reads the cells of one row (or of the model sheet), reporting unreadable ones.</summary>
    private sealed class CellReader(WorkbookReader reader, string sheet, int row, string? fixedColumn, Func<string, string> cell)
    {
        public string Text(string key) => cell(key);

        public string? Optional(string key) => cell(key) is { Length: > 0 } text ? text : null;

        public double? Number(string key, int? atRow = null)
        {
            var text = cell(key).Replace(",", "", StringComparison.Ordinal);
            if (text.Length == 0) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
            Fail(key, "number", "Mfa.finite", cell(key), atRow);
            return double.NaN;
        }

        public double? Share(string key)
        {
            var text = cell(key).Trim();
            if (!text.EndsWith('%')) return Number(key);
            if (double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)) return percent / 100;
            Fail(key, "number", "Mfa.finite", text, null);
            return double.NaN;
        }

        public T Enum<T>(string key, T fallback, int? atRow = null) where T : struct, System.Enum
        {
            var text = cell(key);
            if (text.Length == 0) return fallback;
            if (Localization.Text.TryParseLabel<T>(text, out var value)) return value;
            Fail(key, "enum", "Mfa.enum", text, atRow);
            return fallback;
        }

        public FlowRoles Roles(string key)
        {
            var roles = FlowRoles.None;
            foreach (var part in cell(key).Split([',', '，', '、', ';', '；', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Localization.Text.TryParseLabel<FlowRoles>(part, out var role)) roles |= role;
                else Fail(key, "roles", "Mfa.roles", cell(key), null);
            }
            return roles;
        }

        private void Fail(string key, string rule, string message, string value, int? atRow)
        {
            var label = MaterialFlowRules.FieldLabel(key);
            reader._problems.Add(ImportProblem.Of(atRow ?? row, fixedColumn ?? label.Zh, rule, Localization.Text.Get(message, label.Zh, label.En, value), sheet));
        }
    }
}

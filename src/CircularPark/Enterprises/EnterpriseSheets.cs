using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>Whether a row of the 物料流 sheet is a stream the enterprise puts out or a material it takes in.</summary>
public enum StreamDirection
{
    Output = 1,
    Input = 2,
}

/// <summary>
/// The enterprise workbook: sheet 企业 (one row per enterprise) and sheet 物料流 (one row per stream and user, or per
/// input). Sheet names and headers match the Chinese or the English label, case and width insensitive; the export
/// writes the same shape, so an exported workbook can be edited and imported again.
/// </summary>
public static class EnterpriseSheets
{
    public const string EnterprisePrefix = "EnterpriseColumn.";
    public const string StreamPrefix = "StreamColumn.";

    public static readonly string[] EnterpriseKeys = ["Name", "IndustryCode", "Latitude", "Longitude", "Address", "PermitNumber", "PermitScope", "PermitValidTo"];

    public static readonly string[] StreamKeys =
    [
        "Enterprise", "Direction", "Name", "MaterialCode", "Category", "Kind", "Quantity", "Unit", "HazardCode", "SolidWasteCode",
        "BoughtOutside", "User", "OutsideUser", "UserQuantity",
    ];

    public static Bilingual SheetName(string key) => Text.Get($"Sheet.{key}");

    public static bool IsSheet(string name, string key) =>
        SheetColumns.Normalise(name) == SheetColumns.Normalise(SheetName(key).Zh) || SheetColumns.Normalise(name) == SheetColumns.Normalise(SheetName(key).En);
}

/// <summary>The columns of one sheet, found by their label in either language.</summary>
public sealed class SheetColumns
{
    private readonly Dictionary<string, int> _index;

    private SheetColumns(string sheet, string prefix, Dictionary<string, int> index) => (Sheet, Prefix, _index) = (sheet, prefix, index);

    /// <summary>The sheet's Chinese name, reported with each problem.</summary>
    public string Sheet { get; }

    public string Prefix { get; }

    public static (SheetColumns Columns, List<ImportProblem> Problems) Map(string sheet, IReadOnlyList<string> header, string prefix, string[] keys, string[] required)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = Normalise(header[i]);
            var key = keys.FirstOrDefault(k => Normalise(Text.Get(prefix + k).Zh) == cell || Normalise(Text.Get(prefix + k).En) == cell);
            if (key is not null) index.TryAdd(key, i);
        }
        var problems = required.Where(k => !index.ContainsKey(k)).Select(k =>
        {
            var label = Text.Get(prefix + k);
            return ImportProblem.Of(1, label.Zh, "missing-column", Text.Get("Rule.missing-column", label.Zh, label.En)) with { Sheet = sheet };
        }).ToList();
        return (new SheetColumns(sheet, prefix, index), problems);
    }

    public Bilingual Label(string key) => Text.Get(Prefix + key);

    public string Value(TableRow row, string key) => _index.TryGetValue(key, out var i) ? row.Cell(i) : "";

    /// <summary>A problem of a cell: row, column label, rule and message (label, value and extra arguments).</summary>
    public ImportProblem Problem(int row, string key, string rule, string value, params string[] extra)
    {
        var label = Label(key);
        return ImportProblem.Of(row, label.Zh, rule, Text.Get($"Rule.{rule}", [label.Zh, label.En, value, .. extra])) with { Sheet = Sheet };
    }

    /// <summary>A problem whose message is already written (a business rule's), placed on a cell of this sheet.</summary>
    public ImportProblem Problem(int row, string key, string rule, Bilingual message) =>
        ImportProblem.Of(row, Label(key).Zh, rule, message) with { Sheet = Sheet };

    internal static string Normalise(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}

using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>The columns of a park list file. Headers match the Chinese or the English label, case and width insensitive.</summary>
public sealed class ParkImportColumns
{
    public static readonly string[] Keys =
    [
        "Sequence", "Name", "ShortName", "FormerNames", "OtherNames", "Level", "Kind", "Province", "City", "County", "PlannedYear",
        "State", "StateDate", "Area", "LeadingIndustries", "EnterpriseCount", "YearFounded", "ManagementBody",
    ];

    private readonly Dictionary<string, int> _index;

    private ParkImportColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>
    /// Maps the header to the columns. A header cell that names no column is a warning (its values are not read, and the
    /// report says so); a column given twice is a problem (which one to read would be a guess).
    /// </summary>
    public static (ParkImportColumns Columns, List<ImportProblem> Problems) Map(IReadOnlyList<string> header, bool campaignList, List<ImportProblem> warnings)
    {
        var index = new Dictionary<string, int>();
        var problems = new List<ImportProblem>();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = Normalise(header[i]);
            if (cell.Length == 0) continue;
            var key = Keys.FirstOrDefault(k => Normalise(Label(k).Zh) == cell || Normalise(Label(k).En) == cell
                || (k == "Area" && cell is "面积" or "area"));
            if (key is null)
                warnings.Add(ImportProblem.Of(1, header[i].Trim(), "unknown-column", Text.Get("Rule.unknown-column", header[i].Trim(), ColumnList(english: false), ColumnList(english: true))));
            else if (!index.TryAdd(key, i))
                problems.Add(ImportProblem.Of(1, header[i].Trim(), "duplicate-column", Text.Get("Rule.duplicate-column", Label(key).Zh, Label(key).En, index[key] + 1, i + 1)));
        }
        // A list that names no city gives its province (省份) instead.
        var place = index.ContainsKey("Province") ? "Province" : "City";
        // 级别 is optional: a list that does not state levels gives 未注明 (ParkLevel.NotStated).
        var required = campaignList ? new[] { "Name", place, "PlannedYear" } : ["Name", place];
        problems.AddRange(required.Where(k => !index.ContainsKey(k))
            .Select(k => ImportProblem.Of(1, Label(k).Zh, "missing-column", Text.Get("Rule.missing-column", Label(k).Zh, Label(k).En))));
        return (new ParkImportColumns(index), problems);
    }

    public static Bilingual Label(string key) => Text.Get($"Column.{key}");

    /// <summary>The columns a park list may have, in both languages, for messages.</summary>
    private static string ColumnList(bool english) => string.Join(english ? ", " : "、", Keys.Select(k => english ? Label(k).En : Label(k).Zh));

    public bool Has(string key) => _index.ContainsKey(key);

    public string Value(TableRow row, string key) => _index.TryGetValue(key, out var i) ? row.Cell(i) : "";

    /// <summary>How headers are compared: trimmed, full-width brackets as ASCII, without spaces, lower case.</summary>
    public static string Normalise(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}

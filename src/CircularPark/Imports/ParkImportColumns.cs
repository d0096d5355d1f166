using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>The columns of a park list file. Headers match the Chinese or the English label, case and width insensitive.</summary>
public sealed class ParkImportColumns
{
    public static readonly string[] Keys =
    [
        "Sequence", "Name", "ShortName", "Level", "Kind", "Province", "City", "County", "PlannedYear", "State",
        "Area", "LeadingIndustries", "EnterpriseCount", "YearFounded", "ManagementBody",
    ];

    private readonly Dictionary<string, int> _index;

    private ParkImportColumns(Dictionary<string, int> index) => _index = index;

    public static (ParkImportColumns Columns, List<ImportProblem> Problems) Map(IReadOnlyList<string> header, bool campaignList)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = Normalise(header[i]);
            var key = Keys.FirstOrDefault(k => Normalise(Label(k).Zh) == cell || Normalise(Label(k).En) == cell
                || (k == "Area" && cell is "面积" or "area"));
            if (key is not null) index.TryAdd(key, i);
        }
        // A list that names no city gives its province (省份) instead.
        var place = index.ContainsKey("Province") ? "Province" : "City";
        // 级别 is optional: a list that does not state levels gives 未注明 (ParkLevel.NotStated).
        var required = campaignList ? new[] { "Name", place, "PlannedYear" } : ["Name", place];
        var problems = required.Where(k => !index.ContainsKey(k))
            .Select(k => ImportProblem.Of(1, Label(k).Zh, "missing-column", Text.Get("Rule.missing-column", Label(k).Zh, Label(k).En)))
            .ToList();
        return (new ParkImportColumns(index), problems);
    }

    public static Bilingual Label(string key) => Text.Get($"Column.{key}");

    public bool Has(string key) => _index.ContainsKey(key);

    public string Value(TableRow row, string key) => _index.TryGetValue(key, out var i) ? row.Cell(i) : "";

    /// <summary>How headers are compared: trimmed, full-width brackets as ASCII, without spaces, lower case.</summary>
    public static string Normalise(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}

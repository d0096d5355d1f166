using System.Globalization;
using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.Funds;

/// <summary>A column of a funds file: its key, the names accepted (Chinese first, then English) and whether it is required.</summary>
internal sealed record FundColumn(string Key, string Zh, string En, bool Required, params string[] Also);

/// <summary>The columns of the bulk award and disbursement files, and how a row's cells become a step's input.</summary>
internal static class FundImportColumns
{
    private static readonly FundColumn Park = new("Park", "园区名称", "Park", true, "园区");
    private static readonly FundColumn Project = new("Project", "项目编号", "Project", true, "项目", "Project key");
    private static readonly FundColumn Document = new("Document", "文号", "Document number", true, "文件编号", "Document");
    private static readonly FundColumn Reason = new("Reason", "说明", "Note", false, "备注", "Reason");

    public static IReadOnlyList<FundColumn> For(FundImportKind kind) => kind == FundImportKind.Awards
        ? [Park, Project, new("Amount", "安排金额（万元）", "Amount", true, "安排金额", "金额"), Document, new("Date", "下达日期", "Date", true, "日期"), Reason]
        : [Park, Project, new("Tranche", "批次", "Tranche", false, "拨付批次"), new("Amount", "拨付金额（万元）", "Amount", true, "拨付金额", "金额"), Document,
            new("Date", "拨付日期", "Date", true, "日期"), Reason];

    /// <summary>Column positions by key; a required column missing, a column given twice or a column not known is a problem.</summary>
    public static (Dictionary<string, int> Index, List<ImportProblem> Problems) Map(IReadOnlyList<string> header, IReadOnlyList<FundColumn> columns)
    {
        var index = new Dictionary<string, int>();
        var problems = new List<ImportProblem>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalise(header[i]);
            if (name.Length == 0) continue;
            var column = columns.FirstOrDefault(c => new[] { c.Zh, c.En }.Concat(c.Also).Any(n => Normalise(n) == name));
            if (column is null) problems.Add(ImportProblem.Of(1, header[i], "unknown-column", Text.Get("Fund.Import.UnknownColumn", header[i])));
            else if (!index.TryAdd(column.Key, i)) problems.Add(ImportProblem.Of(1, header[i], "duplicate-column", Text.Get("Fund.Import.ColumnTwice", header[i])));
        }
        foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Key)))
            problems.Add(ImportProblem.Of(1, missing.Zh, "missing-column", Text.Get("Rule.missing-column", missing.Zh, missing.En)));
        return (index, problems);
    }

    /// <summary>The row as a step's input, or null (with the problems added) when a cell breaks a rule.</summary>
    public static FundStepInput? Input(FundImportKind kind, Func<string, string> cell, int row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var amount = Amount(cell("Amount"), row, problems);
        var date = Date(cell("Date"), row, problems);
        int? tranche = null;
        if (kind == FundImportKind.Disbursements && cell("Tranche").Length > 0)
        {
            if (int.TryParse(cell("Tranche").TrimStart('第').TrimEnd('批'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0) tranche = n;
            else problems.Add(ImportProblem.Of(row, "批次", "integer", Text.Get("Rule.integer", "批次", "Tranche", cell("Tranche"))));
        }
        if (cell("Document").Length == 0) problems.Add(ImportProblem.Of(row, "文号", "required", Text.Get("Rule.required", "文号", "Document number")));
        return problems.Count > before ? null : new FundStepInput(cell("Reason") is { Length: > 0 } r ? r : null, amount, cell("Document"), date, tranche);
    }

    private static decimal? Amount(string text, int row, List<ImportProblem> problems)
    {
        if (text.Length == 0) { problems.Add(ImportProblem.Of(row, "金额", "required", Text.Get("Rule.required", "金额", "Amount"))); return null; }
        if (!decimal.TryParse(text.Replace("，", ",", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            problems.Add(ImportProblem.Of(row, "金额", "number", Text.Get("Rule.not-a-number", text)));
            return null;
        }
        if (FundStepInput.MoneyRule(amount) is { } bad) { problems.Add(ImportProblem.Of(row, "金额", "money", bad)); return null; }
        return amount;
    }

    /// <summary>A date as people write it or as Excel stores it (<see cref="CellDate"/>).</summary>
    private static DateOnly? Date(string text, int row, List<ImportProblem> problems)
    {
        if (CellDate.Parse(text) is { } day) return day;
        problems.Add(ImportProblem.Of(row, "日期", "date", Text.Get("Rule.date", "日期", "Date", text)));
        return null;
    }

    /// <summary>A name as compared: without spaces, full-width brackets as ASCII, case ignored (names are written three ways).</summary>
    public static string Normalise(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)))
        .Replace('（', '(').Replace('）', ')').ToUpperInvariant();
}

using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>
/// One problem in an import file: the spreadsheet row (header = 1, 0 = the file), the column, the rule and the message;
/// in a workbook of several sheets, also the sheet.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string Rule, string MessageZh, string MessageEn, string? Sheet = null)
{
    public static ImportProblem Of(int row, string? column, string rule, Bilingual message, string? sheet = null) =>
        new(row, column, rule, message.Zh, message.En, sheet);
}

/// <summary>
/// What an import did or would do. A file with any problem stores nothing (<see cref="Committed"/> is false);
/// a dry run never stores.
/// </summary>
public sealed record ImportReport(
    bool DryRun,
    bool Committed,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;

    public static ImportReport Failed(bool dryRun, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(dryRun, false, rows, 0, 0, 0, problems);
}

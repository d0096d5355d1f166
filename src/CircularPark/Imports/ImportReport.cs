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

/// <summary>What an import does with a row: a new record, a stored one matched unchanged, a stored one changed, or a problem.</summary>
public enum ImportRowStatus
{
    New,
    Matched,
    Changed,
    Problem,
}

/// <summary>A value a row changes: the column, the stored value and the row's value (as shown, in the file's language).</summary>
public sealed record FieldChange(string ColumnZh, string ColumnEn, string? Before, string? After);

/// <summary>
/// One row of the file and what the import does or would do with it: which stored record it matched, which fields it
/// changes, and, for a row whose record could not be told, the stored records it may mean.
/// </summary>
public sealed record ImportRowOutcome(
    int Row, string? Name, ImportRowStatus Status, int? Id, string? MatchedName,
    IReadOnlyList<FieldChange> Changes, IReadOnlyList<ParkCandidate> Candidates);

/// <summary>
/// What an import did or would do. A file with any problem stores nothing (<see cref="Committed"/> is false);
/// a dry run never stores. The counts are of the rows without problems, also when other rows have problems.
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

    /// <summary>Every data row and what happens to it (for imports that report rows one by one).</summary>
    public IReadOnlyList<ImportRowOutcome> Outcomes { get; init; } = [];

    /// <summary>What the import noticed but does not stop for, such as a column it does not read.</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    public static ImportReport Failed(bool dryRun, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(dryRun, false, rows, 0, 0, 0, problems);
}

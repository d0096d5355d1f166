using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>
/// One published result as its document states it, in the words of a file row or a form: every value still text. Row is
/// the spreadsheet row (header = 1), 0 for the one-park form.
/// </summary>
public sealed record PublishedResultLine(int Row, string Park, string Grade, string Score = "", string NoticeNumber = "", string NoticeOn = "");

/// <summary>The document's number and date given once for every line that leaves them empty (a whole notice in one file).</summary>
public sealed record PublishedNotice(string? Number, string? On)
{
    public static readonly PublishedNotice None = new(null, null);
}

/// <summary>What recording a line does. Values are part of the API; never renumber.</summary>
public enum PublishedResultChange
{
    /// <summary>新记录: the park had no published result in the campaign.</summary>
    Created = 1,
    /// <summary>无变化: the same result is already recorded (recording it again changes nothing).</summary>
    Unchanged = 2,
    /// <summary>已更正: a different result was recorded and the user chose to replace it.</summary>
    Replaced = 3,
}

/// <summary>The outcome of one line: the park it matched and the result as it is (or would be) recorded.</summary>
public sealed record PublishedResultOutcome(int Row, int ParkId, string Park, string Grade, string GradeZh, string GradeEn, bool Passed,
    double? Score, string NoticeNumber, DateOnly NoticeOn, PublishedResultChange Change);

/// <summary>
/// What recording published results did or would do, line by line. Any problem stores nothing (<see cref="Committed"/>
/// false, no outcomes); a dry run reports the outcomes and stores nothing.
/// </summary>
public sealed record PublishedResultsReport(bool DryRun, bool Committed, int Rows, IReadOnlyList<PublishedResultOutcome> Outcomes,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;

    public static PublishedResultsReport Failed(bool dryRun, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(dryRun, false, rows, [], [.. problems.OrderBy(p => p.Row)]);

    public static PublishedResultsReport FileProblem(bool dryRun, string rule, params object[] args) =>
        Failed(dryRun, 0, [ImportProblem.Of(0, null, rule, Text.Get($"Rule.{rule}", args))]);
}

/// <summary>The columns of a published-results file; a header matches any of a column's names (Chinese or English, spaces and case ignored).</summary>
public static class PublishedResultColumns
{
    public const string Park = "Park", Grade = "Grade", Score = "Score", NoticeNumber = "NoticeNumber", NoticeOn = "NoticeOn";

    private static readonly (string Key, string[] Names)[] Names =
    [
        (Park, ["园区名称", "园区", "park"]),
        (Grade, ["验收结论", "验收等级", "验收结果", "等级", "grade"]),
        (Score, ["评分", "得分", "score"]),
        (NoticeNumber, ["文号", "通报文号", "备案号", "documentnumber", "noticenumber"]),
        (NoticeOn, ["日期", "通报日期", "备案日期", "发文日期", "date", "noticedate"]),
    ];

    /// <summary>The column's label in both languages, as problems name it.</summary>
    public static Bilingual Label(string key) => Text.Get($"PublishedColumn.{key}");

    /// <summary>Each key's column index (−1 when absent).</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> header)
    {
        var cells = header.Select(ParkImportColumns.Normalise).ToList();
        return Names.ToDictionary(n => n.Key, n => cells.FindIndex(c => n.Names.Contains(c)));
    }
}

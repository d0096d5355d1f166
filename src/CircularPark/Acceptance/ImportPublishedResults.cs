using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;
using C = CircularPark.Acceptance.PublishedResultColumns;

namespace CircularPark.Acceptance;

/// <summary>
/// Records a published acceptance notice from xlsx or CSV, a park per row: 园区名称 and 验收结论 (required), 评分, 文号 and
/// 日期 (optional when given once for the whole file). The rules are those of <see cref="RecordPublishedResults"/>: any
/// problem in any row stores nothing; a dry run reports what each row would do.
/// </summary>
public sealed class ImportPublishedResults(RecordPublishedResults record)
{
    public async Task<(Failure? Refusal, PublishedResultsReport? Report)> ExecuteAsync(string campaignCode, Stream file, string fileName,
        PublishedNotice notice, bool replace, bool dryRun, AccessScope user, CancellationToken ct = default)
    {
        if ((await record.LoadCampaignAsync(campaignCode, user, ct)).Refusal is { } refusal) return (refusal, null);
        Table table;
        try
        {
            table = TableReader.Read(file, fileName);
        }
        catch (NotSupportedException)
        {
            return (null, PublishedResultsReport.FileProblem(dryRun, "format", Path.GetExtension(fileName)));
        }
        catch (TableReadException e)
        {
            return (null, PublishedResultsReport.Failed(dryRun, 0, [e.Problem]));
        }
        var rows = table.Rows.Where(r => !r.IsBlank).ToList();
        if (rows.Count == 0) return (null, PublishedResultsReport.FileProblem(dryRun, "empty-file"));

        var index = C.Map(table.Header);
        var missing = new[] { C.Park, C.Grade }.Where(k => index[k] < 0)
            .Select(k => ImportProblem.Of(1, C.Label(k).Zh, "missing-column", Text.Get("Rule.missing-column", C.Label(k).Zh, C.Label(k).En))).ToList();
        if (missing.Count > 0) return (null, PublishedResultsReport.Failed(dryRun, rows.Count, missing));

        var lines = rows.Select(r =>
        {
            string Cell(string key) => r.Cell(index[key]);
            return new PublishedResultLine(r.Number, Cell(C.Park), Cell(C.Grade), Cell(C.Score), Cell(C.NoticeNumber), Cell(C.NoticeOn));
        }).ToList();
        return await record.ExecuteAsync(campaignCode, lines, notice, Path.GetFileName(fileName), replace, dryRun, user, ct);
    }
}

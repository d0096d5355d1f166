using System.CommandLine;
using System.Globalization;
using CircularPark.Acceptance;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>acceptance results import FILE --campaign CODE [--number 文号] [--date YYYY-MM-DD] [--replace] [--dry-run]</c>: records
/// the acceptance results a province published before the product was used (ADR 0074), through the same rules as the API.
/// </summary>
internal static class AcceptanceCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An .xlsx or .csv file: 园区名称, 验收结论 (优秀/良好/中等/合格/不合格 or 通过/不通过)[, 评分, 文号, 日期]" };
        file.AcceptExistingOnly();
        var campaign = new Option<string>("--campaign") { Description = "The campaign's code, e.g. gd-2020-923", Required = true };
        var number = new Option<string?>("--number") { Description = "The notice's document number (文号) for rows that leave it empty" };
        var date = new Option<string?>("--date") { Description = "The notice's date (YYYY-MM-DD) for rows that leave it empty" };
        var replace = new Option<bool>("--replace") { Description = "Replace a different result already recorded for a park (otherwise it is a problem)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report what it would do; store nothing" };
        var import = new Command("import", "Record a published acceptance notice, a park per row; every problem is reported by row, a file with problems stores nothing")
        {
            file, campaign, number, date, replace, dryRun,
        };
        import.SetAction((parse, ct) => ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(campaign)!, new PublishedNotice(parse.GetValue(number), parse.GetValue(date)),
            parse.GetValue(replace), parse.GetValue(dryRun), ct));
        return new Command("acceptance", "Acceptance (验收)") { new Command("results", "Acceptance results") { import } };
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, string campaign, PublishedNotice notice, bool replace, bool dryRun, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var (refusal, report) = await scope.ServiceProvider.GetRequiredService<ImportPublishedResults>()
            .ExecuteAsync(campaign, stream, file.Name, notice, replace, dryRun, CliHost.Operator, ct);
        if (refusal is not null)
        {
            await Console.Error.WriteLineAsync($"{refusal.Explain(english: false)} / {refusal.Explain(english: true)}");
            return 1;
        }
        foreach (var p in report!.Problems)
            Console.WriteLine($"row {p.Row,6}  {p.Column,-10} {p.Rule,-18} {p.MessageZh} / {p.MessageEn}");
        foreach (var o in report.Outcomes)
            Console.WriteLine($"row {o.Row,6}  {o.Park}  {o.GradeZh}  {o.NoticeNumber}  {o.NoticeOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {o.Change}");
        Console.WriteLine(report.HasProblems
            ? $"{report.Problems.Count} problem(s) in {report.Rows} rows: nothing stored."
            : $"{(dryRun ? "Dry run, nothing stored" : "Stored")}: {report.Rows} rows.");
        return report.HasProblems ? 1 : 0;
    }
}

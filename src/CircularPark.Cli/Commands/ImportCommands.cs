using System.CommandLine;
using CircularPark.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>import parks FILE [--campaign CODE] [--choices "5=new;7=123"] [--dry-run]</c>.</summary>
internal static class ImportCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A park list as .xlsx or .csv (columns 园区名称, 级别, 属地, …; see README)" };
        file.AcceptExistingOnly();
        var campaign = new Option<string?>("--campaign") { Description = "Import as the list of this campaign (needs the 计划年度 column)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; store nothing" };
        var choices = new Option<string?>("--choices") { Description = "For rows whose park the name does not tell: ROW=new or ROW=PARK_ID, separated by ';'" };
        var parks = new Command("parks", "Import parks (and a campaign's list): every problem is reported by row and column; a file with problems stores nothing")
        {
            file, campaign, dryRun, choices,
        };
        parks.SetAction((parse, ct) => ImportParksAsync(parse, parse.GetValue(file)!, parse.GetValue(campaign), parse.GetValue(dryRun), parse.GetValue(choices), ct));
        var statsFile = new Argument<FileInfo>("FILE") { Description = "Statistics as .xlsx or .csv, one value per row: 园区名称, 年份, 数据项, 数值, 单位, 说明" };
        statsFile.AcceptExistingOnly();
        var statsDryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; store nothing" };
        var statistics = new Command("statistics", "Import park statistics; every rule is checked, a file with problems stores nothing") { statsFile, statsDryRun };
        statistics.SetAction((parse, ct) => ImportStatisticsAsync(parse, parse.GetValue(statsFile)!, parse.GetValue(statsDryRun), ct));
        return new Command("import", "Import data from files") { parks, statistics };
    }

    private static async Task<int> ImportParksAsync(ParseResult parse, FileInfo file, string? campaign, bool dryRun, string? choices, CancellationToken ct)
    {
        if (ParkChoice.Parse(choices, out var bad) is not { } chosen)
        {
            var message = Localization.Text.Get("Rule.choices", bad);
            await Console.Error.WriteLineAsync($"{message.Zh} / {message.En}");
            return 2;
        }
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var report = await scope.ServiceProvider.GetRequiredService<ImportParks>().ExecuteAsync(stream, file.Name, campaign, dryRun, CliHost.Operator, chosen, ct);
        return Print(report, dryRun);
    }

    private static async Task<int> ImportStatisticsAsync(ParseResult parse, FileInfo file, bool dryRun, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var report = await scope.ServiceProvider.GetRequiredService<Statistics.ImportStatistics>().ExecuteAsync(stream, file.Name, dryRun, CliHost.Operator, ct);
        return Print(report, dryRun);
    }

    private static int Print(ImportReport report, bool dryRun)
    {
        foreach (var w in report.Warnings)
            Console.WriteLine($"note         {w.Column,-10} {w.Rule,-16} {w.MessageZh} / {w.MessageEn}");
        foreach (var o in report.Outcomes.Where(o => o.Status != ImportRowStatus.Problem))
            Console.WriteLine($"row {o.Row,6}  {o.Status,-10} {o.Name}{(o.Id is { } id ? $" → #{id} {o.MatchedName}" : "")}"
                + string.Concat(o.Changes.Select(c => $"; {c.ColumnZh}: {c.Before ?? "—"} → {c.After ?? "—"}")));
        foreach (var p in report.Problems)
            Console.WriteLine($"row {p.Row,6}  {p.Column,-10} {p.Rule,-16} {p.MessageZh} / {p.MessageEn}");
        Console.WriteLine(report.HasProblems
            ? $"{report.Problems.Count} problem(s) in {report.Rows} rows: nothing stored."
            : $"{(dryRun ? "Dry run, nothing stored" : "Stored")}: {report.Rows} rows, {report.Created} new, {report.Updated} changed, {report.Unchanged} unchanged.");
        return report.HasProblems ? 1 : 0;
    }
}

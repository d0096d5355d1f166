using System.CommandLine;
using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>funds awards FILE --programme CODE [--dry-run]</c>, <c>funds disbursements FILE --programme CODE [--dry-run]</c>:
/// bulk steps from xlsx/CSV through the same rules as the API (a file with any problem stores nothing);
/// <c>funds export --programme CODE [--format xlsx|docx] [--output FILE]</c>: 资金安排及拨付情况表 or the programme's summary.
/// </summary>
internal static class FundsCommands
{
    public static Command Create() => new("funds", "Fund programmes: bulk awards and disbursements from files, the programme's table and summary")
    {
        Import("awards", FundImportKind.Awards, "Award from a file: 园区名称, 项目编号, 安排金额（万元）, 文号, 下达日期[, 说明]"),
        Import("disbursements", FundImportKind.Disbursements, "Record tranches paid from a file: 园区名称, 项目编号, [批次,] 拨付金额（万元）, 文号, 拨付日期[, 说明]"),
        Export(),
    };

    private static Command Import(string name, FundImportKind kind, string description)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An .xlsx or .csv file with Chinese or English headers" };
        file.AcceptExistingOnly();
        var programme = new Option<string>("--programme") { Description = "The programme's code, e.g. gd-2025-sj", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row against the rules and the budget; store nothing" };
        var command = new Command(name, description + "; every problem is reported by row, a file with problems stores nothing") { file, programme, dryRun };
        command.SetAction((parse, ct) => ImportAsync(parse, kind, parse.GetValue(file)!, parse.GetValue(programme)!, parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FundImportKind kind, FileInfo file, string programme, bool dryRun, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var done = await scope.ServiceProvider.GetRequiredService<ImportFundSteps>().ExecuteAsync(programme, kind, stream, file.Name, dryRun, CliHost.Operator, ct);
        if (!done.IsOk)
        {
            await Console.Error.WriteLineAsync($"{done.Failure!.Explain(english: false)} / {done.Failure.Explain(english: true)}");
            return 1;
        }
        var report = done.Value;
        foreach (var p in report.Problems)
            Console.WriteLine($"row {p.Row,6}  {p.Column,-10} {p.Rule,-16} {p.MessageZh} / {p.MessageEn}");
        Console.WriteLine(report.HasProblems
            ? $"{report.Problems.Count} problem(s) in {report.Rows} rows: nothing stored."
            : $"{(dryRun ? "Dry run, nothing stored" : "Stored")}: {report.Rows} rows.");
        return report.HasProblems ? 1 : 0;
    }

    private static Command Export()
    {
        var programme = new Option<string>("--programme") { Description = "The programme's code", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx (资金安排及拨付情况表) or docx (summary)", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "docx");
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: CODE-funds.FORMAT in the current folder)" };
        var command = new Command("export", "Export a programme's table of awards and payments (xlsx) or its summary (docx)") { programme, format, output };
        command.SetAction((parse, ct) => ExportAsync(parse, parse.GetValue(programme)!, parse.GetValue(format)!, parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> ExportAsync(ParseResult parse, string code, string format, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().FundProgrammes.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        var view = id is { } found ? await scope.ServiceProvider.GetRequiredService<GetFundProgramme>().ExecuteAsync(found, CliHost.Operator, ct) : default;
        if (id is null || !view.IsOk)
        {
            await Console.Error.WriteLineAsync($"资金计划“{code}”不存在 / No programme \"{code}\"");
            return 1;
        }
        var library = await scope.ServiceProvider.GetRequiredService<GetFundLibrary>().ExecuteAsync(new FundLibraryFilter(Programme: code), CliHost.Operator, ct);
        var bytes = format == "docx" ? FundsExport.ProgrammeDocx(view.Value, library) : FundsExport.LibraryXlsx(library, $"{view.Value.Programme.NameZh}资金安排及拨付情况表");
        var path = output?.FullName ?? Path.GetFullPath($"{code}-funds.{format}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        Console.WriteLine($"Wrote {path} ({bytes.Length} bytes, {library.Lines.Count} projects, awarded {FundsExport.M(library.Totals.Awarded)}, paid {FundsExport.M(library.Totals.Paid)} 万元).");
        return 0;
    }
}

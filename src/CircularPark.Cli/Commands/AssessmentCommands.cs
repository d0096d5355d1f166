using System.CommandLine;
using System.Globalization;
using CircularPark.Assessments;
using CircularPark.Economics;
using CircularPark.Exports;
using CircularPark.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>assessment compute --scheme ID</c>; <c>assessment export --scheme ID --format docx|xlsx [--output FILE]</c>;
/// <c>assessment reported FILE</c> (regions' reported totals, the columns of data/seed/economics-*.csv).
/// </summary>
internal static class AssessmentCommands
{
    public static Command Create()
    {
        var scheme = new Option<int>("--scheme") { Description = "Scheme id (see /assessment)", Required = true };
        var compute = new Command("compute", "Compute (or recompute) a scheme's yearly assessment and print the ranking") { scheme };
        compute.SetAction((parse, ct) => ComputeAsync(parse, parse.GetValue(scheme), ct));
        var exportScheme = new Option<int>("--scheme") { Description = "Scheme id", Required = true };
        var format = new Option<string>("--format") { Description = "docx (the notice to the parks) or xlsx", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "xlsx");
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: the notice's title.FORMAT in the current folder)" };
        var export = new Command("export", "Export a scheme's assessment: ranking, each item's points, adjustments, each park's detail") { exportScheme, format, output };
        export.SetAction((parse, ct) => ExportAsync(parse, parse.GetValue(exportScheme), parse.GetValue(format)!, parse.GetValue(output), ct));
        var file = new Argument<FileInfo>("FILE") { Description = "CSV or xlsx: region, year, scope, code, value, unit, reported_growth_percent, reported_share_percent, source, quote" };
        var reported = new Command("reported", "Store regions' reported totals (replacing each region-year's); warnings are printed, errors store nothing") { file };
        reported.SetAction((parse, ct) => ReportedAsync(parse, parse.GetValue(file)!, ct));
        return new Command("assessment", "Park assessment, ranking and regions' reported economics") { compute, export, reported };
    }

    private static async Task<int> ComputeAsync(ParseResult parse, int id, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var computed = await scope.ServiceProvider.GetRequiredService<ComputeAssessment>().ExecuteAsync(id, CliHost.Operator, ct);
        if (computed.Failure is { } failure) return await RefusedAsync(failure);
        var view = (await scope.ServiceProvider.GetRequiredService<GetAssessment>().ExecuteAsync(id, CliHost.Operator, ct)).Value;
        Console.WriteLine(AssessmentExport.Title(view));
        foreach (var r in view.Results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Rank,4}  {r.Total,7:0.00}  {r.Park}"));
        return 0;
    }

    private static async Task<int> ExportAsync(ParseResult parse, int id, string format, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<GetAssessment>().ExecuteAsync(id, CliHost.Operator, ct);
        if (outcome.Failure is { } failure) return await RefusedAsync(failure);
        var bytes = format == "xlsx" ? AssessmentExport.Xlsx(outcome.Value) : AssessmentExport.Docx(outcome.Value);
        var path = output?.FullName ?? Path.GetFullPath($"{AssessmentExport.Title(outcome.Value)}.{format}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        Console.WriteLine($"Wrote {path} ({bytes.Length} bytes, {outcome.Value.Results.Count} parks).");
        return 0;
    }

    private static async Task<int> ReportedAsync(ParseResult parse, FileInfo file, CancellationToken ct)
    {
        IReadOnlyList<ReportedFile> files;
        try
        {
            await using var stream = file.OpenRead();
            files = SeedRegionFigures.Read(stream, file.Name);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Imports.TableReadException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        await using var services = CliHost.Services(parse);
        var code = 0;
        foreach (var f in files)
        {
            await using var scope = services.CreateAsyncScope();
            var saved = await scope.ServiceProvider.GetRequiredService<SaveRegionFigures>().ExecuteAsync(f.Region, f.Year, f.Figures, CliHost.Operator, ct);
            if (saved.Failure is { } failure)
            {
                code = await RefusedAsync(failure, $"{f.Region} {f.Year}: ");
                continue;
            }
            Console.WriteLine($"{f.Region} {f.Year}: {saved.Value.Stored} figures stored");
            foreach (var w in saved.Value.Warnings) Console.WriteLine($"  ⚠ {w.MessageZh} / {w.MessageEn}");
        }
        return code;
    }

    private static async Task<int> RefusedAsync(Failure failure, string prefix = "")
    {
        await Console.Error.WriteLineAsync(prefix + failure.Explain(english: false) + " / " + failure.Explain(english: true));
        return 1;
    }
}

using System.CommandLine;
using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>mfa export --park ID --year Y --scenario S [--format json|xlsx] [--output FILE]</c>, <c>mfa import FILE [--park ID]
/// [--dry-run]</c>, <c>mfa reconcile --park ID --year Y --scenario S [--layer L]</c>. The command line acts with the
/// administrator's scope (it runs on the server with the database's credentials).
/// </summary>
internal static class MfaCommands
{
    private static readonly AccessScope Operator = new(Roles.Admin, null, null, $"cli:{Environment.UserName}");

    public static Command Create()
    {
        var park = new Option<int>("--park") { Description = "Park id (as in /parks/{id})", Required = true };
        var year = new Option<int>("--year") { Description = "Year of the model, e.g. 2019", Required = true };
        var scenario = new Option<string>("--scenario") { Description = "Before | PlannedAfter | Actual (or 改造前 | 改造后（规划） | 实际)", Required = true };
        var format = new Option<string>("--format") { Description = "json or xlsx", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "xlsx");
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: material-flow-PARK-YEAR-SCENARIO.FORMAT in the current folder)" };
        var export = new Command("export", "Export a park's model for a year and scenario as JSON or as the xlsx template") { park, year, scenario, format, output };
        export.SetAction((parse, ct) => ExportAsync(parse, parse.GetValue(park), parse.GetValue(year), parse.GetValue(scenario)!, parse.GetValue(format)!, parse.GetValue(output), ct));

        var file = new Argument<FileInfo>("FILE") { Description = "A model as .json (the export's shape) or .xlsx (the template: sheets 模型, 物质层, 过程, 流, 参数)" };
        file.AcceptExistingOnly();
        var into = new Option<int?>("--park") { Description = "Park id to import into (default: the park named in the file)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and report; store nothing" };
        var import = new Command("import", "Import a model: creates or replaces the park's model for the file's year and scenario; a file with any problem stores nothing")
        {
            file, into, dryRun,
        };
        import.SetAction((parse, ct) => ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(into), parse.GetValue(dryRun), ct));

        var layer = new Option<string?>("--layer") { Description = "Layer code, e.g. mass or water (default: the first layer)" };
        var reconcile = new Command("reconcile", "Reconcile one layer: prints every flow as given and reconciled (± standard deviation), the χ² test and the suspect data")
        {
            park, year, scenario, layer,
        };
        reconcile.SetAction((parse, ct) => ReconcileAsync(parse, parse.GetValue(park), parse.GetValue(year), parse.GetValue(scenario)!, parse.GetValue(layer), ct));

        return new Command("mfa", "Material-flow models (物质流分析): export, import, reconcile") { export, import, reconcile };
    }

    private static async Task<int> ExportAsync(ParseResult parse, int park, int year, string scenario, string format, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var view = await FindAsync(scope.ServiceProvider, park, year, scenario, ct);
        if (view is null) return 1;
        var doc = view.Document;
        var bytes = format == "xlsx" ? MaterialFlowWorkbook.Build(doc) : MaterialFlowJson.Serialize(doc);
        var path = output?.FullName ?? Path.GetFullPath($"material-flow-{park}-{year}-{doc.Scenario}.{format}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        Console.WriteLine($"Wrote {path} ({bytes.Length} bytes: {doc.Layers.Count} layers, {doc.Processes.Count} processes, {doc.Flows.Count} flows, {doc.Parameters.Count} parameters).");
        return 0;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, int? park, bool dryRun, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var result = await scope.ServiceProvider.GetRequiredService<ImportMaterialFlowModel>().ExecuteAsync(stream, file.Name, park, dryRun, Operator, ct);
        if (result.Value is not { } report)
        {
            await Console.Error.WriteLineAsync(Text.Get("Park.NotFound", park).Zh + " / " + Text.Get("Park.NotFound", park).En);
            return 1;
        }
        foreach (var p in report.Problems)
            Console.WriteLine($"{p.Sheet,-4} row {p.Row,5}  {p.Column,-12} {p.Rule,-22} {p.MessageZh} / {p.MessageEn}");
        Console.WriteLine(report.HasProblems
            ? $"{report.Problems.Count} problem(s) in {report.Rows} rows: nothing stored."
            : $"{(dryRun ? "Dry run, nothing stored" : "Stored")}: {report.Rows} rows, {report.Created} new, {report.Updated} changed, {report.Unchanged} unchanged.");
        return report.HasProblems ? 1 : 0;
    }

    private static async Task<int> ReconcileAsync(ParseResult parse, int park, int year, string scenario, string? layer, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var view = await FindAsync(scope.ServiceProvider, park, year, scenario, ct);
        if (view is null) return 1;
        var result = await scope.ServiceProvider.GetRequiredService<ReconcileMaterialFlowLayer>().ExecuteAsync(view.Id, layer, Operator, ct);
        if (result.Outcome != MfaOutcome.Ok)
        {
            foreach (var p in result.Problems ?? []) await Console.Error.WriteLineAsync($"{p.Message.Zh} / {p.Message.En}");
            return 1;
        }
        Print(result.Value!, view.Document);
        return 0;
    }

    private static void Print(LayerAnalysis a, MaterialFlowDocument doc)
    {
        static string N(double? v) => v is { } x ? x.ToString("#,0.####", CultureInfo.InvariantCulture) : "—";
        Console.WriteLine($"{doc.Title} · {a.LayerName} ({a.Unit})");
        Console.WriteLine($"{"flow",-6} {"from → to",-24} {"given",14} {"± sd",10} {"reconciled",14} {"± sd",10} {"test",6}  class");
        foreach (var f in a.Flows)
            Console.WriteLine($"{f.Code,-6} {f.From + " → " + f.To,-24} {N(f.Given),14} {N(f.GivenStandardDeviation),10} {N(f.Value),14} {N(f.StandardDeviation),10} {(f.MeasurementTest is { } t ? t.ToString("0.00", CultureInfo.InvariantCulture) : ""),6}  {f.Class}{(f.Flagged ? "  ← suspect" : "")}");
        foreach (var p in a.Parameters)
            Console.WriteLine($"{(p.Type == ParameterType.StockChange ? "stock" : "k"),-6} {p.Target,-24} {N(p.Given),14} {N(p.GivenStandardDeviation),10} {N(p.Value),14} {N(p.StandardDeviation),10} {"",6}  {p.Class}");
        var chi = a.ChiSquare;
        Console.WriteLine($"χ² = {chi.Statistic.ToString("0.###", CultureInfo.InvariantCulture)} with {chi.DegreesOfFreedom} degrees of freedom, critical value {chi.CriticalValue.ToString("0.###", CultureInfo.InvariantCulture)} at α = {chi.Significance.ToString(CultureInfo.InvariantCulture)}, p = {chi.PValue.ToString("0.####", CultureInfo.InvariantCulture)}: {(chi.Rejected ? "rejected" : "not rejected")}");
        Console.WriteLine($"Suspects: {(a.Suspects.Count == 0 ? "none" : string.Join(", ", a.Suspects))}; not determinable: {(a.NonDeterminable.Count == 0 ? "none" : string.Join(", ", a.NonDeterminable))}; {(a.Convergence.Converged ? "converged" : "NOT converged")} in {a.Convergence.Iterations} iteration(s).");
    }

    private static async Task<ModelView?> FindAsync(IServiceProvider services, int park, int year, string scenario, CancellationToken ct)
    {
        if (!Text.TryParseLabel<Scenario>(scenario, out var wanted))
        {
            await Console.Error.WriteLineAsync($"情景“{scenario}”无效 / Scenario \"{scenario}\" is not valid: use Before, PlannedAfter or Actual");
            return null;
        }
        var get = services.GetRequiredService<GetMaterialFlowModel>();
        if (await get.FindAsync(park, year, wanted, ct) is not { } id)
        {
            await Console.Error.WriteLineAsync($"园区 {park} 没有 {year} 年“{Text.Label(wanted).Zh}”的物质流模型 / Park {park} has no {wanted} model for {year}");
            return null;
        }
        return (await get.ExecuteAsync(id, Operator, ct)).Value;
    }
}

using CircularPark.Outcomes;
using System.CommandLine;
using System.Globalization;
using CircularPark.Chains;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>symbiosis import FILE --park ID [--dry-run]</c> and <c>symbiosis gaps --park ID [--hazard-first]</c>.</summary>
internal static class SymbiosisCommands
{
    /// <summary>The command line runs on the server with the database's credentials: it acts with the administrator's scope.</summary>
    public static AccessScope Operator => new(Roles.Admin, null, null, $"cli:{Environment.UserName}");

    public static Command Create()
    {
        var park = new Option<int>("--park") { Description = "Park id (see GET /api/parks or the park's page /parks/ID)", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "Workbook (.xlsx) with the sheets 企业 (Enterprises) and 物料流 (Streams); an export of the park is a template" };
        file.AcceptExistingOnly();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; store nothing" };
        var import = new Command("import", "Import a park's enterprises and streams: every problem is reported by sheet, row, column and rule; a workbook with problems stores nothing")
        {
            file, park, dryRun,
        };
        import.SetAction((parse, ct) => ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(park), parse.GetValue(dryRun), ct));
        var parkForGaps = new Option<int>("--park") { Description = "Park id", Required = true };
        var hazardFirst = new Option<bool>("--hazard-first") { Description = "Rank hazardous wastes first (default: by unused mass)" };
        var gaps = new Command("gaps", "Print the chain-gap report of a park: streams not used in the park, with chain-filling routes; inputs a park stream could supply")
        {
            parkForGaps, hazardFirst,
        };
        gaps.SetAction((parse, ct) => GapsAsync(parse, parse.GetValue(parkForGaps), parse.GetValue(hazardFirst), ct));
        return new Command("symbiosis", "Enterprises, streams and chain gaps of a park (产业链与补链)") { import, gaps };
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, int parkId, bool dryRun, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var result = await scope.ServiceProvider.GetRequiredService<ImportEnterprises>().ExecuteAsync(parkId, stream, file.Name, dryRun, Operator, ct);
        if (result.Kind == OutcomeKind.NotFound)
        {
            await Console.Error.WriteLineAsync($"园区 {parkId} 不存在 / There is no park with id {parkId}");
            return 2;
        }
        var report = result.Value;
        foreach (var p in report.Problems)
            Console.WriteLine($"{p.Sheet,-4} row {p.Row,6}  {p.Column,-10} {p.Rule,-24} {p.MessageZh} / {p.MessageEn}");
        Console.WriteLine(report.HasProblems
            ? $"{report.Problems.Count} problem(s) in {report.Rows} rows: nothing stored."
            : $"{(dryRun ? "Dry run, nothing stored" : "Stored")}: {report.Rows} rows, enterprises {report.Created} new, {report.Updated} changed, {report.Unchanged} unchanged.");
        return report.HasProblems ? 1 : 0;
    }

    private static async Task<int> GapsAsync(ParseResult parse, int parkId, bool hazardFirst, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<GetChainGaps>()
            .ExecuteAsync(parkId, hazardFirst ? GapOrder.HazardFirst : GapOrder.ByMass, Operator, ct);
        if (report is null)
        {
            await Console.Error.WriteLineAsync($"园区 {parkId} 不存在 / There is no park with id {parkId}");
            return 2;
        }
        Console.WriteLine($"{report.Access.ParkName}: {report.Gaps.Count} gap(s), {Number(report.UnusedTonnesPerYear)} t/yr not used in the park");
        var rank = 0;
        foreach (var g in report.Gaps)
        {
            Console.WriteLine($"{++rank,3}  {g.StreamName} ({g.MaterialCode}{(g.HazardCode is null ? "" : ", " + g.HazardCode)})  {g.EnterpriseName}  " +
                $"{Number(g.UnusedTonnesPerYear)} / {Number(g.TonnesPerYear)} t/yr  {(g.HasParkUser ? "部分利用 / used in part" : "园区内无使用者 / no park user")}");
            foreach (var c in g.Candidates)
                Console.WriteLine($"       → {c.UseZh} / {c.UseEn} [{string.Join(", ", c.ReceivingIndustries)}]  " +
                    (c.NeedsChainFilling ? "需补链 / chain-filling needed" : "园区内可接收 / in the park: " + string.Join("、", c.ParkReceivers)));
        }
        foreach (var s in report.SuppliableInputs)
            Console.WriteLine($"  input {s.InputName} ({s.MaterialCode}) of {s.EnterpriseName}, {Number(s.TonnesPerYear)} t/yr bought outside ← " +
                string.Join("; ", s.Candidates.Select(c => $"{c.StreamName} of {c.EnterpriseName} ({Number(c.UnusedTonnesPerYear)} t/yr spare)")));
        return 0;
    }

    internal static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Globalization;
using CircularPark.ExchangePlatform;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>exchange match --region CODE [--rate R] [--co2 F] [--output FILE]</c>.</summary>
internal static class ExchangeCommands
{
    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "Region code (GB/T 2260), e.g. 440000 for Guangdong, 441800 for Qingyuan", Required = true };
        var rate = new Option<double?>("--rate") { Description = $"Freight rate, yuan per t·km (default {RunMatching.DefaultRateYuanPerTonneKm.ToString(CultureInfo.InvariantCulture)})" };
        var co2 = new Option<double?>("--co2") { Description = $"Transport CO₂ factor, kg per t·km (default {RunMatching.DefaultCo2KgPerTonneKm.ToString(CultureInfo.InvariantCulture)})" };
        var output = new Option<FileInfo?>("--output") { Description = "Write the run as a workbook (.xlsx): totals, allocations, savings by party, unmatched, excluded pairs" };
        var match = new Command("match", "Run the optimal matching (min-cost flow) of the region's open offers and needs, store the run and print it")
        {
            region, rate, co2, output,
        };
        match.SetAction((parse, ct) => MatchAsync(parse, parse.GetValue(region)!, parse.GetValue(rate), parse.GetValue(co2), parse.GetValue(output), ct));
        return new Command("exchange", "The waste-exchange platform (废物交换平台)") { match };
    }

    private static async Task<int> MatchAsync(ParseResult parse, string region, double? rate, double? co2, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunMatching>().ExecuteAsync(new MatchingRequest(region, null, rate, co2), SymbiosisCommands.Operator, ct);
        if (!result.IsOk)
        {
            foreach (var e in result.Failure!.Errors ?? new Dictionary<string, Localization.Bilingual>()) await Console.Error.WriteLineAsync($"{e.Key}: {e.Value.Zh} / {e.Value.En}");
            return 1;
        }
        var run = (await scope.ServiceProvider.GetRequiredService<GetMatchingRun>().ExecuteAsync(result.Value.Id, SymbiosisCommands.Operator, ct)).Value;
        var t = run.Totals;
        Console.WriteLine($"Run {run.Id} for {run.ScopeName}: {run.Offers} offers, {run.Needs} needs, {run.FeasiblePairs} feasible pairs, {run.Details.Exclusions.Count} excluded by a hard rule");
        foreach (var a in run.Allocations)
            Console.WriteLine($"{a.Number,4}  {a.SupplierName} → {a.ReceiverName}  {a.MaterialCode}{(a.RouteUse is null ? "" : $" → {a.NeedMaterialCode} ({a.RouteUse})")}  " +
                $"{Number(a.Tonnes)} t, {Number(a.DistanceKm)} km, {Number(a.TransportCostPerTonne)} yuan/t, {Number(a.Co2Kg)} kg CO₂");
        Console.WriteLine($"Diverted from disposal {Number(t.TonnesDiverted)} t of {Number(t.TonnesOffered)} t offered; transport {Number(t.TransportCostYuan)} yuan, " +
            $"{Number(t.TransportCo2Kg)} kg CO₂; total cost {Number(t.TotalCostYuan)} yuan against {Number(t.BaselineCostYuan)} without exchange: saving {Number(t.SavingsYuan)} yuan");
        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, MatchingRunExport.Xlsx(run, CultureInfo.GetCultureInfo("zh-CN")), ct);
            Console.WriteLine($"Wrote {output.FullName}");
        }
        return 0;
    }

    private static string Number(double value) => SymbiosisCommands.Number(value);
}

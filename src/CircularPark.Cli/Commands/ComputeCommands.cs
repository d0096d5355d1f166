using System.CommandLine;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Indicators;
using CircularPark.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>compute indicators</c> and <c>check statistics</c> for a campaign's parks.</summary>
internal static class ComputeCommands
{
    public static Command Create()
    {
        var campaign = new Option<string>("--campaign") { Description = "Campaign code, e.g. gd-2020-923", Required = true };
        var year = new Option<int>("--year") { Description = "Reporting year", Required = true };
        var baseline = new Option<int?>("--baseline") { Description = "Baseline year for savings and cuts (default: none)" };
        var output = new Option<FileInfo?>("--output") { Description = "Also write the table with the roll-ups to this .xlsx file" };
        var indicators = new Command("indicators", "Compute every indicator from the stored statistics of a campaign's parks, with city, province and national roll-ups")
        {
            campaign, year, baseline, output,
        };
        indicators.SetAction((parse, ct) => IndicatorsAsync(parse, parse.GetValue(campaign)!, parse.GetValue(year), parse.GetValue(baseline), parse.GetValue(output), ct));
        return new Command("compute", "Computations over stored data") { indicators };
    }

    public static Command CreateCheck()
    {
        var checkCampaign = new Option<string>("--campaign") { Description = "Campaign code", Required = true };
        var checkYear = new Option<int>("--year") { Description = "Reporting year", Required = true };
        var statistics = new Command("statistics", "Run every validation rule over the stored statistics of a campaign's parks (batch check)") { checkCampaign, checkYear };
        statistics.SetAction((parse, ct) => CheckAsync(parse, parse.GetValue(checkCampaign)!, parse.GetValue(checkYear), ct));
        return new Command("check", "Checks over stored data") { statistics };
    }

    private static async Task<List<int>?> CampaignParksAsync(AppDbContext db, string code, CancellationToken ct) =>
        await db.Campaigns.AnyAsync(c => c.Code == code, ct)
            ? await db.Participations.Where(p => p.Campaign!.Code == code).Select(p => p.ParkId).ToListAsync(ct)
            : null;

    private static async Task<int> IndicatorsAsync(ParseResult parse, string code, int year, int? baseline, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await CampaignParksAsync(db, code, ct) is not { } parks)
        {
            await Console.Error.WriteLineAsync($"批次“{code}”不存在 / Campaign \"{code}\" does not exist");
            return 1;
        }
        var results = await scope.ServiceProvider.GetRequiredService<ComputeIndicators>().ExecuteAsync(new IndicatorRequest(parks, [year], baseline), ct);
        Console.WriteLine($"{code} {year}: {results.Parks.Count} of {parks.Count} parks have statistics; {results.Indicators.Count} indicators.");
        foreach (var roll in results.RollUps.Where(r => r.Level != "city"))
            foreach (var v in roll.Values.Where(v => v.Value is not null))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {roll.Level,-8} {roll.Code} {v.Code,-14} {v.Value:0.######} ({v.Included} parks)"));
        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, IndicatorExport.Indicators(results), ct);
            Console.WriteLine($"Wrote {output.FullName}.");
        }
        return 0;
    }

    private static async Task<int> CheckAsync(ParseResult parse, string code, int year, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await CampaignParksAsync(db, code, ct) is not { } parks)
        {
            await Console.Error.WriteLineAsync($"批次“{code}”不存在 / Campaign \"{code}\" does not exist");
            return 1;
        }
        var checks = await scope.ServiceProvider.GetRequiredService<CheckStatistics>().ExecuteAsync(parks, year, ct);
        foreach (var check in checks)
            foreach (var p in check.Problems)
                Console.WriteLine($"{check.Park} {year} [{p.Severity}] {p.Code}: {p.MessageZh} / {p.MessageEn}");
        Console.WriteLine($"{checks.Count} park-years checked, {checks.Count(c => !c.Submittable)} with errors.");
        return checks.All(c => c.Submittable) ? 0 : 1;
    }
}

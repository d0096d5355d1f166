using System.CommandLine;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>export summary --campaign CODE --format xlsx|csv [--output FILE]</c>.</summary>
internal static class ExportCommands
{
    public static Command Create()
    {
        var campaign = new Option<string>("--campaign") { Description = "Campaign code, e.g. sd-2018-336", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx or csv", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: CODE-summary.FORMAT in the current folder)" };
        var summary = new Command("summary", "Export a campaign's summary table (city × year × level, with the cumulative column)") { campaign, format, output };
        summary.SetAction((parse, ct) => ExportSummaryAsync(parse, parse.GetValue(campaign)!, parse.GetValue(format)!, parse.GetValue(output), ct));
        return new Command("export", "Export data to files") { summary };
    }

    private static async Task<int> ExportSummaryAsync(ParseResult parse, string code, string format, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetCampaignSummary>().ExecuteAsync(code, null, ct);
        if (result is null)
        {
            await Console.Error.WriteLineAsync($"批次“{code}”不存在 / Campaign \"{code}\" does not exist");
            return 1;
        }
        var campaign = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Campaigns.AsNoTracking().SingleAsync(c => c.Code == code, ct);
        var bytes = format == "csv" ? SummaryExport.Csv(result) : SummaryExport.Xlsx(result, campaign.SummaryTitleZh ?? campaign.TitleZh);
        var path = output?.FullName ?? Path.GetFullPath($"{code}-summary.{format}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        Console.WriteLine($"Wrote {path} ({bytes.Length} bytes, {result.Cities.Count} cities, {result.Total.Cumulative.Total} parks).");
        return 0;
    }
}

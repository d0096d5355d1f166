using System.CommandLine;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>export summary --campaign CODE --format xlsx|csv [--output FILE]</c>;
/// <c>export five-year --campaign CODE --province CODE --format docx|xlsx [--output FILE]</c>.
/// </summary>
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
        return new Command("export", "Export data to files") { summary, FiveYear() };
    }

    private static Command FiveYear()
    {
        var campaign = new Option<string>("--campaign") { Description = "Campaign code, e.g. cn-2021-1004", Required = true };
        var province = new Option<string>("--province") { Description = "Province code (GB/T 2260), e.g. 440000", Required = true };
        var format = new Option<string>("--format") { Description = "docx or xlsx", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "xlsx");
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: CODE-PROVINCE-summary.FORMAT in the current folder)" };
        var command = new Command("five-year", "Export the province's five-year summary report for the nation (every park over the period, indicators, totals)")
            { campaign, province, format, output };
        command.SetAction((parse, ct) => ExportFiveYearAsync(parse, parse.GetValue(campaign)!, parse.GetValue(province)!, parse.GetValue(format)!, parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> ExportFiveYearAsync(ParseResult parse, string code, string province, string format, FileInfo? output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Reports.GetFiveYearSummary>().ExecuteAsync(code, province, CliHost.Operator, ct);
        if (result is null)
        {
            await Console.Error.WriteLineAsync($"批次“{code}”、省份“{province}”或其年度报告安排不存在 / No campaign \"{code}\", province \"{province}\" or yearly report schedule");
            return 1;
        }
        var bytes = format == "xlsx" ? FiveYearSummaryExport.Xlsx(result) : FiveYearSummaryExport.Docx(result);
        var path = output?.FullName ?? Path.GetFullPath($"{code}-{province}-summary.{format}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        Console.WriteLine($"Wrote {path} ({bytes.Length} bytes, {result.Parks.Count} parks, {result.FromYear}–{result.ToYear}).");
        return 0;
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

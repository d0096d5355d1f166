using System.CommandLine;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// Bulk selection steps: <c>selection recommend</c>, <c>selection assign</c>, <c>selection publish</c> and
/// <c>selection notice</c>. Each step goes through the same use case as the web app, with its workflow checks.
/// </summary>
internal static class SelectionCommands
{
    private static readonly Option<string> Campaign = new("--campaign") { Description = "Campaign code, e.g. gd-2020-923", Required = true };

    public static Command Create() => new("selection", "Selection steps in bulk: recommend parks, assign panels, publish the list, write the notice")
    {
        Recommend(), Assign(), Publish(), Notice(),
    };

    private static Command Recommend()
    {
        var city = new Option<string>("--city") { Description = "The recommending city's region code (GB/T 2260), e.g. 441800", Required = true };
        var parks = new Option<FileInfo>("--parks") { Description = "A text file with one park name per line", Required = true };
        parks.AcceptExistingOnly();
        var command = new Command("recommend", "The city's preliminary review: recommend each listed park (each must lie in the city and have submitted its plan)") { Campaign, city, parks };
        command.SetAction((parse, ct) => RecommendAsync(parse, parse.GetValue(Campaign)!, parse.GetValue(city)!, parse.GetValue(parks)!, ct));
        return command;
    }

    private static Command Assign()
    {
        var park = new Option<string>("--park") { Description = "The park's name", Required = true };
        var experts = new Option<string[]>("--expert") { Description = "An expert's e-mail or user name (repeat the option for each)", Required = true, AllowMultipleArgumentsPerToken = true };
        var chair = new Option<string>("--chair") { Description = "The chair: one of the experts", Required = true };
        var command = new Command("assign", "Assign an expert panel to a park's submitted plan (conflict-of-interest rule applies)") { Campaign, park, experts, chair };
        command.SetAction((parse, ct) => AssignAsync(parse, parse.GetValue(Campaign)!, parse.GetValue(park)!, parse.GetValue(experts)!, parse.GetValue(chair)!, ct));
        return command;
    }

    private static Command Publish()
    {
        var number = new Option<string>("--number") { Description = "The notice's document number, e.g. 粤工信节能函〔2020〕923 号", Required = true };
        var date = new Option<DateOnly>("--date") { Description = "The notice's date, yyyy-MM-dd", Required = true };
        var command = new Command("publish", "Publish the list of approved parks under a notice number and date") { Campaign, number, date };
        command.SetAction((parse, ct) => PublishAsync(parse, parse.GetValue(Campaign)!, parse.GetValue(number)!, parse.GetValue(date), ct));
        return command;
    }

    private static Command Notice()
    {
        var output = new Option<FileInfo>("--out") { Description = "The .docx file to write", Required = true };
        var command = new Command("notice", "Write the published notice (notice, Attachment 1 list, Attachment 2 opinions) as docx") { Campaign, output };
        command.SetAction((parse, ct) => NoticeAsync(parse, parse.GetValue(Campaign)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RecommendAsync(ParseResult parse, string code, string cityCode, FileInfo file, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var city = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == cityCode && r.Level == RegionLevel.City && r.ValidTo == null, ct);
        if (city is null) return await FailAsync(Text.Get("Promotion.NotACity", cityCode));
        var operatorInCity = new Identity.AccessScope(Identity.Roles.City, city.Id, null, CliHost.Operator.Name) { RegionPath = city.Path };
        var failures = 0;
        foreach (var name in (await File.ReadAllLinesAsync(file.FullName, ct)).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var parkId = await Parks.ParksByName.SingleIdAsync(db, name, ct);
            var result = parkId is { } id
                ? await scope.ServiceProvider.GetRequiredService<RecommendPark>().ExecuteAsync(code, id, "初审推荐（命令行批量）", operatorInCity, ct)
                : Failure.NotFound(Text.Get("Park.NotFound", name));
            failures += Report(name, result) ? 0 : 1;
        }
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> AssignAsync(ParseResult parse, string code, string parkName, string[] experts, string chair, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var parkId = await Parks.ParksByName.SingleIdAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), parkName, ct);
        if (parkId is null) return await FailAsync(Text.Get("Park.NotFound", parkName));
        var panel = experts.Select(e => new PanelMember(e, string.Equals(e, chair, StringComparison.OrdinalIgnoreCase))).ToList();
        var result = await scope.ServiceProvider.GetRequiredService<AssignExperts>().ExecuteAsync(code, parkId.Value, panel, CliHost.Operator, ct);
        return Report(parkName, result) ? 0 : 1;
    }

    private static async Task<int> PublishAsync(ParseResult parse, string code, string number, DateOnly date, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PublishList>().ExecuteAsync(code, number, date, null, CliHost.Operator, ct);
        return Report(code, result) ? 0 : 1;
    }

    private static async Task<int> NoticeAsync(ParseResult parse, string code, FileInfo output, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var docx = await scope.ServiceProvider.GetRequiredService<BuildNotice>().ExecuteAsync(code, ct);
        if (docx is null) return await FailAsync(Text.Get("Selection.NotPublished", code));
        await File.WriteAllBytesAsync(output.FullName, docx, ct);
        Console.WriteLine($"Wrote {output.FullName} ({docx.Length.ToString(CultureInfo.InvariantCulture)} bytes).");
        return 0;
    }

    /// <summary>Prints one line per step: done with the new state, or why it was refused (both languages).</summary>
    private static bool Report(string subject, Outcome<StepDone> result)
    {
        if (result.IsOk)
        {
            Console.WriteLine($"ok       {subject}{(result.Value.State is { } s ? $" → {Text.Label(s).Zh} / {s}" : "")}");
            return true;
        }
        var failure = result.Failure!;
        var why = failure.Message is { } m ? $"{m.Zh} / {m.En}"
            : failure.Errors is { Count: > 0 } e ? string.Join("; ", e.Select(x => $"{x.Key}: {x.Value.Zh} / {x.Value.En}"))
            : failure.Kind.ToString();
        Console.WriteLine($"refused  {subject}: {why}");
        return false;
    }

    private static async Task<int> FailAsync(Bilingual message)
    {
        await Console.Error.WriteLineAsync($"{message.Zh} / {message.En}");
        return 1;
    }
}

using System.CommandLine;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// Regions administration from the command line (ADR 0052): <c>regions list|add|rename|merge|abolish</c>, through the same use
/// cases as the page and the API, as the administrator; every change is audited.
/// </summary>
internal static class RegionsCommands
{
    private static readonly Argument<string> Code = new("code") { Description = "The division's GB/T 2260 code, e.g. 371200" };
    private static readonly Option<DateOnly> On = new("--on") { Description = "The date the change takes effect, yyyy-MM-dd", Required = true };
    private static readonly Option<string?> Note = new("--note") { Description = "Where the change comes from (the approval, its date)" };

    public static Command Create() => new("regions", "The divisions of China with their dates: list, add, rename, merge, abolish")
    {
        List(), Add(), Rename(), Merge(), Abolish(),
    };

    private static Command List()
    {
        var q = new Option<string?>("--q") { Description = "A name as people write it (苏州, 红河州, 兵团) or the beginning of a code" };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Only divisions valid on this date, yyyy-MM-dd" };
        var within = new Option<string?>("--within") { Description = "Only divisions within this code, e.g. 320000" };
        var take = new Option<int>("--take") { Description = "At most this many rows", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "Find divisions by name or code, with their full names, paths and dates") { q, asOf, within, take };
        command.SetAction((parse, ct) => RunAsync(parse, async (scope, _) =>
        {
            var directory = await scope.GetRequiredService<RegionDirectoryCache>().GetAsync(scope.GetRequiredService<AppDbContext>(), ct);
            foreach (var r in SearchRegions.Run(directory, new RegionSearch(parse.GetValue(q), null, parse.GetValue(asOf), parse.GetValue(within), parse.GetValue(take))))
                Console.WriteLine($"{r.Code}  {r.FullNameZh,-24} {r.Level,-8} {Day(r.ValidFrom),10} – {Day(r.ValidTo),-10} {r.Path}");
            return 0;
        }));
        return command;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "Chinese name, e.g. 某某区", Required = true };
        var english = new Option<string?>("--en") { Description = "English name (default: the Chinese name)" };
        var parent = new Option<string>("--parent") { Description = "Code of the parent valid on the date", Required = true };
        var level = new Option<RegionLevel?>("--level") { Description = "Province, City or County (default: one below the parent)" };
        var command = new Command("add", "Add a division from a date") { Code, name, english, parent, level, On, Note };
        command.SetAction((parse, ct) => ChangeAsync(parse, (change, user) => change.AddAsync(new RegionAddition(parse.GetValue(Code)!, parse.GetValue(name)!,
            parse.GetValue(english), parse.GetValue(parent)!, parse.GetValue(On), parse.GetValue(level), parse.GetValue(Note)), user, ct)));
        return command;
    }

    private static Command Rename()
    {
        var name = new Option<string>("--name") { Description = "The new Chinese name", Required = true };
        var english = new Option<string?>("--en") { Description = "The new English name" };
        var command = new Command("rename", "Rename a division from a date (the old name stays for the dates before)") { Code, name, english, On, Note };
        command.SetAction((parse, ct) => ChangeAsync(parse, (change, user) => change.RenameAsync(
            new RegionRenaming(parse.GetValue(Code)!, parse.GetValue(name)!, parse.GetValue(english), parse.GetValue(On), parse.GetValue(Note)), user, ct)));
        return command;
    }

    private static Command Merge()
    {
        var into = new Option<string>("--into") { Description = "Code of the division it joins", Required = true };
        var command = new Command("merge", "End a division on a date; its parks belong to the division it joins from then") { Code, into, On, Note };
        command.SetAction((parse, ct) => ChangeAsync(parse, (change, user) => change.EndAsync(
            new RegionEnding(parse.GetValue(Code)!, parse.GetValue(On), parse.GetValue(into), parse.GetValue(Note)), user, ct)));
        return command;
    }

    private static Command Abolish()
    {
        var successor = new Option<string?>("--successor") { Description = "Code of the division that takes over its parks (required when it has any)" };
        var command = new Command("abolish", "Abolish a division on a date") { Code, successor, On, Note };
        command.SetAction((parse, ct) => ChangeAsync(parse, (change, user) => change.EndAsync(
            new RegionEnding(parse.GetValue(Code)!, parse.GetValue(On), parse.GetValue(successor), parse.GetValue(Note)), user, ct)));
        return command;
    }

    private static Task<int> ChangeAsync(ParseResult parse, Func<ChangeRegions, Identity.AccessScope, Task<Outcome<RegionChangeResult>>> change) =>
        RunAsync(parse, async (scope, _) =>
        {
            var outcome = await change(scope.GetRequiredService<ChangeRegions>(), CliHost.Operator);
            if (outcome.IsOk)
            {
                var r = outcome.Value;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok       {r.Code} {r.Path} ({r.MembershipsMoved} park memberships moved)"));
                return 0;
            }
            var failure = outcome.Failure!;
            Console.Error.WriteLine($"refused  {failure.Explain(english: false)} / {failure.Explain(english: true)}");
            foreach (var (field, message) in failure.Errors ?? new Dictionary<string, Localization.Bilingual>())
                Console.Error.WriteLine($"         {field}: {message.Zh} / {message.En}");
            return 1;
        });

    private static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, ParseResult, Task<int>> work)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider, parse);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

using System.CommandLine;
using CircularPark.Accounts;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary>
/// <c>users add|list|disable|enable|reset-password|set-role</c>: accounts from the server's command line, acting as an
/// administrator (the first administrator of a deployment is made with <c>users add --role admin</c>). The same use cases
/// and rules as the web app: every change is audited; a new or reset account must change its password at first sign-in.
/// </summary>
internal static class UserCommands
{
    private static readonly Argument<string> Email = new("email") { Description = "The account's e-mail address" };
    private static readonly Option<string?> Region = new("--region") { Description = "Region code or name (ministry, province, city, expert), e.g. 330000 or 浙江省" };
    private static readonly Option<string?> Park = new("--park") { Description = "Park name or number (park and enterprise accounts)" };
    private static readonly Option<string?> Enterprise = new("--enterprise") { Description = "Enterprise name or number within the park (enterprise accounts)" };
    private static readonly Option<bool> ManagesAccounts = new("--manages-accounts") { Description = "Also administers the accounts of its region (province and city accounts)" };

    public static Command Create() => new("users", "Accounts: add, list, disable, enable, reset-password, set-role")
    {
        Add(), List(), Toggle("disable", enabled: false), Toggle("enable", enabled: true), Reset(), SetRole(),
    };

    private static Command Add()
    {
        var role = new Option<string>("--role") { Description = "admin, ministry, province, city, park, enterprise or expert", Required = true };
        var name = new Option<string>("--name") { Description = "Display name (person or office)", Required = true };
        var command = new Command("add", "Create an account; prints its temporary password, to be changed at first sign-in")
        {
            Email, role, name, Region, Park, Enterprise, ManagesAccounts,
        };
        command.SetAction((parse, ct) => RunAsync(parse, async services =>
        {
            var input = Input(parse, parse.GetValue(role)!) with { Email = parse.GetValue(Email), DisplayName = parse.GetValue(name) };
            var outcome = await services.GetRequiredService<CreateAccount>().ExecuteAsync(input, CliHost.Operator, ct);
            return Report(outcome, a => $"created  {a.Email} ({a.Role})\ntemporary password: {a.TemporaryPassword}\n(it must be changed at the first sign-in)");
        }));
        return command;
    }

    private static Command List()
    {
        var role = new Option<string?>("--role") { Description = "Only accounts of this role" };
        var q = new Option<string?>("--search") { Description = "Part of the e-mail or name" };
        var status = new Option<string?>("--status") { Description = "active, disabled, must-change or managers" };
        var command = new Command("list", "List accounts (50 a page)") { role, Region, q, status };
        var page = new Option<int>("--page") { Description = "Page number", DefaultValueFactory = _ => 1 };
        command.Options.Add(page);
        command.SetAction((parse, ct) => RunAsync(parse, async services =>
        {
            var filter = new AccountFilter(parse.GetValue(q), parse.GetValue(role), parse.GetValue(Region), parse.GetValue(status), parse.GetValue(page));
            var outcome = await services.GetRequiredService<ListAccounts>().ExecuteAsync(filter, CliHost.Operator, ct);
            return Report(outcome, p => string.Join('\n', p.Items.Select(a =>
                $"{a.Email,-36} {a.Role,-10} {a.RegionName ?? a.ParkName ?? "-"}{(a.EnterpriseName is { } e ? " · " + e : "")}"
                + (a.IsDisabled ? "  [disabled]" : "") + (a.MustChangePassword ? "  [must change password]" : "") + (a.ManagesAccounts ? "  [account administrator]" : ""))
                .Append($"{p.Total} account(s)")));
        }));
        return command;
    }

    private static Command Toggle(string name, bool enabled)
    {
        var command = new Command(name, enabled ? "Enable an account" : "Disable an account (its sessions end at once)") { Email };
        command.SetAction((parse, ct) => RunAsync(parse, async services =>
        {
            if (await IdOfAsync(services, parse.GetValue(Email)!, ct) is not { } id) return NotFound(parse.GetValue(Email)!);
            var outcome = await services.GetRequiredService<SetAccountEnabled>().ExecuteAsync(id, enabled, CliHost.Operator, ct);
            return Report(outcome.IsOk ? new Outcome<bool>(true) : outcome.Failure!, _ => $"{name}d  {parse.GetValue(Email)}");
        }));
        return command;
    }

    private static Command Reset()
    {
        var command = new Command("reset-password", "Give an account a new temporary password (printed; to be changed at the next sign-in)") { Email };
        command.SetAction((parse, ct) => RunAsync(parse, async services =>
        {
            if (await IdOfAsync(services, parse.GetValue(Email)!, ct) is not { } id) return NotFound(parse.GetValue(Email)!);
            var outcome = await services.GetRequiredService<ResetAccountPassword>().ExecuteAsync(id, CliHost.Operator, ct);
            return Report(outcome, a => $"reset    {a.Email}\ntemporary password: {a.TemporaryPassword}");
        }));
        return command;
    }

    private static Command SetRole()
    {
        var role = new Option<string>("--role") { Description = "The new role", Required = true };
        var command = new Command("set-role", "Change an account's role and scope (its sessions end at once)") { Email, role, Region, Park, Enterprise, ManagesAccounts };
        command.SetAction((parse, ct) => RunAsync(parse, async services =>
        {
            if (await IdOfAsync(services, parse.GetValue(Email)!, ct) is not { } id) return NotFound(parse.GetValue(Email)!);
            var current = await services.GetRequiredService<ListAccounts>().GetAsync(id, ct);
            var input = Input(parse, parse.GetValue(role)!) with { DisplayName = current.Value.DisplayName, Organisation = current.Value.Organisation };
            var outcome = await services.GetRequiredService<ChangeAccount>().ExecuteAsync(id, input, CliHost.Operator, ct);
            return Report(outcome, a => $"changed  {a.Email} → {a.Role} {a.RegionName ?? a.ParkName}");
        }));
        return command;
    }

    private static AccountInput Input(ParseResult parse, string role) => new()
    {
        Role = role, Region = parse.GetValue(Region), Park = parse.GetValue(Park), Enterprise = parse.GetValue(Enterprise),
        ManagesAccounts = parse.GetValue(ManagesAccounts),
    };

    private static Task<string?> IdOfAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return services.GetRequiredService<AppDbContext>().Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync(ct);
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> work)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static int NotFound(string email) => Report(new Outcome<bool>(Failure.NotFound("Account.NotFound", email)), _ => "");

    /// <summary>Prints what was done, or why not (both languages, each field); 0 when done.</summary>
    private static int Report<T>(Outcome<T> outcome, Func<T, string> done)
    {
        if (outcome.IsOk)
        {
            Console.WriteLine(done(outcome.Value));
            return 0;
        }
        var failure = outcome.Failure!;
        if (failure.Message is { } m) Console.Error.WriteLine($"refused: {m.Zh} / {m.En}");
        foreach (var (field, message) in failure.Errors ?? new Dictionary<string, Bilingual>())
            Console.Error.WriteLine($"refused: {field}: {message.Zh} / {message.En}");
        return 1;
    }
}

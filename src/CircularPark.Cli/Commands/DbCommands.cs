using System.CommandLine;
using CircularPark.Data;
using CircularPark.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli.Commands;

/// <summary><c>db migrate</c> and <c>db seed</c>.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the database migrations of the configured provider");
        migrate.SetAction(MigrateAsync);

        var from = new Option<DirectoryInfo?>("--from") { Description = "Folder with seed files (default: the data/seed files built into the program)" };
        var seed = new Command("seed", "Load the source documents' data (regions, campaigns, park lists, opinions); existing rows are kept") { from };
        seed.SetAction((parse, ct) => SeedAsync(parse, parse.GetValue(from), ct));

        return new Command("db", "Database commands") { migrate, seed };
    }

    private static async Task<int> MigrateAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var turn = await ExclusiveRun.AcquireAsync(db, ExclusiveRun.StartUp, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }

    private static async Task<int> SeedAsync(ParseResult parse, DirectoryInfo? from, CancellationToken ct)
    {
        await using var services = CliHost.Services(parse);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var turn = await ExclusiveRun.AcquireAsync(db, ExclusiveRun.StartUp, ct);
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await Console.Error.WriteLineAsync("数据库尚未迁移：请先运行 `circularpark db migrate`。 / The database is not migrated: run `circularpark db migrate` first.");
            return 1;
        }
        var files = from is null ? SeedFiles.Embedded() : SeedFiles.Folder(from.FullName);
        var result = await scope.ServiceProvider.GetRequiredService<SeedDatabase>().ExecuteAsync(files, ct);
        foreach (var problem in result.Problems)
            await Console.Error.WriteLineAsync($"row {problem.Row} {problem.Column}: {problem.MessageZh} / {problem.MessageEn}");
        Console.WriteLine($"Added {result.Regions} regions, {result.Campaigns} campaigns, {result.ParksCreated} parks, {result.MembershipChanges} region changes, {result.Opinions} opinions.");
        return result.Problems.Count == 0 ? 0 : 1;
    }
}

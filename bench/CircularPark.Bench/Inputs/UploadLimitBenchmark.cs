using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CircularPark.Tests.Imports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CircularPark.Bench.Inputs;

/// <summary>
/// Issue 12 finding 3 as a measurement: how far the server's working set rises while it refuses hostile workbooks — a
/// 200 MB zip bomb of under 1 MB (the probe took the server from 564 MB to 1,976 MB), three of them at once (the probe
/// peaked at 5 GB) and a 2 KB file with a cell at column ZZZZZ (the probe added 490 MB). The product runs in this
/// process on SQLite in a temporary folder (demo accounts on); the working set is sampled every 5 ms. Target: each
/// case below 100 MB of growth. Returns 1 when a case is not refused or grows beyond the target.
/// </summary>
public sealed class UploadLimitBenchmark : IBenchmark
{
    private const long Megabyte = 1024 * 1024;

    public string Name => "upload-limits";
    public string Description => "working-set growth while hostile xlsx uploads are refused (bomb, three bombs at once, ZZZZZ)";

    public async Task<int> RunAsync(string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("cp-bench-upload").FullName;
        try
        {
            WebContentRoot.Use();
            await using var host = new Host(folder);
            var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
            (await client.PostAsJsonAsync("/api/account/login", new { email = "admin@demo.cn", password = "Demo#2026" })).EnsureSuccessStatusCode();
            var bomb = HostileWorkbooks.Bomb(200 * Megabyte);
            var wide = HostileWorkbooks.Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>园区名称</t></is></c><c r="ZZZZZ1" t="inlineStr"><is><t>级别</t></is></c></row>""");
            const string url = "/api/imports/parks?dryRun=true";
            var failures = 0;
            failures += await Case($"bomb {bomb.Length / 1024:N0} KB → 200 MB", () => Post(client, url, bomb, 1));
            failures += await Case("three bombs at once", () => Post(client, url, bomb, 3));
            failures += await Case($"ZZZZZ cell, {wide.Length:N0} bytes", () => Post(client, url, wide, 1));
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> Case(string label, Func<Task<int[]>> send)
    {
        var (statuses, growth) = await MeasureAsync(send);
        var refused = statuses.All(s => s is 413 or 422);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} status {string.Join('/', statuses)}  working set +{growth / (double)Megabyte:F1} MB (target < 100 MB){(refused ? "" : "  NOT REFUSED")}"));
        return refused && growth < 100 * Megabyte ? 0 : 1;
    }

    private static async Task<int[]> Post(HttpClient client, string url, byte[] bytes, int times) =>
        await Task.WhenAll(Enumerable.Range(0, times).Select(async _ =>
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var response = await client.PostAsync(url, new MultipartFormDataContent { { file, "file", "parks.xlsx" } });
            await response.Content.LoadIntoBufferAsync();
            return (int)response.StatusCode;
        }));

    /// <summary>The result, and how far the working set rose above its settled level while it was produced.</summary>
    private static async Task<(T Result, long Growth)> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var result = await work();
        await done.CancelAsync();
        await sampler;
        process.Refresh();
        return (result, Math.Max(peak, process.WorkingSet64) - baseline);
    }

    /// <summary>The product on SQLite in <paramref name="folder"/>, migrated and seeded at start, demo accounts on.</summary>
    private sealed class Host(string folder) : WebApplicationFactory<CircularPark.Web.SharedResource>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "bench.db")}");
            builder.UseSetting("Database:MigrateAtStart", "true");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Data:Folder", folder);
            builder.UseSetting("Reminders:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}

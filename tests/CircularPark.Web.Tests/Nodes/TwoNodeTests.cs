using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Reports;
using CircularPark.Web.Infrastructure;
using CircularPark.Web.Tests.Accounts;
using CircularPark.Web.Tests.Parks;
using CircularPark.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Web.Tests.Nodes;

/// <summary>
/// Two web nodes on one PostgreSQL database (issue 15, ADR 0084): what a user does on one node holds on the other, and
/// work every node schedules happens once. PostgreSQL only: sharing one database server is what the test is about.
/// </summary>
public partial class TwoNodeTests
{
    [Fact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other_and_signing_out_on_one_ends_the_session_on_both()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var cookie = await AccountClients.CookieAsync(nodes.A, await nodes.A.CreateUserAsync(Roles.Admin));

        Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(nodes.B, "/api/account/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(nodes.B, "/api/users", cookie)).StatusCode);

        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("Cookie", cookie);
        Assert.True((await AccountClients.Bare(nodes.A).SendAsync(logout)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.GetWithCookieAsync(nodes.B, "/api/account/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.GetWithCookieAsync(nodes.A, "/api/account/me", cookie)).StatusCode);
    }

    [Fact]
    public async Task A_park_fact_written_on_one_node_is_read_on_the_other()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var id = await ParksApiTests.ParkIdAsync(nodes.A, "英德市英红工业园");
        var admin = await nodes.A.ClientAsAsync(Roles.Admin);

        var saved = await admin.PutAsJsonAsync($"/api/parks/{id}",
            new { name = "英德市英红工业园", level = "Provincial", kind = "EconomicDevelopmentZone", enterpriseCount = 321, version = 0 });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var read = await nodes.B.CreateClient().GetFromJsonAsync<JsonElement>($"/api/parks/{id}");

        Assert.Equal(321, read.GetProperty("enterpriseCount").GetInt32());
    }

    [Fact]
    public async Task The_reminder_job_and_the_reminder_endpoint_run_on_both_nodes_at_once_write_each_reminder_exactly_once()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var requirement = await YearlyReportTests.AddRequirementAsync(nodes.A);
        nodes.SetChinaTime(2026, 12, 24); // 7 days before the 31 December due date
        var operatorA = await nodes.A.ClientAsAsync(Roles.Admin);
        var operatorB = await nodes.B.SignedInClientAsync(await nodes.B.CreateUserAsync(Roles.Admin));

        var jobs = await Task.WhenAll(Job(nodes.A).RunOnceAsync(default), Job(nodes.B).RunOnceAsync(default));
        var endpoints = await Task.WhenAll(operatorA.PostAsync("/api/reminders/run", null), operatorB.PostAsync("/api/reminders/run", null));
        var endpointWritten = 0;
        foreach (var response in endpoints)
            endpointWritten += (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("written").GetInt32();

        var rows = await nodes.A.WithDbAsync(db => db.Reminders.Select(r => new { r.RequirementId, r.Period, r.Kind, r.ParkId, r.RegionId }).ToListAsync());
        Assert.Equal(9, rows.Count(r => r.RequirementId == requirement)); // the campaign's nine parks, none has submitted
        Assert.All(rows.GroupBy(r => r), g => Assert.Single(g));
        Assert.Contains(jobs, run => run.Ran);
        Assert.Equal(rows.Count, jobs.Sum(run => run.Written) + endpointWritten);
        Assert.Equal(0, endpointWritten);
    }

    [Fact]
    public async Task A_reminder_another_node_is_writing_at_the_same_moment_counts_as_already_written()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var requirement = await YearlyReportTests.AddRequirementAsync(nodes.A);
        nodes.SetChinaTime(2026, 12, 24);
        using var scopeB = nodes.B.Services.CreateScope();
        var dbB = scopeB.ServiceProvider.GetRequiredService<AppDbContext>();

        await using var writingOnB = await dbB.Database.BeginTransactionAsync();
        var writtenOnB = await scopeB.ServiceProvider.GetRequiredService<SendReminders>().ExecuteAsync();
        var runOnA = nodes.A.WithDbAsync(db => new SendReminders(db, new GetReportTimeliness(db)).ExecuteAsync());
        await WaitUntilASessionWaitsForALockAsync(nodes.A);
        await writingOnB.CommitAsync();
        var writtenOnA = await runOnA;

        var rows = await nodes.A.WithDbAsync(db => db.Reminders.CountAsync(r => r.RequirementId == requirement));
        Assert.Equal(9, rows);
        Assert.True(writtenOnB >= 9);
        Assert.Equal(0, writtenOnA);
    }

    [Fact]
    public async Task While_one_node_runs_the_reminder_job_the_other_skips_it_and_runs_it_once_the_first_is_done()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await YearlyReportTests.AddRequirementAsync(nodes.A);
        nodes.SetChinaTime(2026, 12, 24);

        Assert.Null(await nodes.A.WithDbAsync(async db =>
        {
            await using var held = await ExclusiveRun.TryAcquireAsync(db, ReminderJob.LockName);
            Assert.NotNull(held);
            var skipped = await Job(nodes.B).RunOnceAsync(default);
            Assert.Equal(new ReminderJob.Run(false, 0), skipped);
            return await ExclusiveRun.TryAcquireAsync(db, ReminderJob.LockName);
        }));
        var afterwards = await Job(nodes.B).RunOnceAsync(default);

        Assert.True(afterwards.Ran);
        Assert.True(afterwards.Written >= 9);
    }

    [Fact]
    public async Task A_park_list_checked_on_one_node_is_imported_from_the_other()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var cookie = await AccountClients.CookieAsync(nodes.A, await nodes.A.CreateUserAsync(Roles.Admin));
        var form = await PageAsync(nodes.A, "/import", cookie);
        var csv = Encoding.UTF8.GetBytes("园区名称,级别,类别,属地,区县,计划年度,企业数\r\n双节点示范园区,省级,工业园区,南京市,,2014,");

        var check = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" }, { new StringContent("parks"), "kind" }, { new ByteArrayContent(csv), "file", "nodes.csv" },
        };
        var checkedPage = await PostAsync(nodes.A, "/import?handler=Check", check, form.Cookies);
        var upload = UploadToken().Match(checkedPage).Groups[1].Value;
        Assert.Equal(32, upload.Length);
        var commit = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token, ["token"] = upload, ["fileName"] = "nodes.csv", ["kind"] = "parks", ["campaign"] = "",
        });
        await PostAsync(nodes.B, "/import?handler=Commit", commit, form.Cookies);

        Assert.Equal(1, await nodes.A.WithDbAsync(db => db.Parks.CountAsync(p => p.Name == "双节点示范园区")));
        Assert.Equal(0, await nodes.A.WithDbAsync(db => db.HeldUploads.CountAsync()));
    }

    private static ReminderJob Job(TestApp node) => node.Services.GetRequiredService<ReminderJob>();

    /// <summary>Polls PostgreSQL's activity view until a session of the test database waits on a lock (a row lock of a unique index).</summary>
    private static async Task WaitUntilASessionWaitsForALockAsync(TestApp node)
    {
        for (var tries = 0; tries < 300; tries++)
        {
            var waiting = await node.WithDbAsync(db => db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync());
            if (waiting > 0) return;
            await Task.Delay(50);
        }
        Assert.Fail("node A's run never waited for node B's uncommitted reminders");
    }

    /// <summary>A page's antiforgery token and the cookies to send with its form (the session's and the antiforgery one).</summary>
    private static async Task<(string Token, string Cookies)> PageAsync(TestApp node, string path, string session)
    {
        var response = await AccountClients.GetWithCookieAsync(node, path, session);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var token = FormToken().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        return (token, $"{session}; {antiforgery[..antiforgery.IndexOf(';', StringComparison.Ordinal)]}");
    }

    private static async Task<string> PostAsync(TestApp node, string path, HttpContent content, string cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Cookie", cookies);
        var response = await AccountClients.Bare(node).SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {page}");
        return page;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadToken();

    /// <summary>Node A on a fresh PostgreSQL database and node B on the same database, each with its own clock.</summary>
    private sealed class TwoNodes(TestApp a, TestApp b) : IAsyncDisposable
    {
        public TestApp A { get; } = a;
        public TestApp B { get; } = b;

        public static async Task<TwoNodes> StartAsync()
        {
            var a = await TestApp.StartAsync(Provider.Postgres);
            return new TwoNodes(a, TestApp.SharingDatabaseOf(a));
        }

        public void SetChinaTime(int year, int month, int day)
        {
            A.Clock.SetChinaTime(year, month, day);
            B.Clock.SetChinaTime(year, month, day);
        }

        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }
}

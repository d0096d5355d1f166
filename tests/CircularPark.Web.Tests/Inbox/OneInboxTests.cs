using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using CircularPark.Web.Tests.Reports;
using static CircularPark.Web.Tests.ExchangePlatform.ExchangeMarket;

namespace CircularPark.Web.Tests.Inbox;

/// <summary>
/// One inbox per user (issue 14): besides the selection, acceptance and follow-up steps, it gathers the reports waiting
/// for the user's review, the user's own reports due, overdue (逾期未报) or returned, and the exchange agreements and
/// deliveries waiting on a party; the header counts exactly what it lists.
/// </summary>
public class OneInboxTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_report_enters_its_authors_inbox_30_days_before_it_is_due_turns_overdue_after_and_moves_to_the_reviewer_when_submitted(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await YearlyReportTests.AddRequirementAsync(app); // 英红's 2026 report, due 31 Dec 2026, through the city
        var yinghong = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var parkUser = await app.CreateUserAsync(Roles.Park, parkName: "英德市英红工业园");
        var form = $"/parks/{yinghong}/reports/{requirement}/2026";

        app.Clock.SetChinaTime(2026, 11, 30);
        var early = await TasksAsync(await app.SignedInClientAsync(parkUser));
        app.Clock.SetChinaTime(2026, 12, 1);
        var due = await TasksAsync(await app.SignedInClientAsync(parkUser));
        app.Clock.SetChinaTime(2027, 1, 2); // sessions signed in before the clock jumped have expired
        var park = await app.SignedInClientAsync(parkUser);
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var overdue = await TasksAsync(park);
        var page = await park.GetStringAsync("/inbox");

        Assert.DoesNotContain(early, t => t.Link == form);
        Assert.Contains(new Row("SubmitReport", yinghong, "英德市英红工业园", "2026-12-31", false, form), due);
        Assert.Contains(new Row("SubmitReport", yinghong, "英德市英红工业园", "2026-12-31", true, form), overdue);
        Assert.Matches($"<tr data-kind=\"SubmitReport\"[^>]*>(?:(?!</tr>).)*{Regex.Escape(form)}(?:(?!</tr>).)*逾期未报", Flat(page));
        Assert.Equal(overdue.Count, HeaderCount(page)); // the header counts what the inbox lists

        var saved = await (await park.PutAsJsonAsync($"/api{form}", ReportContent)).Content.ReadFromJsonAsync<JsonElement>();
        var reportId = saved.GetProperty("reportId").GetInt32();
        (await park.PostAsync($"/api/reports/{reportId}/submit", null)).EnsureSuccessStatusCode();
        var afterSubmit = await TasksAsync(park);
        var toReview = await TasksAsync(qingyuan);

        Assert.DoesNotContain(afterSubmit, t => t.Link == form);
        Assert.Contains(new Row("ReviewReport", yinghong, "英德市英红工业园", null, false, $"/reports/{reportId}"), toReview);
        Assert.Empty(await TasksAsync(await app.ClientAsAsync(Roles.City, regionCode: "440300")) is var shenzhen
            ? shenzhen.Where(t => t.Link == $"/reports/{reportId}") : []);

        (await qingyuan.PostAsJsonAsync($"/api/reports/{reportId}/city-return", new { reason = "节能量缺少测算依据" })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(await TasksAsync(qingyuan), t => t.Link == $"/reports/{reportId}");
        Assert.Contains(new Row("ReviseReport", yinghong, "英德市英红工业园", null, false, form), await TasksAsync(park));
    }

    [Fact]
    public async Task A_proposed_exchange_waits_in_the_other_sides_inbox_and_delivered_tonnes_in_the_receivers_until_confirmed()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (gaoxin, qingdao) = (await ParksApiTests.ParkIdAsync(app, "青岛高新区"), await ParksApiTests.ParkIdAsync(app, "青岛经济技术开发区"));
        var power = await EnterpriseAsync(admin, gaoxin, "青岛热电（待办）", "D4412", 36.30, 120.40);
        var cement = await EnterpriseAsync(admin, qingdao, "青岛水泥（待办）", "C3011", 35.96, 120.18);
        await OfferAsync(admin, power, "fly-ash", 1_000, 40, category: "fly-ash");
        await NeedAsync(admin, cement, "clay", 600, 90);
        var qingdaoCity = await app.ClientAsAsync(Roles.City, regionCode: "370200");
        var runId = (await MatchAsync(qingdaoCity, new { region = "370200" })).GetProperty("id").GetInt32();
        var cementUser = await app.ClientAsAsync(Roles.Enterprise, parkName: "青岛经济技术开发区", enterpriseId: cement);
        var powerUser = await app.ClientAsAsync(Roles.Enterprise, parkName: "青岛高新区", enterpriseId: power);
        var gaoxinCommittee = await app.ClientAsAsync(Roles.Park, parkName: "青岛高新区");
        var qingdaoCommittee = await app.ClientAsAsync(Roles.Park, parkName: "青岛经济技术开发区");

        (await cementUser.PostAsJsonAsync($"/api/exchange/runs/{runId}/agree", new { items = new[] { new { number = 1, tonnes = 500.0 } } })).EnsureSuccessStatusCode();
        var supplierWaits = Exchanges(await TasksAsync(powerUser));
        var committeeWaits = Exchanges(await TasksAsync(gaoxinCommittee));
        var receiverWaits = Exchanges(await TasksAsync(cementUser));
        var cityWaits = Exchanges(await TasksAsync(qingdaoCity));

        Assert.Equal([new Row("AgreeExchange", gaoxin, "青岛热电（待办）", null, false, "/exchange/agreed")], supplierWaits);
        Assert.Equal(supplierWaits, committeeWaits); // the park committee speaks for its enterprises
        Assert.Empty(receiverWaits); // the proposer does not wait on itself
        Assert.Empty(cityWaits); // officials may speak for the parties, but the work is not theirs

        (await powerUser.PostAsJsonAsync($"/api/exchange/runs/{runId}/agree", new { items = new[] { new { number = 1 } } })).EnsureSuccessStatusCode();
        var exchangeId = (await powerUser.GetFromJsonAsync<JsonElement>("/api/exchange/exchanges")).EnumerateArray()
            .Single(x => x.GetProperty("supplierName").GetString() == "青岛热电（待办）").GetProperty("id").GetInt32();
        (await powerUser.PostAsJsonAsync($"/api/exchange/exchanges/{exchangeId}/deliveries", new { deliveredOn = Today, tonnes = 200.0 })).EnsureSuccessStatusCode();
        var afterAgreement = Exchanges(await TasksAsync(powerUser));
        var toConfirm = Exchanges(await TasksAsync(cementUser));
        Assert.Equal(toConfirm, Exchanges(await TasksAsync(qingdaoCommittee)));

        var delivery = (await cementUser.GetFromJsonAsync<JsonElement>("/api/exchange/exchanges")).EnumerateArray()
            .Single(x => x.GetProperty("id").GetInt32() == exchangeId).GetProperty("deliveries")[0].GetProperty("id").GetInt32();
        (await cementUser.PostAsync($"/api/exchange/deliveries/{delivery}/confirm", null)).EnsureSuccessStatusCode();

        Assert.Empty(afterAgreement);
        Assert.Equal([new Row("ConfirmDelivery", qingdao, "青岛水泥（待办）", null, false, "/exchange/agreed")], toConfirm);
        Assert.Empty(Exchanges(await TasksAsync(cementUser)));
    }

    private sealed record Row(string Kind, int? ParkId, string Subject, string? DueOn, bool Overdue, string Link);

    private static readonly object ReportContent = new
    {
        progress = "重点项目按计划推进。", results = "节能1200吨标准煤。", experience = "园区统一供热。", difficulties = "资金压力较大。",
        energySavedTce = 1200.0, projects = Array.Empty<object>(),
    };

    private static async Task<List<Row>> TasksAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray().Select(t => new Row(
            t.GetProperty("kind").GetString()!, t.GetProperty("parkId").ValueKind == JsonValueKind.Null ? null : t.GetProperty("parkId").GetInt32(),
            t.GetProperty("subject").GetString()!, t.GetProperty("dueOn").GetString(), t.GetProperty("overdue").GetBoolean(), t.GetProperty("link").GetString()!))];

    private static List<Row> Exchanges(List<Row> tasks) => [.. tasks.Where(t => t.Kind is "AgreeExchange" or "ConfirmDelivery" && t.Subject.EndsWith("（待办）", StringComparison.Ordinal))];

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);

    private static int HeaderCount(string page) =>
        Regex.Match(page, "data-testid=\"inbox-count\"[^>]*>(\\d+)<") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}

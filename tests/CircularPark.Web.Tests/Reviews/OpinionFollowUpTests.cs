using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 13, item 4 (ADR 0078): Guangdong's notice (seed 000, 一) asks the cities to guide the nine parks to improve their
/// plans after the experts' opinions. Each numbered item of a park's opinion is answered by the park (what it changed, in
/// which submitted plan version), confirmed or returned by its city, and counted for the province park by park.
/// </summary>
public class OpinionFollowUpTests(Apps apps) : IClassFixture<Apps>
{
    private const string Campaign = "gd-2020-923";
    private const string Yinghong = "英德市英红工业园";
    private const string Lianzhou = "广东连州市产业转移工业园区（清远民族工业园）";
    private const string Zhuhai = "珠海（国家）高新技术产业开发区";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_park_answers_the_city_returns_the_park_answers_again_citing_its_revised_plan_and_the_city_confirms(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParkIdAsync(app, Yinghong);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var city = await app.ClientAsAsync(Roles.City, "441800");
        var plan = await SubmittedPlanAsync(app, park, parkId);
        var items = await ItemsAsync(park, parkId);
        Assert.Equal(["建议落实好重点支撑项目的资源循环利用和污染物减排措施，切实保障循环化改造预期效益的实现；", "园区基础设施建设应突出共建共享、集成优化的要求，可结合实际推进基础设施改造。"],
            items.Select(i => i.GetProperty("text").GetString()));
        Assert.All(items, i => Assert.Equal(("Open", "answer"), (i.GetProperty("state").GetString(), Steps(i))));
        Assert.Contains(("AnswerOpinionItems", parkId), await TasksAsync(park));
        var first = items[0].GetProperty("itemId").GetInt32();
        var second = items[1].GetProperty("itemId").GetInt32();

        Assert.Equal("Answered", await OkStateAsync(await AnswerAsync(park, first, "已补充重点项目的减排措施。", 1)));
        Assert.Equal("Answered", await OkStateAsync(await AnswerAsync(park, second, "已将热电联产管网列为共建共享基础设施。", 1)));
        Assert.DoesNotContain(("AnswerOpinionItems", parkId), await TasksAsync(park));
        Assert.Contains(("ConfirmOpinionItems", parkId), await TasksAsync(city));
        Assert.Equal("confirm,return", Steps((await ItemsAsync(city, parkId))[0]));

        Assert.Equal("Returned", await OkStateAsync(await DecideAsync(city, first, "return", "请补充减排量测算。")));
        Assert.Contains(("AnswerOpinionItems", parkId), await TasksAsync(park));
        (await park.PostAsync($"/api/plans/{plan}/revisions", null)).EnsureSuccessStatusCode();
        (await park.PostAsync($"/api/plans/{plan}/versions/2/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal("Answered", await OkStateAsync(await AnswerAsync(park, first, "第 2 版补充了各项目的减排量测算。", 2)));
        Assert.Equal("Confirmed", await OkStateAsync(await DecideAsync(city, first, "confirm", null)));
        Assert.Equal("Confirmed", await OkStateAsync(await DecideAsync(city, second, "confirm", "同意。")));

        var after = await ItemsAsync(await app.ClientAsAsync(Roles.Province, "440000"), parkId);
        Assert.Equal(["Confirmed", "Confirmed"], after.Select(i => i.GetProperty("state").GetString()));
        Assert.All(after, i => Assert.Equal("", Steps(i)));
        Assert.Equal(
            [("answer", "已补充重点项目的减排措施。", (int?)1), ("return", "请补充减排量测算。", null), ("answer", "第 2 版补充了各项目的减排量测算。", 2), ("confirm", "", null)],
            after[0].GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("step").GetString(), h.GetProperty("text").GetString(),
                h.GetProperty("planVersionNumber").ValueKind == JsonValueKind.Null ? (int?)null : h.GetProperty("planVersionNumber").GetInt32())));
        Assert.DoesNotContain(("ConfirmOpinionItems", parkId), await TasksAsync(city));
        Assert.DoesNotContain(("AnswerOpinionItems", parkId), await TasksAsync(park));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_answer_needs_its_text_and_a_submitted_plan_version_a_return_needs_its_reason_and_each_step_its_role_and_state(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParkIdAsync(app, Lianzhou);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Lianzhou);
        var city = await app.ClientAsAsync(Roles.City, "441800");
        var item = (await ItemsAsync(park, parkId))[0].GetProperty("itemId").GetInt32();

        await AssertInvalidAsync(await AnswerAsync(park, item, "  ", null), "answer", "“整改落实情况”不能为空");
        await AssertInvalidAsync(await AnswerAsync(park, item, "已加强运行管理。", 3), "planVersion", "方案版本（planVersion）“3”不是本园区在本批次已提交的实施方案版本（已提交的版本：—）");
        await SubmittedPlanAsync(app, park, parkId);
        await AssertInvalidAsync(await AnswerAsync(park, item, "已加强运行管理。", 7), "planVersion", "（已提交的版本：1）");
        await AssertInvalidAsync(await AnswerAsync(park, item, "已加强运行管理。", null), "planVersion", "请选择体现整改的实施方案版本");
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(city, item, "confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(city, item, "代园区答复。", 1)).StatusCode);

        Assert.Equal("Answered", await OkStateAsync(await AnswerAsync(park, item, "已加强运行管理。", 1)));
        var again = await AnswerAsync(park, item, "改写已提交的答复。", 1);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("第 1 项当前为“已答复”", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(park, item, "confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(await app.ClientAsAsync(Roles.Province, "440000"), item, "confirm", null)).StatusCode);
        await AssertInvalidAsync(await DecideAsync(city, item, "return", " "), "reason", "退回答复必须说明原因（reason）");
        await AssertInvalidAsync(await DecideAsync(city, item, "approve", null), "decision", "请选择“确认”或“退回”");
        Assert.Equal(["已加强运行管理。"], await app.WithDbAsync(db => db.FollowUpEntries
            .Where(e => db.OpinionFollowUps.Any(f => f.Id == e.FollowUpId && f.OpinionItemId == item)).Select(e => e.Text).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Other_cities_provinces_and_parks_are_refused_and_a_plan_not_yet_approved_has_nothing_to_follow_up(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParkIdAsync(app, Yinghong);
        var item = (await ItemsAsync(await app.ClientAsAsync(Roles.Province, "440000"), parkId))[1].GetProperty("itemId").GetInt32();
        var before = await EntriesAsync(app);
        var outsiders = new[]
        {
            await app.ClientAsAsync(Roles.City, "440300"), await app.ClientAsAsync(Roles.Province, "370000"),
            await app.ClientAsAsync(Roles.Park, parkName: "银星科技园（深圳）"), await app.ClientAsAsync(Roles.Enterprise, parkName: Yinghong),
        };
        foreach (var outsider in outsiders)
        {
            Assert.Contains((await outsider.GetAsync($"/api/selection/campaigns/{Campaign}/parks/{parkId}/follow-up")).StatusCode, Refused);
            Assert.Contains((await AnswerAsync(outsider, item, "冒名答复。", null)).StatusCode, Refused);
            Assert.Contains((await DecideAsync(outsider, item, "return", "冒名退回。")).StatusCode, Refused);
        }
        Assert.Equal(before, await EntriesAsync(app));

        // A park whose plan the province has not decided on yet: its opinion is listed, nothing is open to answer.
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"follow-up-pending-{provider}");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        (await selection.CompileAsync(chair, parkId)).EnsureSuccessStatusCode();
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var pending = await park.GetFromJsonAsync<JsonElement>($"/api/selection/campaigns/{selection.Campaign}/parks/{parkId}/follow-up");
        Assert.False(pending.GetProperty("applies").GetBoolean());
        var pendingItem = pending.GetProperty("items")[0];
        Assert.Equal("", Steps(pendingItem));
        var refused = await AnswerAsync(park, pendingItem.GetProperty("itemId").GetInt32(), "提前答复。", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("尚未获批准", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_province_sees_the_nine_parks_items_counted_by_state_and_a_city_its_own_parks(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var parkId = await ParkIdAsync(app, Zhuhai);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Zhuhai);
        var city = await app.ClientAsAsync(Roles.City, "440400");
        var items = (await ItemsAsync(park, parkId)).Select(i => i.GetProperty("itemId").GetInt32()).ToList();
        Assert.Equal((2, 0, 0, 0), Counts(await RowAsync(province, Zhuhai)));
        foreach (var item in items) await OkStateAsync(await AnswerAsync(park, item, "已梳理可量化指标并延伸产业链。", null));
        Assert.Equal((0, 2, 0, 0), Counts(await RowAsync(province, Zhuhai)));
        await OkStateAsync(await DecideAsync(city, items[0], "confirm", null));
        await OkStateAsync(await DecideAsync(city, items[1], "return", "产业链延伸措施仍不具体。"));

        var rows = await OverviewAsync(province);
        Assert.Equal(Nine, rows.Select(r => r.GetProperty("park").GetString()));
        // Every opinion of seed 000 split into its numbered items; 梅州's single unnumbered paragraph is one item.
        Assert.Equal([3, 3, 3, 2, 1, 3, 4, 2, 2], rows.Select(r => r.GetProperty("items").GetInt32()));
        Assert.Equal((0, 0, 1, 1), Counts(await RowAsync(province, Zhuhai)));
        Assert.Equal((3, 0, 0, 0), Counts(await RowAsync(province, "惠东产业转移工业园")));
        Assert.Equal([Lianzhou, Yinghong], (await OverviewAsync(await app.ClientAsAsync(Roles.City, "441800"))).Select(r => r.GetProperty("park").GetString()));
        Assert.Empty(await OverviewAsync(await app.ClientAsAsync(Roles.Province, "370000")));
        Assert.Equal(HttpStatusCode.Forbidden, (await park.GetAsync($"/api/selection/campaigns/{Campaign}/follow-up")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_answers_and_decisions_on_one_item_leave_one_entry_each_and_never_answer_500(Provider provider)
    {
        var app = await apps.For(provider);
        const string Enping = "恩平产业转移工业园";
        var parkId = await ParkIdAsync(app, Enping);
        var parks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientAsAsync(Roles.Park, parkName: Enping)));
        var cities = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientAsAsync(Roles.City, "440700")));
        var item = (await ItemsAsync(parks[0], parkId))[0].GetProperty("itemId").GetInt32();

        var answered = await Task.WhenAll(parks.Select((p, i) => AnswerAsync(p, item, $"第 {i + 1} 次点击：已细化重点支撑项目列表。", null)));
        await AssertOneAtMostAsync(provider, answered);
        if (!answered.Any(r => r.IsSuccessStatusCode)) await OkStateAsync(await AnswerAsync(parks[0], item, "已细化重点支撑项目列表。", null));
        var decided = await Task.WhenAll(cities.Select((c, i) => DecideAsync(c, item, i % 2 == 0 ? "confirm" : "return", "请补充项目评估。")));
        await AssertOneAtMostAsync(provider, decided);

        var entries = await app.WithDbAsync(db => db.FollowUpEntries.Where(e => db.OpinionFollowUps.Any(f => f.Id == e.FollowUpId && f.OpinionItemId == item))
            .Select(e => e.Step).ToListAsync());
        Assert.Equal(1, entries.Count(s => s == CircularPark.Reviews.FollowUpStep.Answer));
        Assert.Equal(decided.Count(r => r.IsSuccessStatusCode), entries.Count(s => s != CircularPark.Reviews.FollowUpStep.Answer));
    }

    /// <summary>Each answer is 200 at most once, else 409 (or 503 on SQLite's single writer: nothing saved).</summary>
    private static async Task AssertOneAtMostAsync(Provider provider, HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict || (provider == Provider.Sqlite && response.StatusCode == HttpStatusCode.ServiceUnavailable),
                $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.OK), 0, 1);
    }

    private static readonly string[] Nine =
    [
        "银星科技园（深圳）", "锦绣科学园（深圳）", "深圳市龙岗区大运 AI 小镇", Zhuhai, "广东梅州经济开发区（东升工业园区）",
        "惠东产业转移工业园", "恩平产业转移工业园", Lianzhou, Yinghong,
    ];

    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private static Task<int> ParkIdAsync(TestApp app, string name) => app.WithDbAsync(db => db.Parks.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>The park starts its plan in Guangdong's 2020 campaign and submits version 1; returns the plan's id.</summary>
    private static Task<int> SubmittedPlanAsync(TestApp app, HttpClient park, int parkId) => new SelectionDriver(app, Campaign).SubmitPlanAsync(park, parkId);

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, int parkId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/selection/campaigns/{Campaign}/parks/{parkId}/follow-up")).GetProperty("items").EnumerateArray().ToList();

    private static string Steps(JsonElement item) => string.Join(",", item.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, int item, string answer, int? planVersion) =>
        client.PostAsJsonAsync($"/api/selection/follow-up/items/{item}/answer", new { answer, planVersion });

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, int item, string decision, string? reason) =>
        client.PostAsJsonAsync($"/api/selection/follow-up/items/{item}/decision", new { decision, reason });

    private static async Task<string?> OkStateAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString();
    }

    private static async Task AssertInvalidAsync(HttpResponseMessage response, string field, string text)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(text, problem.GetProperty("errorsZh").GetProperty(field).GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errorsEn").GetProperty(field).GetString()));
    }

    private static async Task<List<(string, int)>> TasksAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray()
            .Where(t => t.GetProperty("campaignCode").GetString() == Campaign && t.GetProperty("kind").GetString() is "AnswerOpinionItems" or "ConfirmOpinionItems")
            .Select(t => (t.GetProperty("kind").GetString()!, t.GetProperty("parkId").GetInt32())).ToList();

    private static async Task<List<JsonElement>> OverviewAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/selection/campaigns/{Campaign}/follow-up")).EnumerateArray().ToList();

    private static async Task<JsonElement> RowAsync(HttpClient province, string park) =>
        (await OverviewAsync(province)).Single(r => r.GetProperty("park").GetString() == park);

    private static (int Open, int Answered, int Confirmed, int Returned) Counts(JsonElement row) =>
        (row.GetProperty("open").GetInt32(), row.GetProperty("answered").GetInt32(), row.GetProperty("confirmed").GetInt32(), row.GetProperty("returned").GetInt32());

    private static Task<int> EntriesAsync(TestApp app) => app.WithDbAsync(db => db.FollowUpEntries.CountAsync());
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CircularPark.Identity;
using CircularPark.Time;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>
/// Issue 11.9: the campaign's owner corrects its facts at <c>PUT /api/campaigns/{code}</c> with the version read; every
/// change is audited, a stale version or a change that contradicts recorded participation is a 409 that changes nothing,
/// others get 403, and bad input a 400 naming the field in Chinese and English.
/// </summary>
public partial class CampaignEditTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_owner_changes_the_title_and_the_change_is_audited(Provider provider)
    {
        var (app, owner, code) = await CampaignAsync(provider, "title");
        var before = await ReadAsync(owner, code);

        var response = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(before, b => b["titleZh"] = "关于组织开展 2020 年园区循环化改造工作的通知（更正）"));
        var after = await ReadAsync(owner, code);
        var id = await app.WithDbAsync(db => db.Campaigns.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
        var audit = await (await app.ClientAsAsync(Roles.Admin)).GetFromJsonAsync<JsonElement>($"/api/audit?entity=Campaign&key={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("关于组织开展 2020 年园区循环化改造工作的通知（更正）", after.GetProperty("titleZh").GetString());
        Assert.Equal(Version(before) + 1, Version(after));
        Assert.Equal(Version(after), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Modified");
        Assert.Contains("\"TitleZh\":{\"old\":\"广东省工业和信息化厅关于组织开展 2020 年园区循环化改造工作的通知\",\"new\":\"关于组织开展 2020 年园区循环化改造工作的通知（更正）\"}",
            entry.GetProperty("changes").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_owner_replaces_the_targets_and_narrows_the_scope_to_a_city_that_holds_every_park(Provider provider)
    {
        var (_, owner, code) = await CampaignAsync(provider, "targets");
        var before = await ReadAsync(owner, code);

        var response = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(before, b =>
        {
            b["scopeRegion"] = "441800";
            b["targets"] = new JsonArray(new JsonObject { ["metric"] = "Transformed", ["parkLevel"] = "Provincial", ["share"] = 0.5, ["deadline"] = "2025-12-31" });
        }));
        var after = await ReadAsync(owner, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("441800", after.GetProperty("scopeRegionCode").GetString());
        var target = Assert.Single(after.GetProperty("targets").EnumerateArray());
        Assert.Equal((0.5, "2025-12-31"), (target.GetProperty("share").GetDouble(), target.GetProperty("deadline").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_change_made_on_a_stale_version_is_refused_409_and_changes_nothing(Provider provider)
    {
        var (_, owner, code) = await CampaignAsync(provider, "stale");
        var read = await ReadAsync(owner, code);
        (await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(read, b => b["documentNumber"] = "粤工信节能函〔2020〕173 号"))).EnsureSuccessStatusCode();

        var stale = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(read, b => b["titleZh"] = "另一位同事的修改"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await ReadAsync(owner, code);
        Assert.Equal(("广东省工业和信息化厅关于组织开展 2020 年园区循环化改造工作的通知", "粤工信节能函〔2020〕173 号"),
            (now.GetProperty("titleZh").GetString(), now.GetProperty("documentNumber").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scope_that_would_leave_out_a_participating_park_is_refused_409_and_changes_nothing(Provider provider)
    {
        var (_, owner, code) = await CampaignAsync(provider, "scope");
        var before = await ReadAsync(owner, code);

        var response = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(before, b => { b["scopeRegion"] = "440300"; b["titleZh"] = "深圳市批次"; }));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = await ReadAsync(owner, code);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("“范围”不能改为深圳市", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains(Yinghong, problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"Scope\" cannot become Shenzhen", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Equal(("440000", before.GetProperty("titleZh").GetString(), Version(before)),
            (after.GetProperty("scopeRegionCode").GetString(), after.GetProperty("titleZh").GetString(), Version(after)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_application_window_closing_before_a_recorded_application_is_refused_409(Provider provider)
    {
        var (app, owner, code) = await CampaignAsync(provider, "window");
        var before = await ReadAsync(owner, code);
        var yesterday = app.Clock.Today().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(before, b => b["applicationClosesOn"] = yesterday));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("“申报时间”", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"Application window\"", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("applicationClosesOn").GetString(), (await ReadAsync(owner, code)).GetProperty("applicationClosesOn").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_province_and_a_city_are_refused_403_and_anonymous_401(Provider provider)
    {
        var (app, owner, code) = await CampaignAsync(provider, "others");
        var body = Body(await ReadAsync(owner, code), b => b["titleZh"] = "不应保存");

        var shandong = await (await app.ClientAsAsync(Roles.Province, "370000")).PutAsJsonAsync($"/api/campaigns/{code}", body);
        var qingyuan = await (await app.ClientAsAsync(Roles.City, "441800")).PutAsJsonAsync($"/api/campaigns/{code}", body);
        var anonymous = await app.CreateClient().PutAsJsonAsync($"/api/campaigns/{code}", body);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (shandong.StatusCode, qingyuan.StatusCode, anonymous.StatusCode));
        Assert.NotEqual("不应保存", (await ReadAsync(owner, code)).GetProperty("titleZh").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_400_naming_each_field_in_Chinese_and_English(Provider provider)
    {
        var (_, owner, code) = await CampaignAsync(provider, "invalid");
        var before = await ReadAsync(owner, code);

        var response = await owner.PutAsJsonAsync($"/api/campaigns/{code}", Body(before, b =>
        {
            b["titleZh"] = " ";
            b["applicationOpensOn"] = "2020-06-01";
            b["applicationClosesOn"] = "2020-05-01";
            b["scopeRegion"] = "火星市";
        }));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var zh = problem.GetProperty("errorsZh");
        var en = problem.GetProperty("errorsEn");
        Assert.Contains("标题", zh.GetProperty("titleZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("Title", en.GetProperty("titleZh").GetString(), StringComparison.Ordinal);
        Assert.Equal("申报开始日期不能晚于截止日期", zh.GetProperty("applicationClosesOn").GetString());
        Assert.Contains("范围", zh.GetProperty("scopeRegion").GetString(), StringComparison.Ordinal);
        Assert.Equal(Version(before), Version(await ReadAsync(owner, code)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_owner_corrects_the_campaign_with_the_form_on_its_page_and_other_officials_see_no_form(Provider provider)
    {
        var (app, owner, code) = await CampaignAsync(provider, "page");
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");
        var form = await owner.GetStringAsync($"/campaigns/{code}/edit");
        var version = Version(await ReadAsync(owner, code)).ToString(CultureInfo.InvariantCulture);

        var saved = await owner.PostAsync($"/campaigns/{code}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value, ["Form.Version"] = version,
            ["Form.TitleZh"] = "2020 年园区循环化改造工作通知（页面更正）", ["Form.ScopeRegion"] = "440000", ["Form.IssuedOn"] = "2020-03-20",
            ["Form.ApplicationOpensOn"] = "2020-01-01", ["Form.ApplicationClosesOn"] = "2099-12-31",
            ["Form.Targets[0].Metric"] = "Transformed", ["Form.Targets[0].SharePercent"] = "60", ["Form.Targets[0].Deadline"] = "2025-12-31",
        }));
        var page = await saved.Content.ReadAsStringAsync();
        var refused = await shandong.GetAsync($"/campaigns/{code}/edit");

        Assert.Contains($"href=\"/campaigns/{code}/edit\"", await owner.GetStringAsync($"/campaigns/{code}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/campaigns/{code}/edit\"", await shandong.GetStringAsync($"/campaigns/{code}"), StringComparison.Ordinal);
        Assert.Equal($"/campaigns/{code}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1>2020 年园区循环化改造工作通知（页面更正）</h1>", page, StringComparison.Ordinal);
        Assert.Equal(0.6, (await ReadAsync(owner, code)).GetProperty("targets")[0].GetProperty("share").GetDouble(), 6);
        Assert.Equal("/account/denied", refused.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>A Guangdong campaign set up by its province owner, with 英德市英红工业园 applied today; returns the app, the owner and the code.</summary>
    private async Task<(TestApp App, HttpClient Owner, string Code)> CampaignAsync(Provider provider, string name)
    {
        var app = await apps.For(provider);
        var owner = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, owner, $"gd-edit-{name}-{provider}".ToLowerInvariant());
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        (await selection.ApplyAsync(park, await selection.ParkIdAsync(Yinghong))).EnsureSuccessStatusCode();
        return (app, owner, selection.Campaign);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string code) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{code}");

    private static long Version(JsonElement campaign) => campaign.GetProperty("version").GetInt64();

    /// <summary>The PUT body as the campaign reads now (targets unchanged), with <paramref name="change"/> applied.</summary>
    private static JsonObject Body(JsonElement campaign, Action<JsonObject> change)
    {
        var body = new JsonObject();
        foreach (var field in new[] { "titleZh", "titleEn", "documentNumber", "issuedOn", "applicationOpensOn", "applicationClosesOn", "recommendationDueOn", "reviewDueOn", "noticeNumber", "noticeIssuedOn", "version" })
            body[field] = JsonNode.Parse(campaign.GetProperty(field).GetRawText());
        body["scopeRegion"] = campaign.GetProperty("scopeRegionCode").GetString();
        change(body);
        return body;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

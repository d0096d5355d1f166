using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Parks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

/// <summary>
/// Province → nation (002 三(二), 三(五); ADR 0080): each reporting unit sends the ministries its list of eligible parks with
/// each park's expected results by 2022-06-30; the ministry receives it or returns it with reasons; national timeliness
/// counts every unit (provinces, the 兵团, the 计划单列市) as on time, late or overdue.
/// </summary>
public class NationReportTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<int> ParkListAsync(TestApp app) => app.WithDbAsync(db =>
        db.ReportRequirements.Where(r => r.Type == "park-list" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "cn-2021-1004")).Select(r => r.Id).SingleAsync());

    private static Task<int> ParkIdAsync(TestApp app, string name) => app.WithDbAsync(db => db.Parks.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static async Task DecideAsync(HttpClient client, int parkId, bool eligible, string reason, string effectiveOn) =>
        (await client.PutAsJsonAsync($"/api/campaigns/cn-2021-1004/eligibility/parks/{parkId}", new { eligible, reason, effectiveOn })).EnsureSuccessStatusCode();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Guangdong_submits_its_2022_park_list_the_ministry_returns_it_Guangdong_resubmits_and_the_ministry_receives_it(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await ParkListAsync(app);
        var (guangdongUser, ministryUser, shandongUser, qingyuanUser) = (await app.CreateUserAsync(Roles.Province, regionCode: "440000"),
            await app.CreateUserAsync(Roles.Ministry), await app.CreateUserAsync(Roles.Province, regionCode: "370000"), await app.CreateUserAsync(Roles.City, regionCode: "441800"));
        var (zhuhai, yinghong, lianzhou) = (await ParkIdAsync(app, "珠海（国家）高新技术产业开发区"), await ParkIdAsync(app, "英德市英红工业园"),
            await ParkIdAsync(app, "广东连州市产业转移工业园区（清远民族工业园）"));
        var shenzhenPark = await app.WithDbAsync(async db =>
        {
            var shenzhen = await db.Regions.SingleAsync(r => r.Code == "440300" && r.ValidTo == null);
            var park = new Park { Name = "深圳国际低碳城", Level = ParkLevel.Provincial, Kind = ParkKind.Other, Memberships = [new ParkRegionMembership { RegionId = shenzhen.Id }] };
            db.Parks.Add(park);
            await db.SaveChangesAsync();
            return park.Id;
        });

        app.Clock.SetChinaTime(2022, 5, 10);
        var guangdong = await app.SignedInClientAsync(guangdongUser);
        (await guangdong.PutAsJsonAsync("/api/campaigns/cn-2021-1004/eligibility/440000/principles",
            new { text = "省级以上园区，产业基础较好、循环化改造潜力较大的纳入清单。", effectiveOn = "2022-05-06" })).EnsureSuccessStatusCode();
        await DecideAsync(guangdong, zhuhai, true, "国家高新区，产业链完整", "2022-05-06");
        await DecideAsync(guangdong, yinghong, true, "陶瓷、水泥产业集聚，固废利用潜力大", "2022-05-06");
        await DecideAsync(guangdong, lianzhou, false, "园区尚在建设初期，企业较少", "2022-05-06");
        await DecideAsync(guangdong, shenzhenPark, true, "深圳为计划单列市，单独报送", "2022-05-06");
        var refused = await guangdong.PutAsJsonAsync($"/api/campaigns/cn-2021-1004/eligibility/parks/{zhuhai}", new { eligible = false, reason = "", effectiveOn = "2022-05-06" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("认定理由", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").GetProperty("reason").GetString(), StringComparison.Ordinal);
        // An ordinary city is no reporting unit: it neither decides nor writes to the nation.
        var qingyuan = await app.SignedInClientAsync(qingyuanUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.PutAsJsonAsync($"/api/campaigns/cn-2021-1004/eligibility/parks/{yinghong}",
            new { eligible = false, reason = "x", effectiveOn = "2022-05-06" })).StatusCode);

        var list = await guangdong.GetFromJsonAsync<JsonElement>("/api/campaigns/cn-2021-1004/eligibility/440000");
        Assert.Equal(2, list.GetProperty("eligibleCount").GetInt32());
        Assert.DoesNotContain(list.GetProperty("parks").EnumerateArray(), p => p.GetProperty("parkId").GetInt32() == shenzhenPark); // 深圳 reports for itself
        Assert.Contains(list.GetProperty("parks").EnumerateArray(), p => p.GetProperty("parkId").GetInt32() == lianzhou && !p.GetProperty("eligible").GetBoolean());

        var slots = await guangdong.GetFromJsonAsync<JsonElement>("/api/regions/440000/nation-reports");
        var slot = slots.EnumerateArray().Single(s => s.GetProperty("requirementId").GetInt32() == requirement);
        Assert.Equal((2022, "2022-06-30"), (slot.GetProperty("period").GetInt32(), slot.GetProperty("due").GetString()));
        var url = $"/api/regions/440000/nation-reports/{requirement}/2022";
        var view = await guangdong.GetFromJsonAsync<JsonElement>(url);
        var prefilled = view.GetProperty("prefill").GetProperty("parks").EnumerateArray().Select(p => p.GetProperty("parkName").GetString()).ToList();
        Assert.Equal(["珠海（国家）高新技术产业开发区", "英德市英红工业园"], prefilled);
        Assert.Contains("具备条件进行循环化改造的园区 2 个", view.GetProperty("prefill").GetProperty("progress").GetString(), StringComparison.Ordinal);

        var first = new
        {
            progress = "广东省省级以上园区经认定具备条件的 2 个。",
            parks = new object[]
            {
                new { parkId = zhuhai, parkName = "珠海（国家）高新技术产业开发区", level = "National", energySavedTce = 12_000.0, waterSavedM3 = 300_000.0, co2CutT = 31_000.0 },
                new { parkId = yinghong, parkName = "英德市英红工业园", level = "Provincial", energySavedTce = 8_000.0, solidWasteCutT = 150_000.0 },
            },
        };
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(shandongUser)).PutAsJsonAsync(url, first)).StatusCode);
        var bad = await guangdong.PutAsJsonAsync(url, new { parks = new object[] { new { parkName = "英德市英红工业园", level = "Provincial", co2CutT = -5.0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("parks[0].co2CutT", out _));
        var saved = await guangdong.PutAsJsonAsync(url, first);
        saved.EnsureSuccessStatusCode();
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();

        app.Clock.SetChinaTime(2022, 6, 20);
        guangdong = await app.SignedInClientAsync(guangdongUser);
        (await guangdong.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await guangdong.PostAsJsonAsync($"/api/reports/{id}/nation-accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(shandongUser)).GetAsync($"/api/reports/{id}")).StatusCode);

        app.Clock.SetChinaTime(2022, 6, 24);
        var ministry = await app.SignedInClientAsync(ministryUser);
        var inbox = await ministry.GetStringAsync("/inbox");
        Assert.Contains($"/reports/{id}", inbox, StringComparison.Ordinal);
        var waiting = HeaderCount(inbox);
        Assert.True(waiting >= 1); // the header counts what the inbox lists
        Assert.Equal(HttpStatusCode.NotFound, (await ministry.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).StatusCode); // no such step on this route
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.PostAsJsonAsync($"/api/reports/{id}/nation-return", new { reason = " " })).StatusCode);
        (await ministry.PostAsJsonAsync($"/api/reports/{id}/nation-return", new { reason = "英红工业园缺少节水量、二氧化碳减排量" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await ministry.PutAsJsonAsync(url, first)).StatusCode);

        app.Clock.SetChinaTime(2022, 6, 28);
        guangdong = await app.SignedInClientAsync(guangdongUser);
        var second = new
        {
            first.progress,
            parks = new object[]
            {
                first.parks[0],
                new { parkId = yinghong, parkName = "英德市英红工业园", level = "Provincial", energySavedTce = 8_000.0, waterSavedM3 = 120_000.0, co2CutT = 21_000.0, solidWasteCutT = 150_000.0 },
            },
        };
        (await guangdong.PutAsJsonAsync(url, second)).EnsureSuccessStatusCode();
        (await guangdong.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        app.Clock.SetChinaTime(2022, 7, 1);
        ministry = await app.SignedInClientAsync(ministryUser);
        (await ministry.PostAsJsonAsync($"/api/reports/{id}/nation-accept", new { })).EnsureSuccessStatusCode();
        var after = await ministry.GetStringAsync("/inbox");
        Assert.DoesNotContain($"/reports/{id}", after, StringComparison.Ordinal);
        Assert.Equal(waiting - 1, HeaderCount(after));
        guangdong = await app.SignedInClientAsync(guangdongUser);
        Assert.Equal(HttpStatusCode.Conflict, (await guangdong.PutAsJsonAsync(url, second)).StatusCode); // received: locked

        var report = await ministry.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        Assert.Equal(2, report.GetProperty("versions").GetArrayLength());

        // National timeliness of the park list: Guangdong on time (first submitted 2022-06-20, before the return), every other unit overdue.
        var timeliness = await ministry.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2022");
        var byUnit = timeliness.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!,
            g => (g.GetProperty("expected").GetInt32(), g.GetProperty("onTime").GetInt32(), g.GetProperty("late").GetInt32(), g.GetProperty("missing").GetInt32()));
        Assert.True(timeliness.GetProperty("pastDue").GetBoolean());
        Assert.Equal((37, 1, 0, 36), byUnit[""]);
        Assert.Equal((1, 1, 0, 0), byUnit["440000"]);
        Assert.Equal((1, 0, 0, 1), byUnit["440300"]); // 深圳 reports for itself, and has not
        Assert.Equal((1, 0, 0, 1), byUnit["370000"]);
        Assert.Equal(["submit", "nation-return", "submit", "nation-accept"], report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("2022-06-20", DateOnly.FromDateTime(Time.ChinaTime.ToChina(report.GetProperty("firstSubmittedAtUtc").GetDateTime())).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var stored = await app.WithDbAsync(db => db.ReportVersions.Where(v => v.ReportId == id).OrderBy(v => v.Number)
            .Select(v => v.Parks.OrderBy(p => p.Id).Select(p => p.WaterSavedM3).ToList()).ToListAsync());
        Assert.Equal([[300_000.0, null], [300_000.0, 120_000.0]], stored); // the first submission is kept as it was

        var docx = await guangdong.GetByteArrayAsync($"/api/reports/{id}/export.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("英德市英红工业园", text, StringComparison.Ordinal);
        Assert.Contains("120,000", text, StringComparison.Ordinal);
        Assert.Contains("省级以上园区，产业基础较好", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task National_timeliness_counts_every_reporting_unit_on_time_late_or_overdue(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await app.WithDbAsync(db =>
            db.ReportRequirements.Where(r => r.Type == "province-yearly-summary" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "cn-2021-1004")).Select(r => r.Id).SingleAsync());
        var (jiangsuUser, qingdaoUser, shandongUser, ministryUser) = (await app.CreateUserAsync(Roles.Province, regionCode: "320000"),
            await app.CreateUserAsync(Roles.City, regionCode: "370200"), await app.CreateUserAsync(Roles.Province, regionCode: "370000"), await app.CreateUserAsync(Roles.Ministry));
        var url = (string unit) => $"/api/regions/{unit}/nation-reports/{requirement}/2023";

        // The 2023 yearly summary is due 31 March 2024: Jiangsu on the last day (China time), 青岛 (a 计划单列市) the day after.
        app.Clock.SetChinaTime(2024, 3, 31, hour: 23);
        var jiangsu = await app.SignedInClientAsync(jiangsuUser);
        var withParks = await jiangsu.PutAsJsonAsync(url("320000"), new { progress = "x", parks = new object[] { new { parkName = "某园区", level = "Provincial" } } });
        Assert.Equal(HttpStatusCode.BadRequest, withParks.StatusCode); // only the park list carries parks
        Assert.True((await withParks.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("parks", out _));
        var saved = await jiangsu.PutAsJsonAsync(url("320000"), new { progress = "江苏省 2023 年园区循环化改造总体进展。" });
        (await jiangsu.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();
        app.Clock.SetChinaTime(2024, 4, 1, hour: 0);
        var qingdao = await app.SignedInClientAsync(qingdaoUser);
        saved = await qingdao.PutAsJsonAsync(url("370200"), new { progress = "青岛市 2023 年园区循环化改造总体进展。" });
        (await qingdao.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();
        // An ordinary city cannot write for its province; 青岛 cannot write for 山东.
        Assert.Equal(HttpStatusCode.NotFound, (await qingdao.PutAsJsonAsync(url("370000"), new { progress = "x" })).StatusCode);

        app.Clock.SetChinaTime(2024, 4, 8);
        var view = await (await app.SignedInClientAsync(ministryUser)).GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2023");
        Assert.Equal("2024-03-31", view.GetProperty("due").GetString());
        Assert.True(view.GetProperty("pastDue").GetBoolean());
        var figures = view.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!,
            g => (g.GetProperty("expected").GetInt32(), g.GetProperty("submitted").GetInt32(), g.GetProperty("onTime").GetInt32(), g.GetProperty("late").GetInt32(), g.GetProperty("missing").GetInt32()));
        // 31 provinces, autonomous regions and municipalities, the 兵团 and 5 计划单列市 (not Taiwan, Hong Kong or Macao).
        Assert.Equal((37, 2, 1, 1, 35), figures[""]);
        Assert.Equal((1, 1, 1, 0, 0), figures["320000"]);
        Assert.Equal((1, 1, 0, 1, 0), figures["370200"]);
        Assert.Equal((1, 0, 0, 0, 1), figures["370000"]);
        Assert.Equal((1, 0, 0, 0, 1), figures["660000"]);
        Assert.False(figures.ContainsKey("710000") || figures.ContainsKey("810000"));
        var pending = view.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("cityCode").GetString()).ToList();
        Assert.Equal(35, pending.Count);
        Assert.Contains("440300", pending);

        var shandong = await (await app.SignedInClientAsync(shandongUser)).GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2023");
        Assert.Equal((2, 1, 0, 1, 1), shandong.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("group").GetString() == "")
            .Select(g => (g.GetProperty("expected").GetInt32(), g.GetProperty("submitted").GetInt32(), g.GetProperty("onTime").GetInt32(), g.GetProperty("late").GetInt32(), g.GetProperty("missing").GetInt32())).Single());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_national_targets_count_only_eligible_parks_and_a_park_accepted_in_its_provinces_campaign_counts_as_achieved(Provider provider)
    {
        var app = await apps.For(provider);
        var anonymous = app.CreateClient();
        var before = await anonymous.GetFromJsonAsync<JsonElement>("/api/campaigns/cn-2021-1004");
        var inScope = before.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("inScope").GetInt32()).ToList();

        var jiangsu = await app.ClientAsAsync(Roles.Province, regionCode: "320000"); // no Jiangsu park is on the platform: nothing changes
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var (zhuhai, meizhou, huidong) = (await ParkIdAsync(app, "珠海（国家）高新技术产业开发区"), await ParkIdAsync(app, "广东梅州经济开发区（东升工业园区）"),
            await ParkIdAsync(app, "惠东产业转移工业园"));
        var today = app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await DecideAsync(guangdong, zhuhai, true, "国家高新区", today);
        await DecideAsync(guangdong, meizhou, true, "省级开发区，产业基础好", today);
        await DecideAsync(guangdong, huidong, true, "省级园区", today);
        await DecideAsync(guangdong, huidong, false, "复核后认定不具备条件：园区规划调整", today); // a later decision supersedes
        Assert.Equal(HttpStatusCode.NotFound, (await jiangsu.PutAsJsonAsync($"/api/campaigns/cn-2021-1004/eligibility/parks/{zhuhai}",
            new { eligible = false, reason = "x", effectiveOn = today })).StatusCode);
        await app.WithDbAsync(async db =>
        {
            var participation = await db.Participations.SingleAsync(p => p.ParkId == meizhou && p.Campaign!.Code == "gd-2020-923");
            participation.State = CircularPark.Campaigns.ParticipationState.Accepted;
            return await db.SaveChangesAsync();
        });

        var after = await anonymous.GetFromJsonAsync<JsonElement>("/api/campaigns/cn-2021-1004");
        var targets = after.GetProperty("targets").EnumerateArray()
            .Select(t => (t.GetProperty("inScope").GetInt32(), t.GetProperty("achieved").GetInt32(), t.GetProperty("required").GetInt32())).ToList();
        // 国家级: 珠海 eligible, not yet accepted; 省级: 梅州 eligible and accepted in Guangdong's own campaign, 惠东 no longer eligible.
        Assert.Equal([(inScope[0] + 1, 0, inScope[0] + 1), (inScope[1] + 1, 1, inScope[1] + 1)], targets);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_units_yearly_summary_starts_from_its_parks_submitted_reports_of_the_year(Provider provider)
    {
        var app = await apps.For(provider);
        var summary = await app.WithDbAsync(db =>
            db.ReportRequirements.Where(r => r.Type == "province-yearly-summary" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "cn-2021-1004")).Select(r => r.Id).SingleAsync());
        var parkLine = await app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Include(c => c.Reports).SingleAsync(c => c.Code == "gd-2020-923");
            var line = new CircularPark.Campaigns.ReportRequirement
            {
                Type = "park-yearly-2023-summary-test", NameZh = "园区年度进展报告", NameEn = "Park yearly progress", From = CircularPark.Campaigns.ReportParty.Park,
                To = CircularPark.Campaigns.ReportParty.City, Recurrence = CircularPark.Campaigns.Recurrence.Yearly, DueMonth = 12, DueDay = 31, FirstPeriod = 2023, LastPeriod = 2023,
            };
            campaign.Reports.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var yinghong = await ParkIdAsync(app, "英德市英红工业园");
        var park = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");
        var saved = await park.PutAsJsonAsync($"/api/parks/{yinghong}/reports/{parkLine}/2023",
            new { progress = "余热发电项目投产。", energySavedTce = 1200.0, waterSavedM3 = 5000.0, co2CutT = 3100.0, difficulties = "资金压力较大。" });
        (await park.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();
        var draft = await park.PutAsJsonAsync($"/api/parks/{yinghong}/reports/{parkLine}/2023", new { energySavedTce = 9999.0 });
        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode); // submitted: only the submitted figures count

        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var prefill = (await guangdong.GetFromJsonAsync<JsonElement>($"/api/regions/440000/nation-reports/{summary}/2023")).GetProperty("prefill");

        Assert.Equal((1200.0, 5000.0, 3100.0), (prefill.GetProperty("energySavedTce").GetDouble(), prefill.GetProperty("waterSavedM3").GetDouble(), prefill.GetProperty("co2CutT").GetDouble()));
        Assert.Contains("2023年，园区报送年度进展报告 1 份（审核通过 0 份），合计节能 1,200 吨标准煤", prefill.GetProperty("results").GetString(), StringComparison.Ordinal);
        Assert.Equal("英德市英红工业园：资金压力较大。", prefill.GetProperty("difficulties").GetString());
        Assert.Equal(0, prefill.GetProperty("parks").GetArrayLength());
    }

    /// <summary>The number beside 待办 in the page header (0 when none is shown).</summary>
    private static int HeaderCount(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"inbox-count\"[^>]*>(\\d+)<") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}

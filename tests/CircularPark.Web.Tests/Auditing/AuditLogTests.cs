using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Time;
using CircularPark.Web.Tests.Parks;

namespace CircularPark.Web.Tests.Auditing;

/// <summary>
/// Issue 12, finding 14 (ADR 0071): the audit log is read at <c>GET /api/audit</c> and <c>/admin/audit</c>, by administrators
/// everywhere and by province users for their province's accounts; filters by user, entity, key and Beijing dates.
/// </summary>
public class AuditLogTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_finds_a_park_change_by_user_entity_and_date(Provider provider)
    {
        var app = await apps.For(provider);
        var jinanEmail = await app.CreateUserAsync(Roles.City, "370100");
        var park = await ChangeParkAsync(app, await app.SignedInClientAsync(jinanEmail), "平阴工业园区", enterprises: 120);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var today = Iso(app.Clock.Today());
        var tomorrow = Iso(app.Clock.Today().AddDays(1));

        var found = await ReadAsync(admin, $"/api/audit?user={Uri.EscapeDataString(jinanEmail)}&entity=Park&from={today}&to={today}");
        var bySubstringInCapitals = await ReadAsync(admin, $"/api/audit?user={jinanEmail[..20].ToUpperInvariant()}&entity=Park&key={park}");
        var otherEntity = await ReadAsync(admin, $"/api/audit?user={Uri.EscapeDataString(jinanEmail)}&entity=Enterprise");
        var later = await ReadAsync(admin, $"/api/audit?user={Uri.EscapeDataString(jinanEmail)}&from={tomorrow}");

        var entry = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(jinanEmail, entry.GetProperty("actor").GetString());
        Assert.Equal("Modified", entry.GetProperty("action").GetString());
        Assert.Equal(park.ToString(CultureInfo.InvariantCulture), entry.GetProperty("entityKey").GetString());
        Assert.Contains("\"EnterpriseCount\":{\"old\":null,\"new\":120}", entry.GetProperty("changes").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bySubstringInCapitals.GetProperty("total").GetInt64());
        Assert.Equal(0, otherEntity.GetProperty("total").GetInt64());
        Assert.Equal(0, later.GetProperty("total").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_province_user_reads_the_actions_of_accounts_in_the_province_and_not_those_of_another_province(Provider provider)
    {
        var app = await apps.For(provider);
        var qingyuanEmail = await app.CreateUserAsync(Roles.City, "441800");
        var yinghongEmail = await app.CreateUserAsync(Roles.Park, parkName: "英德市英红工业园");
        var jinanEmail = await app.CreateUserAsync(Roles.City, "370100");
        await ChangeParkAsync(app, await app.SignedInClientAsync(qingyuanEmail), "广东连州市产业转移工业园区（清远民族工业园）", enterprises: 40);
        await ChangeParkAsync(app, await app.SignedInClientAsync(yinghongEmail), "英德市英红工业园", enterprises: 60);
        await ChangeParkAsync(app, await app.SignedInClientAsync(jinanEmail), "莱城工业园区", enterprises: 80);
        var guangdong = await app.ClientAsAsync(Roles.Province, "440000");
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");

        var seenByGuangdong = Actors(await ReadAsync(guangdong, "/api/audit?entity=Park&pageSize=200"));
        var seenByShandong = Actors(await ReadAsync(shandong, "/api/audit?entity=Park&pageSize=200"));
        var jinanAskedByGuangdong = await ReadAsync(guangdong, $"/api/audit?user={Uri.EscapeDataString(jinanEmail)}");
        var qingyuanSignIns = await ReadAsync(guangdong, $"/api/audit?user={Uri.EscapeDataString(qingyuanEmail)}&entity=Account");

        Assert.Contains(qingyuanEmail, seenByGuangdong);
        Assert.Contains(yinghongEmail, seenByGuangdong);
        Assert.DoesNotContain(jinanEmail, seenByGuangdong);
        Assert.Contains(jinanEmail, seenByShandong);
        Assert.DoesNotContain(qingyuanEmail, seenByShandong);
        Assert.DoesNotContain(yinghongEmail, seenByShandong);
        Assert.Equal(0, jinanAskedByGuangdong.GetProperty("total").GetInt64());
        Assert.Contains(qingyuanSignIns.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "SignedIn");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task City_park_and_ministry_users_are_refused_403_and_anonymous_401(Provider provider)
    {
        var app = await apps.For(provider);
        HttpClient[] refused =
        [
            await app.ClientAsAsync(Roles.City, "441800"), await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园"),
            await app.ClientAsAsync(Roles.Ministry, "000000"),
        ];

        foreach (var client in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit/entities")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/audit/entities")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_filters_are_a_400_naming_the_field_in_both_languages(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        (string Query, string Field)[] table =
        [
            ("from=2026-05-02&to=2026-05-01", "to"),
            ("from=2026-13-01", "from"),
            ("to=yesterday", "to"),
            ("from=1999-12-31", "from"),
            ("pageSize=500", "pageSize"),
            ("pageSize=0", "pageSize"),
            ("page=0", "page"),
            ("entity=NoSuchThing", "entity"),
        ];

        foreach (var (query, field) in table)
        {
            var response = await admin.GetAsync($"/api/audit?{query}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.Equal([field], problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name));
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("errorsZh").GetProperty(field).GetString()), query);
        }
        var reversed = await (await admin.GetAsync("/api/audit?from=2026-05-02&to=2026-05-01")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("结束日期（2026-05-01）不能早于起始日期（2026-05-02）", reversed.GetProperty("errorsZh").GetProperty("to").GetString());
        Assert.Contains("Park", await admin.GetFromJsonAsync<string[]>("/api/audit/entities") ?? [], StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_page_lists_the_log_for_an_administrator_and_refuses_a_park_user(Provider provider)
    {
        var app = await apps.For(provider);
        var provinceEmail = await app.CreateUserAsync(Roles.Province, "370000");
        var park = await ChangeParkAsync(app, await app.SignedInClientAsync(provinceEmail), "济南经济开发区", enterprises: 15);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var parkUser = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");

        var page = await admin.GetStringAsync($"/admin/audit?user={Uri.EscapeDataString(provinceEmail)}&entity=Park");
        var badFilter = await admin.GetStringAsync("/admin/audit?from=2026-05-02&to=2026-05-01");
        var refused = await parkUser.GetAsync("/admin/audit");

        Assert.Contains("操作日志", page, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"actor\">{provinceEmail.Replace("@", "<wbr />@", StringComparison.Ordinal)}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"key\">{park}</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"nowrap\">修改</td>", page, StringComparison.Ordinal);
        Assert.Contains("共 1 条记录", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"to\"", badFilter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/audit\"", await parkUser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_change_at_07_00_Beijing_time_falls_on_that_Beijing_date_not_the_UTC_one(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2026, 3, 15, hour: 7); // 2026-03-14 23:00 UTC
        try
        {
            var email = await app.CreateUserAsync(Roles.Province, "370000");
            await ChangeParkAsync(app, await app.SignedInClientAsync(email), "济南槐荫工业园区", enterprises: 30);
            var admin = await app.ClientAsAsync(Roles.Admin);
            var user = Uri.EscapeDataString(email);

            var onTheDay = await ReadAsync(admin, $"/api/audit?user={user}&entity=Park&from=2026-03-15&to=2026-03-15");
            var theUtcDay = await ReadAsync(admin, $"/api/audit?user={user}&entity=Park&from=2026-03-14&to=2026-03-14");
            var page = await admin.GetStringAsync($"/admin/audit?user={user}&entity=Park&from=2026-03-15&to=2026-03-15");

            var entry = Assert.Single(onTheDay.GetProperty("items").EnumerateArray());
            Assert.StartsWith("2026-03-15T07:00", entry.GetProperty("atChina").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("2026-03-14T23:00", entry.GetProperty("atUtc").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, theUtcDay.GetProperty("total").GetInt64());
            Assert.Contains("<td class=\"date\">2026年3月15日 07:00:", page, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_added_entity_is_logged_with_its_real_key_and_the_real_keys_it_refers_to_not_temporary_ones(Provider provider)
    {
        var app = await apps.For(provider);
        const string park = "银星科技园（深圳）";
        var email = await app.CreateUserAsync(Roles.Park, parkName: park);
        var response = await (await app.SignedInClientAsync(email)).PostAsJsonAsync($"/api/parks/{await ParksApiTests.ParkIdAsync(app, park)}/enterprises", new
        {
            name = "示范陶瓷厂", industryCode = "C3071", latitude = 24.2, longitude = 113.4, permitScope = "",
            streams = new object[] { new { name = "废瓷", kind = "Waste", materialCode = "ceramic-waste", quantity = 100.0, unit = "Tonne" } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var admin = await app.ClientAsAsync(Roles.Admin);
        var user = Uri.EscapeDataString(email);

        var enterprise = Added(await ReadAsync(admin, $"/api/audit?user={user}&entity=Enterprise"));
        var stream = Added(await ReadAsync(admin, $"/api/audit?user={user}&entity=EnterpriseStream"));

        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), enterprise.GetProperty("entityKey").GetString());
        Assert.Contains($"\"Id\":{{\"old\":null,\"new\":{id}}}", enterprise.GetProperty("changes").GetString(), StringComparison.Ordinal);
        Assert.Contains($"\"EnterpriseId\":{{\"old\":null,\"new\":{id}}}", stream.GetProperty("changes").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("-21474", stream.GetProperty("changes").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Changes the park's enterprise count through <c>PUT /api/parks/{id}</c> (version 0: untouched since seeding).</summary>
    private static async Task<int> ChangeParkAsync(TestApp app, HttpClient client, string name, int enterprises)
    {
        var id = await ParksApiTests.ParkIdAsync(app, name);
        var response = await client.PutAsJsonAsync($"/api/parks/{id}",
            new { name, level = "Provincial", kind = "EconomicDevelopmentZone", enterpriseCount = enterprises, version = 0 });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return id;
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Added(JsonElement page) =>
        Assert.Single(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Added");

    private static HashSet<string> Actors(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("actor").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Imports;

/// <summary>
/// Issue 11.7: an import never ignores anything silently. The dry run shows every row as new, matched (which park),
/// changed (which fields) or a problem; columns it does not read are reported; rows without problems are counted even
/// when others fail; a changed 状态 becomes a dated state change, or a problem saying why not.
/// </summary>
public class ImportRowOutcomeTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_dry_run_shows_each_row_as_new_matched_changed_or_a_problem_and_reports_unknown_columns(Provider provider)
    {
        var app = await apps.For(provider);
        var zhejiang = await app.ClientAsAsync(Roles.Province, regionCode: "330000");
        await ImportAsync(zhejiang, Csv("园区名称,属地,企业数", "嘉兴甲园区,嘉兴市,10", "嘉兴乙园区,嘉兴市,20"), dryRun: false);
        var before = await app.WithDbAsync(db => db.Parks.CountAsync());

        var report = await ImportAsync(zhejiang, Csv("园区名称,属地,企业数,联系人",
            "嘉兴甲园区,嘉兴市,10,王工",      // row 2: matched, unchanged
            "嘉兴乙园区,嘉兴市,25,李工",      // row 3: matched, 企业数 20 → 25
            "嘉兴丙园区,嘉兴市,,",            // row 4: new
            "嘉兴丁园区,火星市,,"), dryRun: true); // row 5: problem

        var outcomes = report.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(["Matched", "Changed", "New", "Problem"], outcomes.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal("嘉兴甲园区", outcomes[0].GetProperty("matchedName").GetString());
        var change = Assert.Single(outcomes[1].GetProperty("changes").EnumerateArray());
        Assert.Equal(("企业数", "20", "25"), (change.GetProperty("columnZh").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal("嘉兴丁园区", outcomes[3].GetProperty("name").GetString());
        // The rows without problems are counted though another row fails.
        Assert.Equal((1, 1, 1), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("联系人", "unknown-column"), (warning.GetProperty("column").GetString(), warning.GetProperty("rule").GetString()));
        Assert.Contains("不会导入", warning.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Parks.CountAsync()));
        Assert.Equal(20, await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "嘉兴乙园区").Select(p => p.EnterpriseCount).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_column_given_twice_is_a_problem_and_campaign_columns_without_a_campaign_are_reported(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);

        var twice = await ImportAsync(admin, Csv("园区名称,属地,属地", "湖州甲园区,湖州市,嘉兴市"), dryRun: true);
        var plain = await ImportAsync(admin, Csv("园区名称,属地,计划年度,状态", "湖州乙园区,湖州市,2021,已批准"), dryRun: true);

        var problem = Assert.Single(twice.GetProperty("problems").EnumerateArray());
        Assert.Equal("duplicate-column", problem.GetProperty("rule").GetString());
        Assert.Equal(["campaign-column", "campaign-column"], plain.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("rule").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_changed_state_on_re_import_becomes_a_state_change_dated_by_the_document(Provider provider)
    {
        var app = await apps.For(provider);
        var code = await CampaignAsync(app, provider, "330000");
        var zhejiang = await app.ClientAsAsync(Roles.Province, regionCode: "330000");
        await ImportAsync(zhejiang, Csv("园区名称,属地,计划年度", "绍兴甲园区,绍兴市,2020"), dryRun: false, campaign: code);

        var report = await ImportAsync(zhejiang, Csv("园区名称,属地,计划年度,状态,状态日期", "绍兴甲园区,绍兴市,2020,已批准,2020年9月28日"), dryRun: false, campaign: code);

        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        var outcome = Assert.Single(report.GetProperty("outcomes").EnumerateArray());
        Assert.Equal("Changed", outcome.GetProperty("status").GetString());
        Assert.Contains(outcome.GetProperty("changes").EnumerateArray(), c => c.GetProperty("columnZh").GetString() == "状态" && c.GetProperty("after").GetString() == "已批准");
        var history = await HistoryAsync(app, code, "绍兴甲园区");
        Assert.Equal([(ParticipationState.Listed, new DateOnly(2020, 1, 15)), (ParticipationState.Approved, new DateOnly(2020, 9, 28))], history);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_state_change_without_its_date_going_back_or_dated_in_the_future_is_a_problem_and_stores_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var code = await CampaignAsync(app, provider, "330000");
        var zhejiang = await app.ClientAsAsync(Roles.Province, regionCode: "330000");
        await ImportAsync(zhejiang, Csv("园区名称,属地,计划年度,状态,状态日期", "金华甲园区,金华市,2020,已批准,2020-06-30", "金华乙园区,金华市,2020,,", "金华丙园区,金华市,2020,,", "金华丁园区,金华市,2020,,"), dryRun: false, campaign: code);
        var tomorrow = app.Clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var report = await ImportAsync(zhejiang, Csv("园区名称,属地,计划年度,状态,状态日期",
            "金华甲园区,金华市,2020,列入计划,2021-01-01",   // row 2: back from 已批准
            "金华乙园区,金华市,2020,已批准,",               // row 3: no date
            $"金华丙园区,金华市,2020,已批准,{tomorrow}",     // row 4: in the future
            "金华丁园区,金华市,2020,已批准,2019-12-31",     // row 5: before the listing took effect
            "金华戊园区,金华市,2020,,"), dryRun: false, campaign: code); // row 6: fine, new

        Assert.Equal([(2, "state-backward"), (3, "state-date-required"), (4, "state-date-future"), (5, "state-date-order")],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("rule").GetString())));
        Assert.Contains("状态日期", report.GetProperty("problems")[1].GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.False(await app.WithDbAsync(db => db.Parks.AnyAsync(p => p.Name == "金华戊园区")));
        Assert.Equal([(ParticipationState.Listed, new DateOnly(2020, 1, 15))], await HistoryAsync(app, code, "金华乙园区"));
    }

    /// <summary>A Zhejiang campaign whose list is dated 2020-01-15.</summary>
    private static async Task<string> CampaignAsync(TestApp app, Provider provider, string scope)
    {
        var code = $"zj-{provider}-{Guid.NewGuid():N}"[..20];
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Code == scope && r.ValidTo == null);
            db.Campaigns.Add(new Campaign
            {
                Code = code, TitleZh = "浙江省园区循环化改造名单", TitleEn = "Zhejiang list", IssuingBodies = "浙江省发展改革委",
                IssuedOn = new DateOnly(2020, 1, 15), ScopeRegionId = region.Id, IssuerLevel = RegionLevel.Province, TaskTemplate = TaskTemplate.NationalFive,
            });
            return await db.SaveChangesAsync();
        });
        return code;
    }

    private static Task<List<(ParticipationState, DateOnly)>> HistoryAsync(TestApp app, string campaign, string park) =>
        app.WithDbAsync(async db => (await db.Participations.Where(p => p.Campaign!.Code == campaign && p.Park!.Name == park)
            .SelectMany(p => p.History).Select(h => new { h.To, h.EffectiveOn, h.Id }).ToListAsync())
            .OrderBy(h => h.EffectiveOn).ThenBy(h => h.Id).Select(h => (h.To, h.EffectiveOn)).ToList());

    internal static async Task<JsonElement> ImportAsync(HttpClient client, MultipartFormDataContent file, bool dryRun, string? campaign = null, string? choices = null)
    {
        if (choices is not null) file.Add(new StringContent(choices), "choices");
        var response = await client.PostAsync($"/api/imports/parks?dryRun={(dryRun ? "true" : "false")}{(campaign is null ? "" : "&campaign=" + campaign)}", file);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static MultipartFormDataContent Csv(string header, params string[] rows) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header)))), "file", "list.csv" } };
}

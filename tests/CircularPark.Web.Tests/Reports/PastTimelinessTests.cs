using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

/// <summary>
/// Timeliness of past periods from the seed's documents' dates (ADR 0070): the parks Shandong listed on 2018-09-10 and
/// Guangdong approved on 2020-09-28 owed their cities' reports for 2018 and 2020, which nobody ever submitted here.
/// </summary>
public class PastTimelinessTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The cities of the nine parks of 粤工信节能函〔2020〕923号 (Attachment 1).</summary>
    private static readonly string[] GuangdongListCities = ["惠州市", "梅州市", "江门市", "深圳市", "清远市", "珠海市"];

    private static Task<int> RequirementAsync(TestApp app, string campaign, string type) => app.WithDbAsync(db =>
        db.ReportRequirements.Where(r => r.Type == type && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == campaign)).Select(r => r.Id).SingleAsync());

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_2018_timeliness_page_lists_every_listed_city_that_never_reported_as_overdue(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await RequirementAsync(app, "sd-2018-336", "city-yearly-report");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");

        var view = await province.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2018");
        var page = await province.GetStringAsync($"/reports/timeliness?requirementId={requirement}&period=2018");

        // Due 2019-01-31: 17 cities listed parks; 莱芜市 had become part of 济南市 on 2019-01-09, so 16 cities owed the report.
        Assert.Equal("2019-01-31", view.GetProperty("due").GetString());
        Assert.True(view.GetProperty("pastDue").GetBoolean());
        var total = view.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "");
        Assert.Equal((16, 0, 16), (total.GetProperty("expected").GetInt32(), total.GetProperty("submitted").GetInt32(), total.GetProperty("missing").GetInt32()));
        var pending = view.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("济南市", pending);
        Assert.Contains("青岛市", pending);
        Assert.DoesNotContain("莱芜市", pending);
        Assert.Contains("逾期未报 (16)", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Guangdong_cities_owed_their_2020_progress_report_from_the_list_of_2020_09_28(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await RequirementAsync(app, "gd-2020-923", "city-yearly-progress");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var view = await province.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2020");

        Assert.True(view.GetProperty("pastDue").GetBoolean());
        Assert.Equal(GuangdongListCities.Order(StringComparer.Ordinal),
            view.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_citys_schedule_shows_every_past_report_it_never_submitted_as_逾期未报_and_only_the_next_one_as_not_started()
    {
        var app = await apps.For(Provider.Sqlite);
        var user = await app.CreateUserAsync(Roles.City, regionCode: "441800");
        app.Clock.SetChinaTime(2023, 6, 1);
        string page;
        try { page = await (await app.SignedInClientAsync(user)).GetStringAsync("/reports"); }
        finally { app.Clock.Reset(); }

        // Guangdong's city report is due each 31 December from 2020: 2020, 2021 and 2022 have passed, 2023 is next.
        Assert.Equal(3, (page.Length - page.Replace("data-overdue=\"true\"", "", StringComparison.Ordinal).Length) / "data-overdue=\"true\"".Length);
        Assert.Contains("逾期未报", page, StringComparison.Ordinal);
        Assert.Contains("未填写", page, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>
/// Issue 11.9, "lists as published": a national campaign's summary has a line per province-level unit with its subtotal and
/// its cities beneath, a municipality (北京市) once as itself, 兵团 with its cities, and 全国合计 on top; parks whose level is
/// not stated (未注明) or other (其他) are counted in columns of their own.
/// </summary>
public class NationalSummaryTests(Apps apps) : IClassFixture<Apps>
{
    private const string Code = "cn-test-summary";

    /// <summary>The campaign's parks: (name, region code, level, planned year); the first four are seeded.</summary>
    private static readonly (string Park, string Region, ParkLevel Level, int Year)[] Parks =
    [
        ("明水经济技术开发区", "", ParkLevel.National, 2021),
        ("济南高新区", "", ParkLevel.National, 2022),
        ("英德市英红工业园", "", ParkLevel.Provincial, 2021),
        ("银星科技园（深圳）", "", ParkLevel.Other, 2022),
        ("北京朝阳测试园区", "110105", ParkLevel.NotStated, 2021),
        ("北京顺义测试园区", "110113", ParkLevel.National, 2022),
        ("五家渠测试工业园区", "659004", ParkLevel.NotStated, 2022),
    ];

    private static readonly string[] PublishedOrder =
        ["全国合计", "北京市", "山东省", "济南市", "广东省", "深圳市", "清远市", "新疆生产建设兵团", "五家渠市"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_national_summary_has_province_subtotals_with_their_cities_beneath_and_a_national_total(Provider provider)
    {
        var app = await NationalCampaignAsync(provider);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{Code}/summary");

        var lines = summary.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(PublishedOrder, lines.Select(l => l.GetProperty("nameZh").GetString()));
        Assert.Equal(["Total", "Province", "Province", "City", "Province", "City", "City", "Province", "City"], lines.Select(l => l.GetProperty("kind").GetString()));
        var provinces = summary.GetProperty("provinces").EnumerateArray().ToList();
        var cities = summary.GetProperty("cities").EnumerateArray().ToList();
        foreach (var province in provinces)
        {
            var beneath = cities.Where(c => Province(summary, c) == province.GetProperty("code").GetString()).ToList();
            Assert.NotEmpty(beneath);
            Assert.Equal(Cells(province), Sum(beneath), CellsEqual);
        }
        Assert.Equal(Cells(summary.GetProperty("total")), Sum(provinces), CellsEqual);
        Assert.Equal(7, summary.GetProperty("total").GetProperty("cumulative").GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Parks_of_no_stated_level_and_of_other_levels_are_counted_in_columns_of_their_own(Provider provider)
    {
        var app = await NationalCampaignAsync(provider);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{Code}/summary");

        var total = summary.GetProperty("total").GetProperty("cumulative");
        Assert.Equal((7, 3, 1, 2, 1), (Count(total, "total"), Count(total, "national"), Count(total, "provincial"), Count(total, "notStated"), Count(total, "other")));
        Assert.Equal(["National", "Provincial", "NotStated", "Other"], summary.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        var beijing = summary.GetProperty("lines")[1];
        Assert.Equal((1, 0), (Count(beijing.GetProperty("years")[0], "notStated"), Count(beijing.GetProperty("years")[1], "notStated")));
        var corps = summary.GetProperty("lines")[7].GetProperty("cumulative");
        Assert.Equal((1, 1), (Count(corps, "total"), Count(corps, "notStated")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_exports_and_the_page_show_the_same_lines_and_level_columns(Provider provider)
    {
        var app = await NationalCampaignAsync(provider);
        var client = app.CreateClient();

        var csv = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/campaigns/{Code}/summary/export?format=csv"))
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var xlsx = await client.GetAsync($"/api/campaigns/{Code}/summary/export?format=xlsx");
        var page = await client.GetStringAsync($"/campaigns/{Code}");

        Assert.StartsWith("单位,地区代码,层级,2021合计,2021国家级,2021省级,2021未注明,2021其他,", csv[0], StringComparison.Ordinal);
        Assert.Equal("全国合计,,合计,3,1,1,1,0,4,2,0,1,1,7,3,1,2,1", csv[1]);
        Assert.Equal("山东省,370000,省级单位,1,1,0,0,0,1,1,0,0,0,2,2,0,0,0", csv[3]);
        Assert.Equal(PublishedOrder, csv.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("<th class=\"n\">未注明</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th class=\"n\">其他</th>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"subtotal\"><td>山东省</td>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"under\"><td>济南市</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provincial_summary_keeps_its_city_lines_and_shows_no_empty_level_columns()
    {
        var app = await apps.For(Provider.Sqlite);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/sd-2018-336/summary");
        var page = await app.CreateClient().GetStringAsync("/campaigns/sd-2018-336");

        Assert.Empty(summary.GetProperty("provinces").EnumerateArray());
        Assert.Equal(18, summary.GetProperty("lines").GetArrayLength());
        Assert.Equal(["National", "Provincial"], summary.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain("未注明", page, StringComparison.Ordinal);
    }

    /// <summary>A national campaign (scope: the nation) issued 2021-06-01 over the parks above, each listed.</summary>
    private async Task<TestApp> NationalCampaignAsync(Provider provider)
    {
        var app = await apps.For(provider);
        await app.WithDbAsync(async db =>
        {
            if (await db.Campaigns.AnyAsync(c => c.Code == Code)) return 0;
            var nation = await db.Regions.SingleAsync(r => r.Code == "000000");
            var campaign = new Campaign
            {
                Code = Code, TitleZh = "全国园区循环化改造测试批次", TitleEn = "National test campaign", IssuingBodies = "国家发展改革委",
                IssuedOn = new DateOnly(2021, 6, 1), ScopeRegionId = nation.Id, IssuerLevel = RegionLevel.Nation, TaskTemplate = TaskTemplate.NationalFive,
            };
            db.Campaigns.Add(campaign);
            foreach (var (name, region, level, year) in Parks)
            {
                var park = region.Length == 0 ? await db.Parks.SingleAsync(p => p.Name == name) : await NewParkAsync(db, name, region);
                park.Level = level;
                var participation = new Participation { Campaign = campaign, Park = park, PlannedYear = year };
                participation.MoveTo(ParticipationState.Listed, "test", db.Clock.GetUtcNow().UtcDateTime, "列入清单", campaign.IssuedOn);
                db.Participations.Add(participation);
            }
            return await db.SaveChangesAsync();
        });
        return app;
    }

    private static async Task<Park> NewParkAsync(Data.AppDbContext db, string name, string regionCode)
    {
        var region = await db.Regions.SingleAsync(r => r.Code == regionCode && r.ValidTo == null);
        var park = new Park { Name = name, Kind = ParkKind.Other, Memberships = [new ParkRegionMembership { RegionId = region.Id }] };
        db.Parks.Add(park);
        return park;
    }

    private static string? Province(JsonElement summary, JsonElement city) =>
        summary.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("cityCode").GetString() == city.GetProperty("code").GetString())
            .GetProperty("provinceCode").GetString();

    private static readonly string[] Levels = ["total", "national", "provincial", "notStated", "other"];

    private static int Count(JsonElement cell, string level) => cell.GetProperty(level).GetInt32();

    /// <summary>Every number of a line: each year's cell, then the cumulative, each as total, national, provincial, 未注明, 其他.</summary>
    private static int[] Cells(JsonElement line) =>
        line.GetProperty("years").EnumerateArray().Append(line.GetProperty("cumulative")).SelectMany(c => Levels.Select(l => Count(c, l))).ToArray();

    private static int[] Sum(IEnumerable<JsonElement> lines) =>
        lines.Select(Cells).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray());

    private static readonly IEqualityComparer<int[]> CellsEqual = EqualityComparer<int[]>.Create((a, b) => a!.SequenceEqual(b!), a => a.Length);
}

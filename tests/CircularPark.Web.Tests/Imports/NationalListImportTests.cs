using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Imports.ImportRowOutcomeTests;

namespace CircularPark.Web.Tests.Imports;

/// <summary>
/// Issue 11's national list: 32 zones in 21 provincial units, named only by province and city as lists write them
/// (with and without 省/市, a 直辖市, autonomous prefectures by their short names, county-level cities given as the city,
/// 兵团 cities), no level given: every row lands in its region, and the national summary has province subtotals.
/// </summary>
public class NationalListImportTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>Row: park, 省份, 属地 as written; the region the park must be in, and the unit it counts under by province.</summary>
    private static readonly (string Park, string Province, string City, string Region, string ProvinceCode)[] Rows =
    [
        ("杭州钱塘新区循环园", "浙江", "杭州", "330100", "330000"),
        ("宁波石化经济技术开发区", "浙江省", "宁波市", "330200", "330000"),
        ("义乌经济技术开发区", "浙江", "义乌市", "330782", "330000"),
        ("成都青白江欧洲产业城", "四川省", "成都", "510100", "510000"),
        ("绵阳经济技术开发区", "四川", "绵阳市", "510700", "510000"),
        ("西昌钒钛产业园区", "四川", "凉山州", "513400", "510000"),
        ("个旧特色工业园区", "云南", "红河州", "532500", "530000"),
        ("安宁工业园区", "云南省", "昆明市", "530100", "530000"),
        ("恩施高新技术产业园区", "湖北", "恩施州", "422800", "420000"),
        ("武汉青山化工区", "湖北省", "武汉", "420100", "420000"),
        ("宜昌姚家港化工园", "湖北", "宜昌市", "420500", "420000"),
        ("长寿经济技术开发区", "", "重庆市", "500000", "500000"),
        ("上海化学工业区", "上海", "上海市", "310000", "310000"),
        ("北京经济技术开发区", "北京市", "北京", "110000", "110000"),
        ("天津南港工业区", "天津", "天津市", "120000", "120000"),
        ("石河子经济技术开发区", "新疆生产建设兵团", "石河子市", "659001", "660000"),
        ("五家渠经济技术开发区", "兵团", "五家渠市", "659004", "660000"),
        ("乌鲁木齐甘泉堡经济技术开发区", "新疆", "乌鲁木齐", "650100", "650000"),
        ("邳州经济开发区", "江苏", "邳州市", "320382", "320000"),
        ("张家港扬子江国际化学工业园", "江苏省", "苏州", "320500", "320000"),
        ("郑州经济技术开发区", "河南", "郑州", "410100", "410000"),
        ("洛阳石化产业集聚区", "河南省", "洛阳市", "410300", "410000"),
        ("延吉高新技术产业开发区", "吉林", "延边州", "222400", "220000"),
        ("柳州阳和工业新区", "广西", "柳州", "450200", "450000"),
        ("钦州石化产业园", "广西壮族自治区", "钦州市", "450700", "450000"),
        ("鄂尔多斯大路工业园区", "内蒙古", "鄂尔多斯市", "150600", "150000"),
        ("榆林经济技术开发区", "陕西", "榆林", "610800", "610000"),
        ("金昌经济技术开发区", "甘肃", "金昌市", "620300", "620000"),
        ("芜湖经济技术开发区", "安徽", "芜湖", "340200", "340000"),
        ("厦门海沧台商投资区", "福建", "厦门市", "350200", "350000"),
        ("大连长兴岛经济技术开发区", "辽宁", "大连", "210200", "210000"),
        ("青岛董家口经济区", "山东省", "青岛", "370200", "370000"),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_national_list_naming_parks_only_by_province_and_city_puts_every_row_in_its_region(Provider provider)
    {
        var app = await apps.For(provider);
        var code = await NationalCampaignAsync(app, provider);
        var ministry = await app.ClientAsAsync(Roles.Ministry, regionCode: "000000");
        var file = Csv("序号,园区名称,省份,属地,计划年度", Rows.Select((r, i) => $"{i + 1},{r.Park},{r.Province},{r.City},2021").ToArray());

        var dry = await ImportAsync(ministry, file, dryRun: true, campaign: code);
        var report = await ImportAsync(ministry, Csv("序号,园区名称,省份,属地,计划年度", Rows.Select((r, i) => $"{i + 1},{r.Park},{r.Province},{r.City},2021").ToArray()), dryRun: false, campaign: code);

        Assert.Equal(Rows.Length, dry.GetProperty("created").GetInt32());
        Assert.Empty(dry.GetProperty("problems").EnumerateArray());
        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        var names = Rows.Select(r => r.Park).ToList();
        var placed = await app.WithDbAsync(db => db.Parks.Where(p => names.Contains(p.Name))
            .Select(p => new { p.Name, p.Level, Codes = p.Memberships.Select(m => m.Region!.Code).ToList() }).ToListAsync());
        Assert.Equal(Rows.Length, placed.Count);
        Assert.All(Rows, r => Assert.Equal([r.Region], placed.Single(p => p.Name == r.Park).Codes));
        Assert.All(placed, p => Assert.Equal(ParkLevel.NotStated, p.Level));
        Assert.True(Rows.Select(r => r.ProvinceCode).Distinct().Count() >= 10);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{code}/summary");
        var provinces = summary.GetProperty("provinces").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("cumulative").GetProperty("total").GetInt32());
        var expected = Rows.GroupBy(r => r.ProvinceCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), provinces.OrderBy(p => p.Key));
        Assert.Equal(("全国合计", Rows.Length), (summary.GetProperty("total").GetProperty("nameZh").GetString(),
            summary.GetProperty("total").GetProperty("cumulative").GetProperty("total").GetInt32()));
        Assert.Equal(Rows.Length, summary.GetProperty("total").GetProperty("cumulative").GetProperty("notStated").GetInt32());
    }

    /// <summary>A national campaign (the scope is the whole country) whose list is dated 2021-01-15.</summary>
    private static async Task<string> NationalCampaignAsync(TestApp app, Provider provider)
    {
        var code = $"cn-{provider}-{Guid.NewGuid():N}"[..20];
        await app.WithDbAsync(async db =>
        {
            var nation = await db.Regions.SingleAsync(r => r.Level == RegionLevel.Nation);
            db.Campaigns.Add(new Campaign
            {
                Code = code, TitleZh = "国家园区循环化改造名单", TitleEn = "National list", IssuingBodies = "国家发展改革委 财政部",
                IssuedOn = new DateOnly(2021, 1, 15), ScopeRegionId = nation.Id, IssuerLevel = RegionLevel.Nation, TaskTemplate = TaskTemplate.NationalFive,
            });
            return await db.SaveChangesAsync();
        });
        return code;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using static CircularPark.Web.Tests.ExchangePlatform.ExchangeMarket;

namespace CircularPark.Web.Tests.ExchangePlatform;

public class MatchingApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Hazardous_waste_goes_only_to_a_receiver_whose_permit_is_in_force_even_when_others_are_closer(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var meizhou = await ParksApiTests.ParkIdAsync(app, "广东梅州经济开发区（东升工业园区）");
        var yinghong = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var huidong = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var boards = await EnterpriseAsync(admin, meizhou, "电路板厂", "C3982", 24.29, 116.12);
        var licensed = await EnterpriseAsync(admin, yinghong, "持证再生公司", "C4210", 24.19, 113.40, permit: "HW49");
        var unlicensed = await EnterpriseAsync(admin, huidong, "无证回收站", "C4210", 22.98, 114.72);
        var expired = await EnterpriseAsync(admin, huidong, "许可过期公司", "C4210", 22.99, 114.70, permit: "900-045-49", permitValidTo: Today.AddDays(-1));
        await OfferAsync(admin, boards, "waste-circuit-board", 100, 3000, hazardCode: "900-045-49");
        foreach (var receiver in new[] { licensed, unlicensed, expired }) await NeedAsync(admin, receiver, "waste-circuit-board", 80, 2000);
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var run = await MatchAsync(guangdong, new { region = "440000" });

        Assert.Equal([("电路板厂", "持证再生公司", 80.0)], Allocations(run));
        var excluded = run.GetProperty("details").GetProperty("exclusions").EnumerateArray()
            .Select(x => (x.GetProperty("receiverName").GetString(), x.GetProperty("reasons").GetString())).OrderBy(x => x.Item1, StringComparer.Ordinal);
        Assert.Equal([("无证回收站", "HazardousWithoutPermit"), ("许可过期公司", "HazardousWithoutPermit")], excluded);
        Assert.Equal(20, run.GetProperty("details").GetProperty("disposed")[0].GetProperty("tonnes").GetDouble());
        Assert.Equal(80, run.GetProperty("totals").GetProperty("tonnesDiverted").GetDouble());
    }

    [Fact]
    public async Task Quality_limits_are_never_broken_and_savings_and_transport_CO2_add_up()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (gaoxin, pingyin) = (await ParksApiTests.ParkIdAsync(app, "济南高新区"), await ParksApiTests.ParkIdAsync(app, "平阴工业园区"));
        var near = await EnterpriseAsync(admin, gaoxin, "近处中药厂", "C2740", 36.67, 117.13);
        var far = await EnterpriseAsync(admin, pingyin, "远处中药厂", "C2740", 36.29, 116.45);
        var plain = await EnterpriseAsync(admin, gaoxin, "未检测中药厂", "C2740", 36.66, 117.12);
        var fertiliser = await EnterpriseAsync(admin, gaoxin, "有机肥厂", "C2625", 36.68, 117.14);
        await OfferAsync(admin, near, "herb-residue", 500, 80, quality: [new { attribute = "moisture-%", value = 72.0 }], category: "chinese-medicine-residue");
        await OfferAsync(admin, far, "herb-residue", 500, 80, quality: [new { attribute = "moisture-%", value = 55.0 }], category: "chinese-medicine-residue");
        await OfferAsync(admin, plain, "herb-residue", 500, 80, category: "chinese-medicine-residue");
        await NeedAsync(admin, fertiliser, "organic-fertiliser-raw", 600, 300, [new { attribute = "moisture-%", max = 60.0 }]);

        var run = await MatchAsync(await app.ClientAsAsync(Roles.City, regionCode: "370100"), new { region = "370100", rateYuanPerTonneKm = 0.6, co2KgPerTonneKm = 0.1 });

        Assert.Equal([("远处中药厂", "有机肥厂", 500.0)], Allocations(run));
        var allocation = run.GetProperty("allocations")[0];
        Assert.Equal("中药渣制有机肥", allocation.GetProperty("routeUse").GetString());
        var exclusions = run.GetProperty("details").GetProperty("exclusions").EnumerateArray().ToList();
        Assert.Equal(2, exclusions.Count);
        Assert.All(exclusions, x => Assert.Equal(["moisture-%"], x.GetProperty("failedAttributes").EnumerateArray().Select(a => a.GetString())));
        var totals = run.GetProperty("totals");
        var partySavings = run.GetProperty("details").GetProperty("parties").EnumerateArray().Sum(p => p.GetProperty("savingYuan").GetDouble());
        Assert.Equal(totals.GetProperty("savingsYuan").GetDouble(), partySavings, 6);
        Assert.Equal(500 * allocation.GetProperty("distanceKm").GetDouble() * 0.1, totals.GetProperty("transportCo2Kg").GetDouble(), 6);
        Assert.Equal(100, run.GetProperty("details").GetProperty("virginBought")[0].GetProperty("tonnes").GetDouble());
    }

    [Fact]
    public async Task Officials_match_their_own_region_and_park_committees_their_own_park()
    {
        var app = await apps.For(Provider.Sqlite);
        var yinghong = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var park = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");
        var enterprise = await app.ClientAsAsync(Roles.Enterprise, parkName: "英德市英红工业园");

        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.PostAsJsonAsync("/api/exchange/match", new { region = "440000" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await qingyuan.PostAsJsonAsync("/api/exchange/match", new { region = "441800" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsJsonAsync("/api/exchange/match", new { region = "441800" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await park.PostAsJsonAsync("/api/exchange/match", new { parkId = yinghong })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/exchange/match", new { parkId = yinghong })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/exchange/match", new { region = "441800" })).StatusCode);
        var bad = await qingyuan.PostAsJsonAsync("/api/exchange/match", new { region = "441800", parkId = yinghong, rateYuanPerTonneKm = -1.0 });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["rateYuanPerTonneKm", "region"], problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}

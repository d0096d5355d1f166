using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.ExchangePlatform.ExchangeMarket;

namespace CircularPark.Web.Tests.ExchangePlatform;

public class FollowUpApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_exchange_binds_when_both_sides_agree_and_deliveries_the_supplier_records_count_once_the_receiver_confirms_them(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (gaoxin, qingdao) = (await ParksApiTests.ParkIdAsync(app, "青岛高新区"), await ParksApiTests.ParkIdAsync(app, "青岛经济技术开发区"));
        var power = await EnterpriseAsync(admin, gaoxin, "青岛热电", "D4412", 36.30, 120.40);
        var cement = await EnterpriseAsync(admin, qingdao, "青岛水泥", "C3011", 35.96, 120.18);
        await OfferAsync(admin, power, "fly-ash", 1_000, 40, category: "fly-ash");
        await NeedAsync(admin, cement, "clay", 600, 90);
        var qingdaoCity = await app.ClientAsAsync(Roles.City, regionCode: "370200");
        var run = await MatchAsync(qingdaoCity, new { region = "370200" });
        var runId = run.GetProperty("id").GetInt32();
        var cementUser = await app.ClientAsAsync(Roles.Enterprise, parkName: "青岛经济技术开发区", enterpriseId: cement);
        var powerUser = await app.ClientAsAsync(Roles.Enterprise, parkName: "青岛高新区", enterpriseId: power);
        var agree = $"/api/exchange/runs/{runId}/agree";

        // The receiver alone proposes: nothing binds, nothing can be delivered yet.
        var proposed = await cementUser.PostAsJsonAsync(agree, new { items = new[] { new { number = 1, tonnes = 500.0 } } });
        var exchangeId = (await proposed.Content.ReadFromJsonAsync<JsonElement>())[0].GetInt32();
        var again = await cementUser.PostAsJsonAsync(agree, new { items = new[] { new { number = 1 } } });
        var receiverDelivers = await cementUser.PostAsJsonAsync($"/api/exchange/exchanges/{exchangeId}/deliveries", new { deliveredOn = Today, tonnes = 600.0 });
        var tooEarly = await powerUser.PostAsJsonAsync($"/api/exchange/exchanges/{exchangeId}/deliveries", new { deliveredOn = Today, tonnes = 100.0 });
        var whileProposed = await Exchange(cementUser, exchangeId);
        var otherTonnes = await powerUser.PostAsJsonAsync(agree, new { items = new[] { new { number = 1, tonnes = 400.0 } } });
        var seconded = await powerUser.PostAsJsonAsync(agree, new { items = new[] { new { number = 1 } } });
        var bound = await Exchange(cementUser, exchangeId);

        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, receiverDelivers.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("尚待供方同意", (await tooEarly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Proposed", JsonValueKind.Null), (whileProposed.GetProperty("status").GetString(), whileProposed.GetProperty("supplierAgreedBy").ValueKind));
        Assert.Equal(HttpStatusCode.BadRequest, otherTonnes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seconded.StatusCode);
        Assert.Equal(("Agreed", 500.0), (bound.GetProperty("status").GetString(), bound.GetProperty("agreedTonnes").GetDouble()));

        // The supplier records deliveries; they count once the receiver confirms them.
        var lastYear = Today.AddYears(-1);
        var deliveries = new[] { (Today, 200.0), (Today.AddDays(-1), 250.0), (Today, 100.0), (Today.AddDays(3), 10.0) };
        var statuses = new List<HttpStatusCode>();
        foreach (var (day, tonnes) in deliveries)
            statuses.Add((await powerUser.PostAsJsonAsync($"/api/exchange/exchanges/{exchangeId}/deliveries", new { deliveredOn = day, tonnes })).StatusCode);
        var unconfirmed = await qingdaoCity.GetFromJsonAsync<JsonElement>($"/api/exchange/delivered?park={gaoxin}&year={Today.Year}");
        var deliveryIds = (await Exchange(cementUser, exchangeId)).GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToList();
        var supplierConfirms = await powerUser.PostAsync($"/api/exchange/deliveries/{deliveryIds[0]}/confirm", null);
        foreach (var id in deliveryIds) (await cementUser.PostAsync($"/api/exchange/deliveries/{id}/confirm", null)).EnsureSuccessStatusCode();
        var twice = await cementUser.PostAsync($"/api/exchange/deliveries/{deliveryIds[0]}/confirm", null);
        var sent = await qingdaoCity.GetFromJsonAsync<JsonElement>($"/api/exchange/delivered?park={gaoxin}&year={Today.Year}");
        var received = await qingdaoCity.GetFromJsonAsync<JsonElement>($"/api/exchange/delivered?park={qingdao}&year={Today.Year}");
        var rerun = await MatchAsync(qingdaoCity, new { region = "370200" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], statuses);
        Assert.Empty(Rows(unconfirmed));
        Assert.Equal(HttpStatusCode.Forbidden, supplierConfirms.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var expectedTonnes = Today.AddDays(-1).Year == Today.Year ? 450.0 : 200.0;
        Assert.Equal([("fly-ash", "Sent", expectedTonnes)], Rows(sent));
        Assert.Equal([("fly-ash", "Received", expectedTonnes)], Rows(received));
        Assert.Equal([("青岛热电", "青岛水泥", 100.0)], Allocations(rerun));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/parks/{qingdao}/enterprises/{cement}")).StatusCode);
        Assert.Empty(Rows(await qingdaoCity.GetFromJsonAsync<JsonElement>($"/api/exchange/delivered?park={gaoxin}&year={lastYear.Year - 1}")));
        // The follow-up feeds the park's statistics: the form of the supplier's park offers the delivered tonnes.
        var form = await qingdaoCity.GetStringAsync($"/parks/{gaoxin}/statistics/{Today.Year}");
        var sentInput = System.Text.RegularExpressions.Regex.Match(form, "id=\"v-EXCH_SENT\"[^>]*value=\"([^\"]*)\"");
        Assert.True(sentInput.Success, "the statistics form has no EXCH_SENT row");
        Assert.Equal(expectedTonnes, double.Parse(sentInput.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("来自废物交换平台登记的交付量", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprise_users_enter_and_withdraw_listings_for_their_own_enterprise_only_and_bad_listings_store_nothing()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (jinan, qingdao) = (await ParksApiTests.ParkIdAsync(app, "明水经济技术开发区"), await ParksApiTests.ParkIdAsync(app, "青岛高新区"));
        var own = await EnterpriseAsync(admin, jinan, "明水化工", "C2613", 36.72, 117.52);
        var other = await EnterpriseAsync(admin, qingdao, "青岛化工", "C2613", 36.30, 120.40);
        var neighbour = await EnterpriseAsync(admin, jinan, "明水建材", "C3011", 36.71, 117.50);
        var neighboursNeed = await NeedAsync(admin, neighbour, "spent-acid", 50, 800);
        var user = await app.ClientAsAsync(Roles.Enterprise, parkName: "明水经济技术开发区", enterpriseId: own);
        var before = await app.WithDbAsync(db => db.ExchangeListings.CountAsync());

        var forbidden = await user.PostAsJsonAsync("/api/exchange/offers", new { enterpriseId = other, materialCode = "spent-acid", tonnes = 10.0, availableFrom = Today, availableTo = Today, costPerTonne = 500.0 });
        var forNeighbour = await user.PostAsJsonAsync("/api/exchange/offers", new { enterpriseId = neighbour, materialCode = "spent-acid", tonnes = 10.0, availableFrom = Today, availableTo = Today, costPerTonne = 500.0 });
        var withdrawNeighbours = await user.DeleteAsync($"/api/exchange/needs/{neighboursNeed}");
        var bad = await user.PostAsJsonAsync("/api/exchange/needs", new
        {
            enterpriseId = own, materialCode = "spent acid", hazardCode = "900-349-34", tonnes = 0.0, availableFrom = Today, availableTo = Today.AddDays(-1),
            costPerTonne = -3.0, quality = new object[] { new { attribute = "H2SO4-%", value = 70.0 } },
        });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var good = await user.PostAsJsonAsync("/api/exchange/offers", new { enterpriseId = own, materialCode = "spent-acid", hazardCode = "900-349-34", tonnes = 10.0, availableFrom = Today, availableTo = Today, costPerTonne = 500.0 });
        var listed = await user.GetFromJsonAsync<JsonElement>("/api/exchange/offers");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forNeighbour.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdrawNeighbours.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ExchangeListings.Where(l => l.Id == neighboursNeed).Select(l => l.Withdrawn).SingleAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["availableTo", "costPerTonne", "hazardCode", "materialCode", "quality[0].min", "tonnes"],
            problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("需求的质量指标“H2SO4-%”须填写下限或上限（下限不大于上限，不填测定值）", problem.GetProperty("errorsZh").GetProperty("quality[0].min").GetString());
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.ExchangeListings.CountAsync()));
        var offer = Assert.Single(listed.EnumerateArray(), o => o.GetProperty("enterpriseId").GetInt32() == own);
        Assert.Equal(("明水化工", 36.72, "900-349-34"), (offer.GetProperty("enterpriseName").GetString(), offer.GetProperty("latitude").GetDouble(), offer.GetProperty("hazardCode").GetString()));
    }

    private static async Task<JsonElement> Exchange(HttpClient client, int id) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/exchange/exchanges")).EnumerateArray().Single(x => x.GetProperty("id").GetInt32() == id);

    private static List<(string?, string?, double)> Rows(JsonElement delivered) =>
        [.. delivered.EnumerateArray().Select(d => (d.GetProperty("materialCode").GetString(), d.GetProperty("direction").GetString(), d.GetProperty("tonnes").GetDouble()))];
}

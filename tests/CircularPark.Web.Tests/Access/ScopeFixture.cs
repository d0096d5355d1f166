using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Acceptance;
using CircularPark.Web.Tests.Assessments;
using CircularPark.Web.Tests.Funds;
using CircularPark.Web.Tests.MaterialFlows;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.ExchangePlatform.ExchangeMarket;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// Real objects of one place, made through the API by the people who make them: Guangdong (440000), 清远市 (441800) and
/// 英德市英红工业园. A selection campaign with the park under review (plan, expert opinion), a funds campaign with the park
/// approved (acceptance draft, delay request, a programme of 清远市 and an application), a yearly report, statistics, a material-flow
/// model, enterprises with an exchange offer, need, run, exchange and delivery, compliance entries, an experience case,
/// an assessment scheme of 清远市 and an account of the park. Ids are strings, ready to go into a URL.
/// </summary>
internal sealed record ScopeFixture
{
    public const string Yinghong = "英德市英红工业园";

    public required string Park { get; init; }
    public required string SelectionCampaign { get; init; }
    public required string AcceptanceCampaign { get; init; }
    public required string Plan { get; init; }
    public required string Report { get; init; }
    public required string Requirement { get; init; }
    public required string Enterprise { get; init; }
    public required string Model { get; init; }
    public required string Alias { get; init; }
    public required string Offer { get; init; }
    public required string Need { get; init; }
    public required string Run { get; init; }
    public required string Exchange { get; init; }
    public required string Delivery { get; init; }
    public required string Programme { get; init; }
    public required string Application { get; init; }
    public required string Delay { get; init; }
    public required string SpotCheck { get; init; }
    public required string Case { get; init; }
    public required string Scheme { get; init; }
    public required string Account { get; init; }
    public required string Expert { get; init; }
    /// <summary>The first numbered item of the expert opinion on the park's approved plan in Guangdong's 2020 campaign (seed 000).</summary>
    public required string FollowUpItem { get; init; }
    public required IReadOnlyDictionary<string, string> Compliance { get; init; }

    /// <summary>Texts that name the fixture's objects: a list an outsider reads must hold none of them.</summary>
    public required IReadOnlyList<string> Markers { get; init; }

    public static async Task<ScopeFixture> BuildAsync(TestApp app, string tag)
    {
        // Funds first: the driver moves the clock into the programme's year; everything else happens today.
        var funds = await FundsDriver.SetUpAsync(app, $"scope-funds-{tag}");
        var (parkId, fundsPark) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        AcceptanceDriver.Ok(await funds.Acceptance.DelayAsync(fundsPark, parkId, 6));
        AcceptanceDriver.Ok(await funds.Acceptance.SaveDraftAsync(fundsPark, parkId));
        var qingyuanEmail = await app.CreateUserAsync(Roles.City, "441800");
        var qingyuan = await app.SignedInClientAsync(qingyuanEmail);
        var programme = await IdAsync(await qingyuan.PostAsJsonAsync("/api/funds/programmes", FundsDriver.Rules($"scope-{tag}", owner: "441800")), "id");
        var application = await FundsDriver.AppliedAsync(fundsPark, programme, parkId, 2_000m, 600m);
        app.Clock.Reset();

        var provinceEmail = await app.CreateUserAsync(Roles.Province, "440000");
        var province = await app.SignedInClientAsync(provinceEmail);
        var selection = await SelectionDriver.SetUpAsync(app, province, $"scope-selection-{tag}");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var plan = await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        AcceptanceDriver.Ok(await selection.CompileAsync(chair, parkId, isPublic: false));

        var ownerEmail = await app.CreateUserAsync(Roles.Park, parkName: Yinghong);
        var owner = await app.SignedInClientAsync(ownerEmail);
        qingyuan = await app.SignedInClientAsync(qingyuanEmail); // signed in again: the clock went back to today
        (await qingyuan.PostAsJsonAsync($"/api/selection/campaigns/{selection.Campaign}/promotion-plans/441800", new { parks = new[] { new { parkId, year = 2021 } } }))
            .EnsureSuccessStatusCode();
        var (report, enterprise, _) = await ScopeMatrixTests.ResourcesAsync(app, owner, parkId);
        var requirement = await app.WithDbAsync(db => db.YearlyReports.Where(r => r.Id == report).Select(r => r.RequirementId).SingleAsync());
        var (model, _) = await MaterialFlowClient.CreateAsync(owner, parkId, MaterialFlowClient.DoviSolisio(2021));
        var alias = await IdAsync(await owner.PostAsJsonAsync($"/api/parks/{parkId}/aliases", new { name = "英红园（测试简称）", kind = "ShortName" }), "id");
        var exchange = await ExchangeAsync(app, owner, parkId);
        var compliance = await ComplianceAsync(owner, qingyuan, parkId, enterprise);
        var entry = new { parkId, kind = "TypicalCase", title = "英红陶瓷窑炉余热利用", summary = "窑炉余热供周边企业烘干。", body = "园区引导陶瓷企业建设余热回收系统。" };
        var experience = await IdAsync(await owner.PostAsJsonAsync("/api/acceptance/cases", entry), "id");
        var scheme = await IdAsync(await qingyuan.PostAsJsonAsync("/api/assessment/regions/441800/schemes", AssessmentDriver.Scheme(2023)), "id");
        var accountEmail = await app.CreateUserAsync(Roles.Park, parkName: Yinghong);
        var account = await app.WithDbAsync(db => db.Users.Where(u => u.Email == accountEmail).Select(u => u.Id).SingleAsync());
        // A spot check drawn by Guangdong in the acceptance campaign that drew the fixture's park (its results not yet recorded).
        var spotCheck = await app.WithDbAsync(async db =>
        {
            var record = new CircularPark.Reports.SpotCheckRecord
            {
                CampaignId = await db.Campaigns.Where(c => c.Code == funds.Acceptance.Campaign).Select(c => c.Id).SingleAsync(),
                RegionId = await db.Regions.Where(r => r.Code == "440000" && r.ValidTo == null).Select(r => r.Id).SingleAsync(),
                Seed = 1, Size = 1, ParkIds = S(parkId), DrawnBy = provinceEmail, DrawnAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.SpotChecks.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });
        var (delay, names, followUpItem) = await app.WithDbAsync(async db => (
            await db.DelayRequests.Where(d => d.ParkId == parkId).Select(d => d.Id).SingleAsync(),
            await db.Enterprises.Where(e => e.ParkId == parkId).Select(e => e.Name).ToListAsync(),
            await db.ReviewOpinions.Where(o => o.Participation!.ParkId == parkId && o.Participation.Campaign!.Code == "gd-2020-923")
                .SelectMany(o => o.Items).OrderBy(i => i.Number).Select(i => i.Id).FirstAsync()));

        return new ScopeFixture
        {
            Park = S(parkId), SelectionCampaign = selection.Campaign, AcceptanceCampaign = funds.Acceptance.Campaign, Plan = S(plan),
            Report = S(report), Requirement = S(requirement), Enterprise = S(enterprise), Model = S(model), Alias = S(alias),
            Offer = S(exchange.Offer), Need = S(exchange.Need), Run = S(exchange.Run), Exchange = S(exchange.Exchange), Delivery = S(exchange.Delivery),
            Programme = S(programme), Application = S(application), Delay = S(delay), SpotCheck = S(spotCheck), Case = S(experience), Scheme = S(scheme), Account = account,
            Expert = chairEmail, Compliance = compliance, FollowUpItem = S(followUpItem),
            // Not the expert's address: experts are one national pool, listed to every official who seats panels (ExpertConflicts bars conflicts).
            Markers = [Yinghong, $"scope-{tag}", accountEmail, ownerEmail, provinceEmail, qingyuanEmail, .. names],
        };
    }

    /// <summary>A power plant of the park offers fly ash, a cement works of the park needs clay; the park matches them, both agree and the supplier delivers.</summary>
    private static async Task<(int Offer, int Need, int Run, int Exchange, int Delivery)> ExchangeAsync(TestApp app, HttpClient owner, int parkId)
    {
        var power = await EnterpriseAsync(owner, parkId, "英红热电厂", "D4412", 24.19, 113.40);
        var cement = await EnterpriseAsync(owner, parkId, "英红水泥厂", "C3011", 24.21, 113.42);
        var offer = await OfferAsync(owner, power, "fly-ash", 1_000, 40, category: "fly-ash");
        var need = await NeedAsync(owner, cement, "clay", 600, 90);
        var run = (await MatchAsync(owner, new { parkId })).GetProperty("id").GetInt32();
        var supplier = await app.ClientAsAsync(Roles.Enterprise, parkName: Yinghong, enterpriseId: power);
        var receiver = await app.ClientAsAsync(Roles.Enterprise, parkName: Yinghong, enterpriseId: cement);
        var proposed = await receiver.PostAsJsonAsync($"/api/exchange/runs/{run}/agree", new { items = new[] { new { number = 1, tonnes = 500.0 } } });
        AcceptanceDriver.Ok(proposed);
        var exchange = (await proposed.Content.ReadFromJsonAsync<JsonElement>())[0].GetInt32();
        AcceptanceDriver.Ok(await supplier.PostAsJsonAsync($"/api/exchange/runs/{run}/agree", new { items = new[] { new { number = 1 } } }));
        AcceptanceDriver.Ok(await supplier.PostAsJsonAsync($"/api/exchange/exchanges/{exchange}/deliveries", new { deliveredOn = Today, tonnes = 100.0 }));
        var delivery = await app.WithDbAsync(db => db.ExchangeDeliveries.Where(d => d.ExchangeId == exchange).Select(d => d.Id).SingleAsync());
        return (offer, need, run, exchange, delivery);
    }

    /// <summary>One entry of each compliance register: the park records audits, EIAs and environmental reports; the city inspections and green designations.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ComplianceAsync(HttpClient owner, HttpClient city, int parkId, int enterprise) => new Dictionary<string, string>
    {
        ["audits"] = S(await AssessmentDriver.RecordAsync(owner, parkId, "audits", new { enterpriseId = enterprise, year = 2022, type = "Voluntary", stage = "Started" })),
        ["eias"] = S(await AssessmentDriver.RecordAsync(owner, parkId, "eias",
            new { reportTitle = "英德市英红工业园总体规划环境影响报告书", approvalNumber = "清环审〔2020〕3号", approvedOn = "2020-03-01", validUntil = "2030-12-31" })),
        ["environmental-reports"] = S(await AssessmentDriver.RecordAsync(owner, parkId, "environmental-reports",
            new { year = 2021, title = "英德市英红工业园2021年度环境管理状况评估报告", summary = "环境基础设施运行正常。", publishedOn = "2022-04-30" })),
        ["inspections"] = S(await AssessmentDriver.RecordAsync(city, parkId, "inspections",
            new { enterpriseId = enterprise, kind = "OnSite", inspectedOn = "2022-03-15", findings = "余热回收装置停运", rectificationDueOn = "2022-06-30" })),
        ["green"] = S(await AssessmentDriver.RecordAsync(city, parkId, "green",
            new { enterpriseId = enterprise, kind = "Factory", level = "Provincial", year = 2022, documentNumber = "粤工信节〔2022〕12号" })),
    };

    private static async Task<int> IdAsync(HttpResponseMessage response, string property)
    {
        AcceptanceDriver.Ok(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(property).GetInt32();
    }

    private static string S(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

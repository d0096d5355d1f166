using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CircularPark.Identity;
using CircularPark.Web.Tests.Funds;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// How an outsider's answer is judged: refused (403/404); a list without the fixture's objects; or a target named in the
/// body or file, refused on its field or row with the given text (nothing stored).
/// </summary>
internal enum SampleKind
{
    Target,
    List,
    Named,
}

/// <summary>A request aimed at the fixture's objects: the URL, a fresh body for each send, and how the answer is judged.</summary>
internal sealed record ScopeSample(string Url, Func<HttpContent?> Body, SampleKind Kind, string? Refusal = null);

/// <summary>
/// Fills an endpoint's route with the fixture's objects: each parameter by what the route says before it (the id of an
/// offer, of a funds application …) or else by its name (parkId, regionCode …). Endpoints with no target in the route
/// name it in the body or the query, or are lists; each is listed here by hand, so a new one fails until it is sampled.
/// </summary>
internal sealed partial class ScopeSamples(ScopeFixture f, IServiceProvider services)
{
    /// <summary>Bodies of the right shape for every endpoint that reads JSON, from its contract (see <see cref="Inputs.ApiBody.WellFormed"/>).</summary>
    private readonly Dictionary<string, JsonNode> _wellFormed = Inputs.ApiBody.All(services)
        .GroupBy(b => $"{b.Method} {b.Route}").ToDictionary(g => g.Key, g => Aimed(g.First().WellFormed(), f), StringComparer.Ordinal);

    private readonly Dictionary<string, string> _byPlace = new(StringComparer.Ordinal)
    {
        ["/api/parks/{id}"] = f.Park,
        ["/api/parks/{parkId:int}/enterprises/{id}"] = f.Enterprise,
        ["/api/material-flows/{id}"] = f.Model,
        ["/api/material-flows/{id:int}/processes/{code}"] = "A",
        ["/api/material-flows/{id:int}/flows/{layer}/{code}"] = "x1",
        ["/api/exchange/offers/{id}"] = f.Offer,
        ["/api/exchange/needs/{id}"] = f.Need,
        ["/api/exchange/runs/{id}"] = f.Run,
        ["/api/exchange/exchanges/{id}"] = f.Exchange,
        ["/api/exchange/deliveries/{id}"] = f.Delivery,
        ["/api/funds/programmes/{id}"] = f.Programme,
        ["/api/funds/applications/{id}"] = f.Application,
        ["/api/assessment/regions/{regionCode}/schemes/{id}"] = f.Scheme,
        ["/api/assessment/schemes/{id}"] = f.Scheme,
        ["/api/acceptance/delays/{id}"] = f.Delay,
        ["/api/acceptance/spot-checks/{id}"] = f.SpotCheck,
        ["/api/acceptance/cases/{id}"] = f.Case,
        ["/api/users/{id}"] = f.Account,
        ["/api/selection/follow-up/items/{itemId}"] = f.FollowUpItem,
        ["/api/selection/campaigns/{code}"] = f.SelectionCampaign,
        ["/api/campaigns/{code}"] = f.SelectionCampaign,
        ["/api/acceptance/campaigns/{code}"] = f.AcceptanceCampaign,
        ["/api/reports/{reportId:int}/{step}"] = "submit",
        ["/api/acceptance/campaigns/{code}/parks/{parkId:int}/steps/{step}"] = "document-review",
    };

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal)
    {
        ["parkId"] = f.Park, ["planId"] = f.Plan, ["number"] = "1", ["reportId"] = f.Report, ["requirementId"] = f.Requirement, ["period"] = "2026",
        ["year"] = "2022", ["regionCode"] = "441800", ["cityCode"] = "441800", ["city"] = "441800", ["provinceCode"] = "440000", ["aliasId"] = f.Alias,
        ["userName"] = f.Expert, ["layer"] = "mass", ["unitCode"] = "440000",
    };

    /// <summary>Queries that name the target (or a required period) of endpoints that take it there.</summary>
    private readonly Dictionary<string, string> _queries = new(StringComparer.Ordinal)
    {
        ["GET /api/exchange/delivered"] = $"?park={f.Park}&year=2026",
        ["GET /api/selection/campaigns/{code}/promotion-plans"] = "?city=441800",
        ["GET /api/report-requirements/{requirementId:int}/timeliness"] = "?period=2026",
        ["GET /api/exchange/offers"] = $"?park={f.Park}",
        ["GET /api/exchange/needs"] = $"?park={f.Park}",
        ["GET /api/exchange/exchanges"] = $"?park={f.Park}",
        ["GET /api/funds/library"] = $"?park={f.Park}",
        ["GET /api/users/"] = "?region=441800",
        ["GET /api/plans/{planId:int}/eligibility"] = "?year=2025",
        ["GET /api/plans/{planId:int}/achievement"] = "?year=2025",
        ["GET /api/plans/{planId:int}/compare"] = "?from=1&to=1",
        ["GET /api/parks/{parkId:int}/indicators"] = "?year=2022",
        ["GET /api/parks/{parkId:int}/material-flows/data-items"] = "?year=2021&scenario=Before",
        ["GET /api/funds/parks/{parkId:int}/settlement"] = $"?campaign={f.AcceptanceCampaign}",
    };

    /// <summary>
    /// Lists: open to every user of the permission's roles, holding only what the user's place covers. An outsider gets
    /// them without any of the fixture's objects (or is refused). The province summaries are such views too: a city's
    /// users read their province's summary with their own parks in it.
    /// </summary>
    private static readonly HashSet<string> Lists =
    [
        "GET /api/exchange/offers", "GET /api/exchange/needs", "GET /api/exchange/exchanges", "GET /api/funds/programmes", "GET /api/funds/library",
        "GET /api/audit/", "GET /api/audit/entities", "GET /api/users/", "GET /api/selection/experts", "GET /api/report-requirements/{requirementId:int}/timeliness",
        "GET /api/campaigns/{code}/province-summary/{provinceCode}/{year:int}", "GET /api/campaigns/{code}/five-year-summary/{provinceCode}",
        "GET /api/selection/campaigns/{code}/follow-up",
    ];

    /// <summary>Bodies of the endpoints whose target is named in the body (or that are checked with a well-formed body).</summary>
    private Dictionary<string, object> Bodies() => new(StringComparer.Ordinal)
    {
        ["POST /api/exchange/offers"] = Listing(),
        ["POST /api/exchange/needs"] = Listing(),
        ["POST /api/exchange/match"] = new { parkId = Id(f.Park) },
        ["POST /api/funds/programmes"] = FundsDriver.Rules("scope-outsider", owner: "441800"),
        ["POST /api/funds/credits"] = new { parkId = Id(f.Park), projectKey = "P01", bank = "中国工商银行英德支行", amount = 100m, contractNumber = "英红-2025-01", effectiveOn = "2025-10-15" },
        ["POST /api/acceptance/cases"] = new { parkId = Id(f.Park), kind = "TypicalCase", title = "外地冒名案例", summary = "摘要。", body = "正文。" },
        ["POST /api/selection/campaigns"] = new
        {
            code = "scope-outsider", titleZh = "广东省循环化改造通知（外省冒名）", titleEn = "Guangdong call (outsider)", documentNumber = "粤工信节能函〔2020〕999 号",
            issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion = "440000", taskTemplate = "NationalFive",
        },
        ["POST /api/users/"] = new { email = "outsider-made@test.cn", displayName = "外地新建", role = Roles.Park, park = ScopeFixture.Yinghong },
    };

    private const string ScopeRule = "\"rule\":\"scope\"";

    /// <summary>An account is placed by its form, so the place is refused on the form's field, like a row of the import (ADR 0053).</summary>
    private static readonly string OutsideScope = Localization.Text.Get("Account.OutsideScope").Zh!;

    /// <summary>
    /// Imports whose targets are the file's rows, judged row by row: a file naming the fixture's city or park, and how the
    /// row is refused (nothing is stored while a row fails).
    /// </summary>
    private static readonly Dictionary<string, (string[] Lines, string Refusal)> Rows = new(StringComparer.Ordinal)
    {
        ["POST /api/imports/parks"] = (["园区名称,级别,类别,属地,区县,计划年度,企业数", "清远外来园区,省级,,清远市,,2020,"], ScopeRule),
        ["POST /api/imports/statistics"] = (["园区名称,年份,数据项,数值,单位,说明", $"{ScopeFixture.Yinghong},2023,VA,1000,万元,"], ScopeRule),
        ["POST /api/users/import"] = (["邮箱,姓名,角色,地区,园区", $"outsider-import@test.cn,外地导入,park,,{ScopeFixture.Yinghong}"], OutsideScope),
    };


    public ScopeSample? For(string method, string route)
    {
        var key = $"{method} {route}";
        var url = Parameter().Replace(route, m => Value(route, m.Index, m.Groups[1].Value) ?? "{?}");
        if (url.Contains("{?}", StringComparison.Ordinal)) return null;
        // Deletions name the version read (optimistic concurrency), as the pages send it.
        url += _queries.GetValueOrDefault(key, method == "DELETE" ? "?version=1" : "");
        var kind = Lists.Contains(key) ? SampleKind.List : SampleKind.Target;
        if (Rows.TryGetValue(key, out var rows)) return new ScopeSample(url + "?dryRun=false", () => Csv(rows.Lines), SampleKind.Named, rows.Refusal);
        if (key == "POST /api/users/") return new ScopeSample(url, () => JsonContent.Create(Bodies()[key]), SampleKind.Named, OutsideScope);
        if (Bodies().TryGetValue(key, out var body)) return new ScopeSample(url, () => JsonContent.Create(body), kind);
        // An endpoint without a target in its route is sampled only when it is a list (above) or names its target in the body.
        if (url == route && kind != SampleKind.List) return null;
        if (_wellFormed.TryGetValue(key, out var shaped)) return new ScopeSample(url, () => JsonContent.Create(shaped), kind);
        return new ScopeSample(url, () => method is "POST" or "PUT" ? url.Contains("/import", StringComparison.Ordinal) ? EndpointPermissionsTests.Upload() : JsonContent.Create(new { }) : null, kind);
    }

    private string? Value(string route, int at, string name)
    {
        var place = route[..at] + "{" + name + "}";
        if (_byPlace.TryGetValue(place, out var value)) return value;
        foreach (var (register, id) in f.Compliance)
            if (place == $"/api/parks/{{parkId:int}}/compliance/{register}/{{id}}") return id;
        return _byName.GetValueOrDefault(name);
    }

    /// <summary>A well-formed body whose park and enterprise are the fixture's.</summary>
    private static JsonNode Aimed(JsonNode body, ScopeFixture f)
    {
        if (body is JsonObject fields)
        {
            if (fields.ContainsKey("parkId")) fields["parkId"] = Id(f.Park);
            if (fields.ContainsKey("enterpriseId")) fields["enterpriseId"] = Id(f.Enterprise);
        }
        return body;
    }

    private object Listing() => new
    {
        enterpriseId = Id(f.Enterprise), materialCode = "fly-ash", tonnes = 10.0, availableFrom = ExchangePlatform.ExchangeMarket.Today,
        availableTo = ExchangePlatform.ExchangeMarket.Today.AddYears(1), costPerTonne = 1.0, quality = Array.Empty<object>(),
    };

    private static MultipartFormDataContent Csv(string[] lines) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n", lines))), "file", "scope.csv" } };

    private static int Id(string id) => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}

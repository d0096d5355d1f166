using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Identity;
using CircularPark.MaterialFlows;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.MaterialFlows.MaterialFlowClient;

namespace CircularPark.Web.Tests.MaterialFlows;

public class MaterialFlowsApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_official_builds_a_model_process_by_process_and_flow_by_flow_and_every_edit_is_versioned_and_audited(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParkIdAsync(app, Yinghong);
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");

        var created = await qingyuan.PostAsJsonAsync($"/api/parks/{park}/material-flows", new { year = 2019, scenario = "Before" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var v1 = await Ok(await qingyuan.PostAsJsonAsync($"/api/material-flows/{id}/processes", new { code = "ENV", name = "外部环境", type = "Boundary", version = 0 }));
        var v2 = await Ok(await qingyuan.PostAsJsonAsync($"/api/material-flows/{id}/processes", new { code = "CEM", name = "水泥厂", type = "Enterprise", version = v1 }));
        var v3 = await Ok(await qingyuan.PostAsJsonAsync($"/api/material-flows/{id}/flows",
            new { layer = "mass", code = "M1", from = "ENV", to = "CEM", value = 100.0, unit = "万t/a", relativeUncertainty = 0.05, kind = "Measured", roles = "None", version = v2 }));
        var v4 = await Ok(await qingyuan.PutAsJsonAsync($"/api/material-flows/{id}/flows/mass/M1",
            new { from = "ENV", to = "CEM", value = 120.0, unit = "万t/a", standardDeviation = 3.0, kind = "Measured", roles = "None", version = v3 }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([1L, 2, 3, 4], [v1, v2, v3, v4]);
        var model = await qingyuan.GetFromJsonAsync<JsonElement>($"/api/material-flows/{id}");
        var flow = model.GetProperty("document").GetProperty("flows").EnumerateArray().Single();
        Assert.Equal(120, flow.GetProperty("value").GetDouble());
        Assert.Equal(3, flow.GetProperty("standardDeviation").GetDouble());
        Assert.Equal("英德市英红工业园 2019年物质流（改造前）", model.GetProperty("document").GetProperty("title").GetString());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(MfaFlow)).ToListAsync());
        Assert.Contains(audit, a => a.Action == "Added" && a.Actor.StartsWith("city-441800-", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "Modified" && a.Changes!.Contains("\"Value\":{\"old\":100,\"new\":120}", StringComparison.Ordinal));

        var stale = await qingyuan.PutAsJsonAsync($"/api/material-flows/{id}/flows/mass/M1",
            new { from = "ENV", to = "CEM", value = 1.0, unit = "万t/a", standardDeviation = 3.0, kind = "Measured", roles = "None", version = v3 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_naming_each_field_in_both_languages_and_nothing_is_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParkIdAsync(app, "广东连州市产业转移工业园区（清远民族工业园）");
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var (id, version) = await CreateAsync(qingyuan, park, DoviSolisio());

        var flow = await qingyuan.PostAsJsonAsync($"/api/material-flows/{id}/flows",
            new { layer = "mass", code = "x7", from = "A", to = "NOWHERE", value = -4.0, unit = "kWh", kind = "Measured", roles = "None", version });
        var whole = await qingyuan.PutAsJsonAsync($"/api/material-flows/{id}", DoviSolisio() with
        {
            Title = " ", Version = version,
            Processes = [.. DoviSolisio().Processes, new("A", "重复", ProcessType.Enterprise)],
        }, Json);
        var inUse = await qingyuan.DeleteAsync($"/api/material-flows/{id}/processes/B?version={version}");

        Assert.Equal(HttpStatusCode.BadRequest, flow.StatusCode);
        var problem = await flow.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errorsZh");
        Assert.Equal(["standardDeviation", "to", "unit", "value"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("“数值”的值“-4”不是有效的非负数", errors.GetProperty("value").GetString());
        Assert.Equal("“去向过程”的值“NOWHERE”不是本模型的过程", errors.GetProperty("to").GetString());
        Assert.Equal("Unit \"kWh\" does not convert to the layer's unit \"t/a\"",
            problem.GetProperty("errorsEn").GetProperty("unit").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, whole.StatusCode);
        var wholeErrors = (await whole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsEn");
        Assert.Equal("\"Title\" must not be empty (required)", wholeErrors.GetProperty("title").GetString());
        Assert.Equal("Code \"A\" duplicates item 2", wholeErrors.GetProperty("processes[4].code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        var stored = await qingyuan.GetFromJsonAsync<JsonElement>($"/api/material-flows/{id}");
        Assert.Equal(version, stored.GetProperty("document").GetProperty("version").GetInt64());
        Assert.Equal(6, stored.GetProperty("document").GetProperty("flows").GetArrayLength());
        Assert.Equal(4, stored.GetProperty("document").GetProperty("processes").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_city_s_official_can_neither_read_nor_change_a_park_s_models_and_an_anonymous_caller_must_sign_in(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParkIdAsync(app, Yinghong);
        var (id, version) = await CreateAsync(await app.ClientAsAsync(Roles.Province, regionCode: "440000"), park, DoviSolisio(2018));
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");
        var expert = await app.ClientAsAsync(Roles.Expert, regionCode: "440000");

        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.GetAsync($"/api/parks/{park}/material-flows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.GetAsync($"/api/material-flows/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.PostAsync($"/api/material-flows/{id}/reconcile?layer=mass", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.PutAsJsonAsync($"/api/material-flows/{id}", DoviSolisio(2018) with { Version = version }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.PostAsJsonAsync($"/api/parks/{park}/material-flows", new { year = 2030, scenario = "Actual" })).StatusCode);
        // An expert reads a park's material only through an open review assignment (issue 4), never by region.
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync($"/api/material-flows/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.PutAsJsonAsync($"/api/material-flows/{id}", DoviSolisio(2018) with { Version = version }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/material-flows/{id}")).StatusCode);
        Assert.Equal(version, await app.WithDbAsync(db => db.MaterialFlowModels.Where(m => m.Id == id).Select(m => m.Version).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reconcile_returns_the_engine_s_numbers_for_the_Dovi_Solisio_case(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParkIdAsync(app, Yinghong);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (id, version) = await CreateAsync(admin, park, DoviSolisio(2017));
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var result = await (await admin.PostAsync($"/api/material-flows/{id}/reconcile?layer=mass", null)).Content.ReadFromJsonAsync<JsonElement>();

        var flows = result.GetProperty("flows").EnumerateArray().ToList();
        double[] expected = [11.0293, 9.9571, 20.9864, 11.0293, 7.1780, 3.8513];
        double[] sd = [0.1095, 0.1475, 0.1717, 0.1095, 0.1374, 0.1106];
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(expected[i], flows[i].GetProperty("value").GetDouble(), 4);
            Assert.Equal(sd[i], flows[i].GetProperty("standardDeviation").GetDouble(), 4);
        }
        Assert.Equal(1.667, result.GetProperty("chiSquare").GetProperty("statistic").GetDouble(), 3);
        Assert.Equal(3, result.GetProperty("chiSquare").GetProperty("degreesOfFreedom").GetInt32());
        Assert.False(result.GetProperty("chiSquare").GetProperty("rejected").GetBoolean());
        var engine = MaterialFlowReconciler.Reconcile(MaterialFlowMapping.ToEngine(DoviSolisio(), "mass"));
        Assert.Equal(engine.Flows.Select(f => f.Value), flows.Select(f => f.GetProperty("value").GetDouble()));
        Assert.All(result.GetProperty("balances").EnumerateArray(), b => Assert.True(b.GetProperty("balanced").GetBoolean()));
        // Nothing derived is stored: the model keeps its version and nothing is written.
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(version, await app.WithDbAsync(db => db.MaterialFlowModels.Where(m => m.Id == id).Select(m => m.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_planned_after_model_starts_as_a_copy_of_the_before_model_and_one_model_per_year_and_scenario_is_kept()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var park = await ParkIdAsync(app, Yinghong);
        var (before, _) = await CreateAsync(admin, park, DoviSolisio(2014));

        var copy = await admin.PostAsJsonAsync($"/api/parks/{park}/material-flows", new { year = 2027, scenario = "PlannedAfter", copyFrom = before });
        var twice = await admin.PostAsJsonAsync($"/api/parks/{park}/material-flows", new { year = 2027, scenario = "PlannedAfter" });
        var missing = await admin.PostAsJsonAsync($"/api/parks/{park}/material-flows", new { year = 2028, scenario = "PlannedAfter", copyFrom = 99999 });

        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        var document = (await copy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document");
        Assert.Equal("PlannedAfter", document.GetProperty("scenario").GetString());
        Assert.Equal(6, document.GetProperty("flows").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("There is no material-flow model with id 99999",
            (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsEn").GetProperty("copyFrom").GetString());
    }

    [Fact]
    public async Task An_unknown_layer_is_a_400_naming_the_layer()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var (id, _) = await CreateAsync(admin, await ParkIdAsync(app, Yinghong), DoviSolisio(2016));

        var response = await admin.PostAsync($"/api/material-flows/{id}/reconcile?layer=copper", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Layer \"copper\" is not a layer of this model",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsEn").GetProperty("layer").GetString());
    }

    private static async Task<long> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document").GetProperty("version").GetInt64();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// A campaign's code is used in addresses and files, never shown to people (they see its 文号): a province that sets up a
/// campaign without typing one gets it derived from the scope, the year of issue and the number of the 文号.
/// </summary>
public class CampaignCodeTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_campaign_set_up_without_a_code_is_addressed_by_scope_year_and_document_number(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "650000");

        var first = await SetUpAsync(province, "新疆维吾尔自治区工业和信息化厅关于开展园区循环化改造的通知", "新工信节能〔2022〕57号", "2022-04-18");
        var again = await SetUpAsync(province, "新疆维吾尔自治区工业和信息化厅关于开展园区循环化改造的补充通知", "新工信节能〔2022〕57号", "2022-06-01");
        var unnumbered = await SetUpAsync(province, "自治区园区循环化改造工作安排", null, "2023-02-10");
        var typed = await SetUpAsync(province, "自治区园区循环化改造（自定代码）", null, "2023-03-01", code: "xj-2023-plan");
        var tooLong = await province.PostAsJsonAsync("/api/selection/campaigns", Body("太长的代码", null, "2023-03-01", new string('x', 41)));

        Assert.Equal(["650000-2022-57", "650000-2022-57-2", "650000-2023-1", "xj-2023-plan"], [first, again, unnumbered, typed]);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/campaigns/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("code", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_typed_code_that_would_break_an_address_is_refused_naming_the_field_and_the_rule_and_nothing_is_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "650000");
        var before = await app.WithDbAsync(db => db.Campaigns.CountAsync());

        foreach (var code in new[] { "xj/2023", "xj 2023", "新疆2023", "xj-2023?x=1", "xj#1", "50%", "-xj", ".xj", "xj\\2023" })
        {
            using var refused = await province.PostAsJsonAsync("/api/selection/campaigns", Body("代码不可用于地址", null, "2023-03-01", code));

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("字母、数字", problem.GetProperty("errorsZh").GetProperty("code").GetString(), StringComparison.Ordinal);
            Assert.Contains("letters, digits", problem.GetProperty("errorsEn").GetProperty("code").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.Campaigns.CountAsync()));
        Assert.Equal("xj_2023.v2", await SetUpAsync(province, "自治区园区循环化改造（代码含下划线和点）", null, "2023-03-01", code: "xj_2023.v2"));
    }

    private static async Task<string> SetUpAsync(HttpClient province, string title, string? documentNumber, string issuedOn, string code = "")
    {
        var response = await province.PostAsJsonAsync("/api/selection/campaigns", Body(title, documentNumber, issuedOn, code));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        Assert.EndsWith($"/api/campaigns/{created}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return created;
    }

    private static object Body(string title, string? documentNumber, string issuedOn, string code) => new
    {
        code, titleZh = title, documentNumber, issuingBodies = "新疆维吾尔自治区工业和信息化厅", issuedOn, scopeRegion = "650000",
        taskTemplate = "NationalFive", applicationOpensOn = issuedOn, applicationClosesOn = "2099-12-31",
    };
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;

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

using System.Net;
using System.Text.RegularExpressions;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>Issue 12 findings 7 and 12 on the pages: a form post is checked like an API body before its handler runs.</summary>
public partial class PageInputTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task A_form_post_that_names_no_handler_is_a_400_not_a_page_without_its_data()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var token = await TokenAsync(admin, "/exchange");

        var response = await admin.PostAsync("/exchange", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("提交的表单没有指明要执行的操作", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_control_character_typed_into_a_form_is_refused_naming_the_field_and_nothing_is_saved(Provider provider)
    {
        var app = await apps.For(provider);
        var id = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var token = await TokenAsync(admin, $"/parks/{id}/edit");
        var version = await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        var response = await admin.PostAsync($"/parks/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "英德市\u0001英红工业园", ["Input.Level"] = "Provincial", ["Input.Kind"] = "Other",
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(page.Contains("输入未保存", StringComparison.Ordinal), page);
        Assert.Contains("“Input.Name”含有不允许的控制字符 U+0001（第 4 个字符）", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/parks/{id}/edit\"", page, StringComparison.Ordinal);
        Assert.Equal("英德市英红工业园", await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    /// <summary>The antiforgery token of the page's form; also sets the Referer the refusal page links back to.</summary>
    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        client.DefaultRequestHeaders.Referrer = new Uri(client.BaseAddress!, url);
        return Token().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

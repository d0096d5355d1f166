using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Issue 12 finding 13: the multipart import APIs relied only on SameSite=Lax. A changing API request that a browser
/// says comes from another origin is refused, with the cookie or without; programs that send no Origin still work.
/// </summary>
public class CrossSiteTests(Apps apps) : IClassFixture<Apps>
{
    private const string Csv = "园区名称,级别,类别,属地,区县,计划年度,企业数\r\n跨站伪造园区,省级,,济南市,,2020,\r\n";

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost:9")]
    [InlineData("Origin", "null")]
    [InlineData("Referer", "https://evil.example/attack.html")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_cross_origin_multipart_import_with_the_cookie_is_refused_and_nothing_is_stored(string header, string value)
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/parks?dryRun=false") { Content = Upload() };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("跨站请求被拒绝", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Parks.AnyAsync(p => p.Name == "跨站伪造园区")));
    }

    [Fact]
    public async Task A_cross_origin_json_change_and_sign_in_are_refused_too()
    {
        var app = await apps.For(Provider.Sqlite);
        var client = app.CreateClient();
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { email = "x@test.cn", password = "y" }) };
        login.Headers.Add("Origin", "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(login)).StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    public async Task The_sites_own_pages_and_programs_without_an_origin_still_import(string? header, string? value)
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/parks?dryRun=true") { Content = Upload() };
        if (header is not null) request.Headers.TryAddWithoutValidation(header, value);

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Reading_from_another_origin_is_not_refused()
    {
        var app = await apps.For(Provider.Sqlite);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns");
        request.Headers.Add("Origin", "https://evil.example");

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(request)).StatusCode);
    }

    private static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "parks.csv" } };
    }
}

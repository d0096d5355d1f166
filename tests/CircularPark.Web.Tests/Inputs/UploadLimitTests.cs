using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Tests.Imports;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Issue 12 finding 3: a park account uploaded a 206 KB workbook that unpacks to 200 MB and took the server from 564 MB
/// to 1,976 MB; a 2 KB file with a cell at column ZZZZZ added 490 MB. Both are now refused with the limit named. How
/// far the server's memory rises meanwhile is measured by the benchmark `upload-limits`, not asserted here.
/// </summary>
public class UploadLimitTests(Apps apps) : IClassFixture<Apps>
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData("/api/imports/parks?dryRun=true")]
    [InlineData("/api/imports/statistics?dryRun=true")]
    public async Task A_workbook_that_unpacks_to_200_MB_is_refused_413_naming_the_limit(string url)
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await app.ClientAsAsync(Roles.Province, "440000"); // may import park lists and statistics
        var bomb = HostileWorkbooks.Bomb(200 * Megabyte);
        Assert.True(bomb.Length < Megabyte, $"{bomb.Length} bytes");

        var response = await park.PostAsync(url, Xlsx("parks.xlsx", bomb));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("64 MB", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("unpacks to more than 64 MB", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_2_KB_workbook_with_a_cell_at_column_ZZZZZ_is_refused_422_naming_the_cell_and_the_limit()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await app.ClientAsAsync(Roles.Province, "440000"); // may import park lists and statistics
        var file = HostileWorkbooks.Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>园区名称</t></is></c><c r="ZZZZZ1" t="inlineStr"><is><t>级别</t></is></c></row>""");
        Assert.True(file.Length < 2048, $"{file.Length} bytes");

        var response = await park.PostAsync("/api/imports/parks?dryRun=true", Xlsx("zzzzz.xlsx", file));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("too-many-columns", problem.GetProperty("rule").GetString());
        Assert.Contains("ZZZZZ1", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("256 columns", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_upload_endpoint_refuses_a_bomb_before_its_handler_runs()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var parkId = await app.WithDbAsync(db => Task.FromResult(db.Parks.Single(p => p.Name == "英德市英红工业园").Id));
        var bomb = HostileWorkbooks.Bomb(80 * Megabyte);

        foreach (var url in new[] { $"/api/parks/{parkId}/enterprises/import?dryRun=true", $"/api/parks/{parkId}/material-flows/import?dryRun=true" })
        {
            var response = await admin.PostAsync(url, Xlsx("bomb.xlsx", bomb));

            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_body_announced_larger_than_the_json_limit_is_refused_413_before_it_is_read()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var body = new ByteArrayContent(new byte[5 * Megabyte]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await admin.PostAsync("/api/indicators/check", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求正文超过 4 MB 的上限，未处理", problem.GetProperty("messageZh").GetString());
    }

    private static MultipartFormDataContent Xlsx(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}

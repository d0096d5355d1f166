using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CircularPark.Campaigns;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Time;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>
/// A province records acceptance results it published before the product was used (issue 11 item 6, ADR 0074): grades
/// without scores, the notice's number and date; the public results and the notice of failed parks then say exactly that.
/// </summary>
public class PublishedResultsTests(Apps apps) : IClassFixture<Apps>
{
    private const string Number = "粤工信节能函〔2020〕123号";
    private static readonly DateOnly NoticeOn = new(2020, 12, 18);

    /// <summary>The 2020 notice: seven parks, three 优秀, three 良好, one 不通过; grades only.</summary>
    private static readonly (string Park, string City, string Grade)[] Notice =
    [
        ("广州循环经济示范产业园", "广州市", "优秀"), ("深圳绿色低碳产业园", "深圳市", "优秀"), ("珠海高栏循环产业园", "珠海市", "优秀"),
        ("佛山资源综合利用产业园", "佛山市", "良好"), ("韶关再生资源产业园", "韶关市", "良好"), ("清远循环化改造产业园", "清远市", "良好"),
        ("东莞静脉产业园", "东莞市", "不通过"),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_provinces_2020_notice_imported_from_xlsx_is_what_the_results_page_and_the_failed_park_notice_show(Provider provider)
    {
        var (app, code, province) = await CampaignAsync(provider, "pub-2020");
        var workbook = NoticeWorkbook();

        var dry = await ImportAsync(province, code, workbook, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dry.Status);
        Assert.False(dry.Report.GetProperty("committed").GetBoolean());
        Assert.Equal(Notice.Select(n => (n.Park, n.Grade, "Created")), Outcomes(dry.Report));
        Assert.Equal(0, await StoredAsync(app, code));

        var real = await ImportAsync(province, code, workbook, dryRun: false);
        Assert.True(real.Report.GetProperty("committed").GetBoolean(), real.Report.ToString());
        Assert.Equal(7, await StoredAsync(app, code));

        var anonymous = app.CreateClient();
        var results = await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/campaigns/{code}/results");
        var rows = results.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("park").GetString()!);
        foreach (var (park, _, grade) in Notice)
        {
            var row = rows[park];
            Assert.Equal(grade == "不通过" ? "Failed" : "Accepted", row.GetProperty("outcome").GetString());
            Assert.Equal(grade, CircularPark.Acceptance.Grades.Label(row.GetProperty("grade").GetString()!).Zh);
            Assert.Equal(Number, row.GetProperty("filingNumber").GetString());
            Assert.Equal("2020-12-18", row.GetProperty("filedOn").GetString());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("score").ValueKind);
        }

        var today = await app.WithDbAsync(db => Task.FromResult(db.Clock.Today()));
        var page = await anonymous.GetStringAsync($"/acceptance/{code}/results");
        foreach (var (park, _, grade) in Notice)
        {
            var cells = Cells(RowOf(page, park));
            Assert.Equal(["", grade, Number, "2020年12月18日"], cells[3..]);
        }
        Assert.DoesNotContain(today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);

        var notice = DocxText(await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{code}/failed-notice.docx"));
        Assert.Contains(Number, notice, StringComparison.Ordinal);
        Assert.Contains("2020 年 12 月 18 日", notice, StringComparison.Ordinal);
        Assert.Contains("东莞静脉产业园", notice, StringComparison.Ordinal);
        Assert.Contains("验收结论为“不通过”", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("广州循环经济示范产业园", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("评分", notice, StringComparison.Ordinal);
        Assert.DoesNotContain($"{today.Year} 年 {today.Month} 月 {today.Day} 日", notice, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recording_the_notice_again_changes_nothing_and_each_park_counts_from_the_notices_date(Provider provider)
    {
        var (app, code, province) = await CampaignAsync(provider, "pub-again");
        var workbook = NoticeWorkbook();
        await ImportAsync(province, code, workbook, dryRun: false);

        var again = await ImportAsync(province, code, workbook, dryRun: false);

        Assert.True(again.Report.GetProperty("committed").GetBoolean());
        Assert.All(Outcomes(again.Report), o => Assert.Equal("Unchanged", o.Change));
        var history = await app.WithDbAsync(db => db.Participations.AsNoTracking().Where(p => p.Campaign!.Code == code)
            .Select(p => new { p.Park!.Name, p.State, Last = p.History.OrderByDescending(h => h.Id).First() }).ToListAsync());
        Assert.All(history, h => Assert.Equal(NoticeOn, h.Last.EffectiveOn));
        Assert.Equal(6, history.Count(h => h.State == ParticipationState.Accepted));
        Assert.Equal(ParticipationState.Failed, history.Single(h => h.Name == "东莞静脉产业园").State);
        Assert.Equal(7, await StoredAsync(app, code));
        Assert.Equal(7, await app.WithDbAsync(db => db.Participations.CountAsync(p => p.Campaign!.Code == code && p.History.Count(h => h.EffectiveOn == NoticeOn) == 1)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unknown_parks_grades_outside_the_scheme_future_dates_and_missing_numbers_are_row_problems_and_nothing_is_stored(Provider provider)
    {
        var (app, code, province) = await CampaignAsync(provider, "pub-bad");
        var future = app.Clock.Today().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = Csv("园区名称,验收结论,文号,日期",
            "广州循环经济示范产业园,优秀,粤工信节能函〔2020〕123号,2020-12-18",
            "不存在的产业园,良好,粤工信节能函〔2020〕123号,2020-12-18",
            "深圳绿色低碳产业园,特优,粤工信节能函〔2020〕123号,2020-12-18",
            $"珠海高栏循环产业园,良好,粤工信节能函〔2020〕123号,{future}",
            "佛山资源综合利用产业园,合格,,2020-12-18");

        var dry = await ImportAsync(province, code, csv, dryRun: true, notice: false);
        var real = await ImportAsync(province, code, csv, dryRun: false, notice: false);

        Assert.Equal(HttpStatusCode.OK, dry.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, real.Status);
        var problems = real.Report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("rule").GetString())).ToList();
        Assert.Equal([(3, "园区名称", "published-park"), (4, "验收结论", "published-grade"), (5, "日期", "future-date"), (6, "文号", "required")], problems);
        Assert.All(real.Report.GetProperty("problems").EnumerateArray(), p =>
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("messageZh").GetString()));
            Assert.False(string.IsNullOrEmpty(p.GetProperty("messageEn").GetString()));
        });
        Assert.Empty(real.Report.GetProperty("outcomes").EnumerateArray());
        Assert.Equal(0, await StoredAsync(app, code));
        Assert.Equal(0, await app.WithDbAsync(db => db.Participations.CountAsync(p => p.Campaign!.Code == code && p.State == ParticipationState.Accepted)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_park_is_recorded_by_the_form_and_a_different_grade_is_a_conflict_until_replaced(Provider provider)
    {
        var (app, code, province) = await CampaignAsync(provider, "pub-one");
        var url = $"/api/acceptance/campaigns/{code}/published-results";
        var park = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "韶关再生资源产业园").Select(p => p.Id).SingleAsync());

        var first = await province.PostAsJsonAsync(url, new { parkId = park, grade = "合格", score = 72.5, noticeNumber = "粤工信节能函〔2021〕8号", noticeOn = "2021-03-02" });
        var same = await province.PostAsJsonAsync(url, new { parkId = park, grade = "合格", score = 72.5, noticeNumber = "粤工信节能函〔2021〕8号", noticeOn = "2021-03-02" });
        var other = await province.PostAsJsonAsync(url, new { parkId = park, grade = "不合格", noticeNumber = "粤工信节能函〔2021〕8号", noticeOn = "2021-03-02" });
        var missing = await province.PostAsJsonAsync(url, new { parkId = park, grade = "合格", noticeOn = "2021-03-02" });
        var replaced = await province.PostAsJsonAsync(url, new { parkId = park, grade = "不合格", noticeNumber = "粤工信节能函〔2021〕9号", noticeOn = "2021-03-05", replace = true });

        Ok(first);
        Assert.Equal("Created", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcomes")[0].GetProperty("change").GetString());
        Assert.Equal("Unchanged", (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcomes")[0].GetProperty("change").GetString());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await ProblemAsync(missing)).GetProperty("errors").TryGetProperty("noticeNumber", out _));
        Assert.Equal("Replaced", (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcomes")[0].GetProperty("change").GetString());
        var stored = await app.WithDbAsync(db => db.PublishedAcceptanceResults.AsNoTracking().SingleAsync(r => r.ParkId == park && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == code)));
        Assert.Equal(("fail", false, (double?)null, new DateOnly(2021, 3, 5)), (stored.Grade, stored.Passed, stored.Score, stored.NoticeOn));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_official_another_province_and_a_park_may_not_record_published_results(Provider provider)
    {
        var (app, code, _) = await CampaignAsync(provider, "pub-who");
        var url = $"/api/acceptance/campaigns/{code}/published-results";
        var body = new { park = "东莞静脉产业园", grade = "不通过", noticeNumber = Number, noticeOn = "2020-12-18" };
        var workbook = NoticeWorkbook();

        foreach (var client in new[]
        {
            await app.ClientAsAsync(Roles.City, "441900"), await app.ClientAsAsync(Roles.Province, "370000"),
            await app.ClientAsAsync(Roles.Park, parkName: "东莞静脉产业园"),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(url, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{url}/import?dryRun=true&noticeNumber=x", File("n.xlsx", workbook))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/acceptance/{code}/published")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(0, await StoredAsync(app, code));
    }

    private async Task<(TestApp App, string Code, HttpClient Province)> CampaignAsync(Provider provider, string prefix)
    {
        var app = await apps.For(provider);
        var code = $"{prefix}-{provider}";
        return (app, code, await CampaignWithNoticeParksAsync(app, code));
    }

    /// <summary>A Guangdong campaign whose list (imported through the API, approved) holds the seven parks of the notice.</summary>
    private static async Task<HttpClient> CampaignWithNoticeParksAsync(TestApp app, string code)
    {
        var acceptance = await SetUpAsync(app, code);
        var list = Csv("园区名称,属地,计划年度,状态", [.. Notice.Select(n => $"{n.Park},{n.City},2020,已批准")]);
        Ok(await acceptance.Province.PostAsync($"/api/imports/parks?dryRun=false&campaign={code}", list));
        return acceptance.Province;
    }

    /// <summary>The notice as a workbook of park and grade only (its number and date are given once for the file).</summary>
    private static byte[] NoticeWorkbook()
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("通报").Row(XlsxStyle.Header, "园区名称", "验收结论");
        foreach (var (park, _, grade) in Notice) sheet.Row(XlsxStyle.Bordered, park, grade);
        return book.Build();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(HttpClient client, string code, object file, bool dryRun, bool notice = true)
    {
        var content = file as MultipartFormDataContent ?? File("2020年验收通报.xlsx", (byte[])file);
        var query = notice ? $"&noticeNumber={Uri.EscapeDataString(Number)}&noticeOn=2020-12-18" : "";
        var response = await client.PostAsync($"/api/acceptance/campaigns/{code}/published-results/import?dryRun={(dryRun ? "true" : "false")}{query}", content);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<(string Park, string Grade, string Change)> Outcomes(JsonElement report) =>
        report.GetProperty("outcomes").EnumerateArray()
            .Select(o => (o.GetProperty("park").GetString()!, o.GetProperty("gradeZh").GetString()!, o.GetProperty("change").GetString()!)).ToList();

    private static Task<int> StoredAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.PublishedAcceptanceResults.CountAsync(r => db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == code)));

    private static MultipartFormDataContent Csv(string header, params string[] rows) =>
        File("results.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header))));

    private static MultipartFormDataContent File(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", name } };

    /// <summary>The table row of the page that links the park.</summary>
    private static string RowOf(string html, string park) =>
        Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).First(r => r.Contains($">{park}</a>", StringComparison.Ordinal));

    private static string[] Cells(string row) =>
        [.. Regex.Matches(row, "<td>(.*?)</td>", RegexOptions.Singleline).Select(m => Regex.Replace(m.Groups[1].Value, "<.*?>", "").Trim())];

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

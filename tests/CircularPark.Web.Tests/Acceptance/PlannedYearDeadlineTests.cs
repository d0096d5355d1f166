using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>
/// 鲁经信循〔2018〕336号 gives each park a planned completion year and 通报s the parks "不能按时完成循环化改造目标任务"
/// (issue 13 item 3, ADR 0079): a listed park is due by 31 December of its year, and the notice the province issues carries
/// its own number and date. Its own class: the tests move the app's clock.
/// </summary>
public class PlannedYearDeadlineTests(Apps apps) : IClassFixture<Apps>
{
    private const string Code = "sd-2018-336";
    private const string Accepted2018 = "明水经济技术开发区";
    private const string Number = "鲁经信循〔2019〕5号";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shandong_parks_planned_for_2018_without_acceptance_by_its_end_are_listed_in_the_issued_notice_with_its_number_and_date(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2019, 1, 5);
        var province = await app.ClientAsAsync(Roles.Province, "370000");
        var byYear = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == Code)
            .Select(p => new { p.Park!.Name, p.PlannedYear }).ToListAsync());
        Ok(await province.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/published-results",
            new { park = Accepted2018, grade = "合格", noticeNumber = "济经信〔2018〕99号", noticeOn = "2018-12-20" }));
        var missed2018 = byYear.Where(p => p.PlannedYear == 2018 && p.Name != Accepted2018).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(15, missed2018.Count); // Attachment 2 plans 16 parks for 2018; one was accepted in time
        var anonymous = app.CreateClient();

        var results = await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/campaigns/{Code}/results");
        var missed = results.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("outcome").GetString() == "MissedDeadline").ToList();
        Assert.Equal(missed2018, missed.Select(r => r.GetProperty("park").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(missed, r => Assert.Equal("2018-12-31", r.GetProperty("dueOn").GetString()));

        var draft = Read(await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{Code}/failed-notice.docx"));
        Assert.Equal("草稿（未印发，无文号）", draft.Paragraphs[0]);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("2019 年", StringComparison.Ordinal));
        Assert.Equal(missed2018, draft.Parks.Order(StringComparer.Ordinal));

        var guangdong = await app.ClientAsAsync(Roles.Province, "440000");
        Assert.Equal(HttpStatusCode.Forbidden, (await guangdong.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/failed-notices", new { number = "粤1号", issuedOn = "2019-01-05" })).StatusCode);
        var future = await province.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/failed-notices", new { number = Number, issuedOn = "2019-01-06" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await ProblemAsync(future)).GetProperty("errorsZh").TryGetProperty("issuedOn", out _));

        var issued = await province.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/failed-notices", new { number = Number, issuedOn = "2019-01-05" });
        Ok(issued);
        var id = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var notice = Read(await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{Code}/failed-notices/{id}.docx"));
        Assert.Equal([Number, "关于园区循环化改造验收未通过园区的通报"], notice.Paragraphs.Take(2));
        Assert.Equal("2019 年 1 月 5 日", notice.Paragraphs[^1]);
        Assert.Contains("现将未通过验收的 15 家园区通报如下", notice.Paragraphs[2], StringComparison.Ordinal);
        Assert.Equal(missed2018, notice.Parks.Order(StringComparer.Ordinal));
        Assert.All(notice.Rows, r => Assert.Equal("截至 2018-12-31 未申请验收也未申请延期", r[3]));
        Assert.DoesNotContain(notice.Parks, p => byYear.Any(b => b.Name == p && b.PlannedYear != 2018));

        Assert.Equal(HttpStatusCode.Conflict, (await province.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/failed-notices", new { number = Number, issuedOn = "2019-01-05" })).StatusCode);
        var nothingLeft = await province.PostAsJsonAsync($"/api/acceptance/campaigns/{Code}/failed-notices", new { number = "鲁经信循〔2019〕6号", issuedOn = "2019-01-05" });
        Assert.Equal(HttpStatusCode.Conflict, nothingLeft.StatusCode);

        // A year on: the 2019 parks are due; the issued notice keeps its parks, number and date.
        app.Clock.SetChinaTime(2020, 1, 6);
        var next = Read(await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{Code}/failed-notice.docx"));
        Assert.Equal(byYear.Where(p => p.PlannedYear == 2019).Select(p => p.Name).Order(StringComparer.Ordinal), next.Parks.Order(StringComparer.Ordinal));
        Assert.Equal("草稿（未印发，无文号）", next.Paragraphs[0]);
        var again = Read(await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{Code}/failed-notices/{id}.docx"));
        Assert.Equal((Number, "2019 年 1 月 5 日", 15), (again.Paragraphs[0], again.Paragraphs[^1], again.Parks.Count));
        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/campaigns/{Code}/failed-notices");
        Assert.Equal((Number, "2019-01-05"), (list[0].GetProperty("number").GetString(), list[0].GetProperty("issuedOn").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_listed_Shandong_park_awaits_acceptance_by_its_year_and_may_ask_for_a_delay_that_moves_it(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2019, 3, 1);
        const string park = "济南高新区"; // planned for 2020
        var parkId = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == park).Select(p => p.Id).SingleAsync());
        var client = await app.ClientAsAsync(Roles.Park, parkName: park);
        var path = $"/api/acceptance/campaigns/{Code}/parks/{parkId}";

        var before = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(("Awaiting", "2020-12-31"), (before.GetProperty("standing").GetProperty("kind").GetString(), before.GetProperty("standing").GetProperty("dueOn").GetString()));
        Assert.Equal("PlannedYear", before.GetProperty("rules").GetProperty("deadlineRule").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("rules").GetProperty("threshold").ValueKind);

        Ok(await client.PostAsJsonAsync($"{path}/delays", new { months = 6, reason = "重点项目用地审批推迟" }));
        var delayId = (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("delays")[0].GetProperty("id").GetInt32();
        var province = await app.ClientAsAsync(Roles.Province, "370000");
        Ok(await province.PostAsJsonAsync($"/api/acceptance/delays/{delayId}/decision", new { approve = true, reason = "同意延期" }));

        var after = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(("Awaiting", "2021-06-30"), (after.GetProperty("standing").GetProperty("kind").GetString(), after.GetProperty("standing").GetProperty("dueOn").GetString()));
        var page = await app.CreateClient().GetStringAsync($"/parks/{parkId}");
        Assert.Matches($"data-acceptance=\"{Code}\">[^<]*<span class=\"badge\">待申请验收</span>", page);
    }

    private sealed record Notice(List<string> Paragraphs, List<string[]> Rows)
    {
        public List<string> Parks => Rows.Select(r => r[1]).ToList();
    }

    /// <summary>The docx read back: its non-empty paragraphs outside the table, and the table's data rows.</summary>
    private static Notice Read(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var rows = body.Descendants<TableRow>().Skip(1).Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        return new Notice(paragraphs, rows);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>
/// Delay requests under the campaign's rules (by 31 March 2025, once, at most 12 months) and the acceptance deadline
/// (31 December 2025) on a moved clock. Its own class: the tests move the app's clock.
/// </summary>
public class DelayAndDeadlineTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly object Rules = new { acceptanceDueOn = "2025-12-31", delayRequestDueOn = "2025-03-31", maxDelayRequests = 1, maxDelayMonths = 12, maxScore = (double?)null, bands = (object[]?)null };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_delay_is_refused_when_too_long_a_second_time_or_late_and_an_approved_one_moves_the_deadline(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2025, 3, 1);
        var acceptance = await SetUpAsync(app, $"acc-delay-{provider}", Rules);
        var (parkId, park) = await acceptance.ApprovedParkAsync(Yinghong);
        var (lateId, latePark) = await acceptance.ApprovedParkAsync(Lianzhou);

        var tooLong = await acceptance.DelayAsync(park, parkId, 13);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("延期月数应为 1 至 12 个月", (await ProblemAsync(tooLong)).GetProperty("errorsZh").GetProperty("months").GetString());

        Ok(await acceptance.DelayAsync(park, parkId, 12));
        var again = await acceptance.DelayAsync(park, parkId, 6);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("每个园区最多可申请延期 1 次", (await ProblemAsync(again)).GetProperty("messageZh").GetString());

        app.Clock.SetChinaTime(2025, 4, 1);
        latePark = await app.ClientAsAsync(Identity.Roles.Park, parkName: Lianzhou);
        park = await app.ClientAsAsync(Identity.Roles.Park, parkName: Yinghong);
        await acceptance.SignInAgainAsync();
        var late = await acceptance.DelayAsync(latePark, lateId, 6);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("The deadline for delay requests (2025-03-31) has passed", (await ProblemAsync(late)).GetProperty("messageEn").GetString());

        var view = await acceptance.ViewAsync(acceptance.Province, parkId);
        Assert.Equal("DelayPending", view.GetProperty("standing").GetProperty("kind").GetString());
        var delayId = view.GetProperty("delays")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsJsonAsync($"/api/acceptance/delays/{delayId}/decision", new { approve = true, reason = "自己批准" })).StatusCode);
        Ok(await acceptance.Province.PostAsJsonAsync($"/api/acceptance/delays/{delayId}/decision", new { approve = true, reason = "理由充分，同意延期" }));

        app.Clock.SetChinaTime(2026, 6, 1);
        await acceptance.SignInAgainAsync();
        view = await acceptance.ViewAsync(acceptance.Province, parkId);
        Assert.Equal(("Awaiting", "2026-12-31"), (view.GetProperty("standing").GetProperty("kind").GetString(), view.GetProperty("standing").GetProperty("dueOn").GetString()));
        Assert.Equal(("Approved", "理由充分，同意延期"), (view.GetProperty("delays")[0].GetProperty("status").GetString(), view.GetProperty("delays")[0].GetProperty("decisionReason").GetString()));
        Assert.Equal("MissedDeadline", (await acceptance.ViewAsync(acceptance.Province, lateId)).GetProperty("standing").GetProperty("kind").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_that_neither_applied_nor_asked_for_a_delay_by_the_deadline_counts_as_failed_is_publicly_notified_and_reported_to_the_nation(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2025, 12, 31, hour: 23);
        var acceptance = await SetUpAsync(app, $"acc-deadline-{provider}", Rules);
        var (parkId, park) = await acceptance.ApprovedParkAsync(Yinghong);
        var (appliedId, _) = await acceptance.AppliedParkAsync(Lianzhou);
        var anonymous = app.CreateClient();
        var results = $"/api/acceptance/campaigns/{acceptance.Campaign}/results";
        Assert.Equal("Awaiting", (await acceptance.ViewAsync(park, parkId)).GetProperty("standing").GetProperty("kind").GetString());
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(results)).GetProperty("rows").EnumerateArray());

        app.Clock.SetChinaTime(2026, 1, 1, hour: 0);

        Assert.Equal("MissedDeadline", (await acceptance.ViewAsync(park, parkId)).GetProperty("standing").GetProperty("kind").GetString());
        Assert.Equal("InProgress", (await acceptance.ViewAsync(acceptance.Province, appliedId)).GetProperty("standing").GetProperty("kind").GetString());
        var row = Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>(results)).GetProperty("rows").EnumerateArray());
        Assert.Equal((Yinghong, "MissedDeadline", "清远市"), (row.GetProperty("park").GetString(), row.GetProperty("outcome").GetString(), row.GetProperty("cityZh").GetString()));
        var summary = await acceptance.Province.GetFromJsonAsync<JsonElement>($"/api/campaigns/{acceptance.Campaign}/province-summary/440000/2025");
        var standings = summary.GetProperty("parks").EnumerateArray().ToDictionary(l => l.GetProperty("parkId").GetInt32(), l => l.GetProperty("acceptance").GetString());
        Assert.Equal(("MissedDeadline", "InProgress"), (standings[parkId], standings[appliedId]));
        var summaryDocx = await acceptance.Province.GetByteArrayAsync($"/api/campaigns/{acceptance.Campaign}/province-summary/440000/2025?format=docx");
        using (var summaryDocument = WordprocessingDocument.Open(new MemoryStream(summaryDocx), false))
            Assert.Contains("逾期未申请验收（视为未通过）", summaryDocument.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        Ok(await acceptance.SaveDraftAsync(park, parkId));
        var tooLate = await acceptance.SubmitAsync(park, parkId);
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("视为未通过验收", (await ProblemAsync(tooLate)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await acceptance.DelayAsync(park, parkId, 6)).StatusCode);

        var bytes = await anonymous.GetByteArrayAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/failed-notice.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var body = document.MainDocumentPart!.Document.Body!;
        // Not issued yet: a draft, marked as one, with neither number nor date (ADR 0079).
        Assert.Equal(["草稿（未印发，无文号）", "关于园区循环化改造验收未通过园区的通报"], body.Elements<Paragraph>().Take(2).Select(p => p.InnerText));
        Assert.Equal("（印发日期待定）", body.Elements<Paragraph>().Last(p => p.InnerText.Length > 0).InnerText);
        var table = body.Descendants<TableRow>().Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["序号", "园区名称", "属地", "原因"], table[0]);
        Assert.Equal(["1", Yinghong, "清远", "截至 2025-12-31 未申请验收也未申请延期"], table[1]);
        Assert.Equal(2, table.Count);
    }
}

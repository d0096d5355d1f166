using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Plans;

/// <summary>
/// 提交前检查 (issue 14, ADR 0087): while a version is a draft, its editor and its page list each part a plan needs before
/// submission — done, or missing with a link to its section in the editor — exactly as the refusal of a submission would
/// name them; the submit button says why it would be refused, the refusal itself stays the server's, and once the draft is
/// complete nothing is listed as missing.
/// </summary>
public partial class SubmissionCheckPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园", Lianzhou = "广东连州市产业转移工业园区（清远民族工业园）";
    private static readonly string[] Required = ["园区基本情况", "物质流分析", "重点项目（至少一项）", "主要指标目标（至少一项）"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_editor_and_the_draft_page_list_what_a_submission_would_be_refused_for_and_nothing_once_complete(Provider provider)
    {
        var app = await apps.For(provider);
        var (park, plan) = await PlanDrafts.StartAsync(app, Yinghong);
        var refusal = await RefusedPartsAsync(park, plan);
        Assert.Equal(Required, refusal);

        var editor = await PageAsync(park, $"/plans/{plan}/edit");
        var page = await PageAsync(park, $"/plans/{plan}");

        Assert.Equal(refusal.Select(Missing), Parts(editor));
        Assert.Equal(refusal.Select(Missing), Parts(page));
        Assert.Equal(["#sec-basic", "#sec-basic", "#sec-projects", "#sec-targets"], Links(editor));
        Assert.Equal(Links(editor).Select(section => $"/plans/{plan}/edit{section}"), Links(page)); // the same sections, in the editor
        Assert.Equal(["sec-basic", "sec-projects", "sec-targets"], MarkedTabs(editor));
        Assert.Contains("disabled aria-describedby=\"submit-blocked\"", page, StringComparison.Ordinal);
        Assert.Contains("尚缺 4 项提交所需的内容，补齐后才能提交", page, StringComparison.Ordinal);

        // The rule stays the server's: a submission posted anyway is refused, naming each part, and the plan stays a draft.
        var posted = await park.PostAsync($"/plans/{plan}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["number"] = "1",
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("提交前请填写：物质流分析", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Draft", (await park.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")).GetProperty("status").GetString());

        await PlanDrafts.CompleteAsync(park, plan);
        editor = await PageAsync(park, $"/plans/{plan}/edit");
        page = await PageAsync(park, $"/plans/{plan}");

        Assert.Equal(Required.Select(Done), Parts(editor));
        Assert.Equal(Required.Select(Done), Parts(page));
        Assert.Empty(MarkedTabs(editor));
        Assert.Contains("必填部分已齐全，可以提交。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby=\"submit-blocked\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Once_submitted_the_version_shows_no_check(Provider provider)
    {
        var app = await apps.For(provider);
        var (park, plan) = await PlanDrafts.StartAsync(app, Lianzhou);
        Assert.Contains("提交前检查", await PageAsync(park, $"/plans/{plan}"), StringComparison.Ordinal);

        await PlanDrafts.CompleteAsync(park, plan);
        Assert.Equal(HttpStatusCode.OK, (await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).StatusCode);

        Assert.DoesNotContain("提交前检查", await PageAsync(park, $"/plans/{plan}"), StringComparison.Ordinal);
    }

    /// <summary>The parts a submission through the API is refused for, by name (“提交前请填写：{name}”).</summary>
    private static async Task<string[]> RefusedPartsAsync(HttpClient park, int plan)
    {
        var refused = await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").EnumerateObject().Select(e => e.Value.GetString()!).ToList();
        Assert.All(errors, e => Assert.StartsWith("提交前请填写：", e, StringComparison.Ordinal));
        return [.. errors.Select(e => e["提交前请填写：".Length..])];
    }

    private static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private static string Missing(string name) => $"✗ {name}";

    private static string Done(string name) => $"✓ {name}";

    /// <summary>The check list's parts in order, each as “✓ name” or “✗ name”.</summary>
    private static IEnumerable<string> Parts(string html) =>
        Part().Matches(html).Select(m => $"{(m.Groups["state"].Value == "missing" ? "✗" : "✓")} {m.Groups["name"].Value}");

    private static IEnumerable<string> Links(string html) => Part().Matches(html).Where(m => m.Groups["href"].Success).Select(m => m.Groups["href"].Value);

    private static IEnumerable<string> MarkedTabs(string html) => MarkedTab().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""<li class="(?<state>missing|done)"><span aria-hidden="true">[✓✗]</span> (?:<a href="(?<href>[^"]+)">|<span class="name">)(?<name>[^<]+)<""")]
    private static partial Regex Part();

    [GeneratedRegex("""<a href="#(sec-[a-z]+)">[^<]*<span class="missing-mark" """)]
    private static partial Regex MarkedTab();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

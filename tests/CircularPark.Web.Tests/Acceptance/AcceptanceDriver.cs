using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>Drives acceptance through the API as the people who take each step: intent-revealing helpers for the tests.</summary>
internal sealed class AcceptanceDriver(TestApp app, SelectionDriver selection, HttpClient province)
{
    private HttpClient _province = province;

    public const string Yinghong = "英德市英红工业园";
    public const string Lianzhou = "广东连州市产业转移工业园区（清远民族工业园）";

    public HttpClient Province => _province;

    /// <summary>Signs the province in again: after the clock moved on by weeks, the old sign-in cookie has expired.</summary>
    public async Task SignInAgainAsync() => _province = await app.ClientAsAsync(Roles.Province, "440000");
    public string Campaign => selection.Campaign;

    /// <summary>A Guangdong campaign of its own with the given acceptance rules (null: the defaults).</summary>
    public static async Task<AcceptanceDriver> SetUpAsync(TestApp app, string code, object? rules = null)
    {
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, code);
        if (rules is not null) (await province.PutAsJsonAsync($"/api/acceptance/campaigns/{code}/rules", rules)).EnsureSuccessStatusCode();
        return new AcceptanceDriver(app, selection, province);
    }

    /// <summary>
    /// The park applies and submits its plan through the API; the province's approval is then recorded directly (the
    /// selection chain has its own tests). Returns the park's id and a client signed in as one of its users.
    /// </summary>
    public async Task<(int ParkId, HttpClient Park)> ApprovedParkAsync(string name)
    {
        var parkId = await selection.ParkIdAsync(name);
        var park = await app.ClientAsAsync(Roles.Park, parkName: name);
        (await selection.ApplyAsync(park, parkId)).EnsureSuccessStatusCode();
        await selection.SubmitPlanAsync(park, parkId);
        await app.WithDbAsync(async db =>
        {
            var participation = await db.Participations.Include(p => p.History).SingleAsync(p => p.Campaign!.Code == Campaign && p.ParkId == parkId);
            participation.MoveTo(ParticipationState.Approved, "province@test", db.Clock.GetUtcNow().UtcDateTime, "省级批准（测试准备）");
            return await db.SaveChangesAsync();
        });
        return (parkId, park);
    }

    public static readonly object Report = new
    {
        projectCompletion = "12 个重点项目全部建成投产。", indicatorAchievement = "资源产出率等 8 项指标均达到目标值的 90% 以上。",
        investment = "累计完成投资 18.6 亿元。", benefits = "年节能 3.2 万吨标准煤，减少二氧化碳排放 8.5 万吨。", problems = "中水回用率仍需提高。",
    };

    public Task<HttpResponseMessage> SaveDraftAsync(HttpClient park, int parkId, object? report = null) =>
        park.PutAsJsonAsync($"{Steps(parkId)}/draft", report ?? Report);

    public Task<HttpResponseMessage> SubmitAsync(HttpClient park, int parkId) => park.PostAsJsonAsync($"{Steps(parkId)}/submit", new { year = 2025 });

    /// <summary>An approved park that has saved and submitted its application.</summary>
    public async Task<(int ParkId, HttpClient Park)> AppliedParkAsync(string name)
    {
        var (parkId, park) = await ApprovedParkAsync(name);
        (await SaveDraftAsync(park, parkId)).EnsureSuccessStatusCode();
        (await SubmitAsync(park, parkId)).EnsureSuccessStatusCode();
        return (parkId, park);
    }

    public Task<HttpResponseMessage> StepAsync(HttpClient client, int parkId, string step, double? score = null, string reason = "符合要求") =>
        client.PostAsJsonAsync($"{Steps(parkId)}/steps/{step}", new { reason, score });

    /// <summary>Document review, on-site verification and expert review with <paramref name="score"/>, by the province.</summary>
    public async Task ReviewAsync(int parkId, double score)
    {
        foreach (var (step, s) in new[] { ("document-review", (double?)null), ("site-verification", null), ("expert-review", score) })
            Ok(await StepAsync(_province, parkId, step, s));
    }

    public Task<HttpResponseMessage> FileAsync(HttpClient client, int parkId) =>
        client.PostAsJsonAsync($"{Steps(parkId)}/filing", new { number = "粤工信验备〔2025〕1 号", reason = "同意备案" });

    public Task<HttpResponseMessage> DelayAsync(HttpClient park, int parkId, int months) =>
        park.PostAsJsonAsync($"{Steps(parkId)}/delays", new { months, reason = "重点项目受用地审批影响推迟投产" });

    public Task<JsonElement> ViewAsync(HttpClient client, int parkId) => client.GetFromJsonAsync<JsonElement>(Steps(parkId));

    public string Steps(int parkId) => $"/api/acceptance/campaigns/{Campaign}/parks/{parkId}";

    public static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}

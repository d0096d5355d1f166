using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Reviews;

public class InboxTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task Each_user_sees_the_tasks_waiting_for_them_with_the_campaigns_due_dates()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, "inbox", reviewDue: new DateOnly(2020, 9, 1));
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var (expertEmail, expert) = await selection.ExpertAsync("广东省环境科学研究院");
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        var shenzhen = await app.ClientAsAsync(Roles.City, "440300");
        var lianzhou = await selection.ParkIdAsync("广东连州市产业转移工业园区（清远民族工业园）");
        var lianzhouPark = await app.ClientAsAsync(Roles.Park, parkName: "广东连州市产业转移工业园区（清远民族工业园）");
        (await selection.ApplyAsync(lianzhouPark, lianzhou)).EnsureSuccessStatusCode();
        await selection.UnderReviewAsync("英德市英红工业园", province, (chairEmail, true), (expertEmail, false));
        var yinghong = await selection.ParkIdAsync("英德市英红工业园");

        Assert.Equal([("RecommendPark", lianzhou, "2099-06-30", false)], await TasksAsync(qingyuan));
        Assert.Empty(await TasksAsync(shenzhen));
        Assert.Equal([("ReviewPlan", yinghong, "2020-09-01", true)], await TasksAsync(expert));
        Assert.Equal([("ReviewPlan", yinghong, "2020-09-01", true)], await TasksAsync(chair));

        (await selection.ReviewAsync(expert, yinghong)).EnsureSuccessStatusCode();
        (await selection.ReviewAsync(chair, yinghong)).EnsureSuccessStatusCode();
        Assert.Empty(await TasksAsync(expert));
        Assert.Equal([("CompileOpinion", yinghong, "2020-09-01", true)], await TasksAsync(chair));

        (await selection.CompileAsync(chair, yinghong)).EnsureSuccessStatusCode();
        Assert.Empty(await TasksAsync(chair));
        Assert.Contains(("ConfirmOpinion", yinghong, "2020-09-01", true), await TasksAsync(province));
        Assert.Equal([("RevisePlan", yinghong, "2020-09-01", true)], await TasksAsync(await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园")));
    }

    private static async Task<List<(string, int, string?, bool)>> TasksAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray()
            .Where(t => t.GetProperty("campaignCode").GetString() == "inbox" && !t.GetProperty("kind").GetString()!.EndsWith("Report", StringComparison.Ordinal))
            .Select(t => (t.GetProperty("kind").GetString()!, t.GetProperty("parkId").GetInt32(), t.GetProperty("dueOn").GetString(), t.GetProperty("overdue").GetBoolean()))
            .ToList();
}

using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>A target that is a share of no parks reads 无数据, never met (issue 13.4).</summary>
public class TargetNoDataTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Jiangsus_share_targets_with_no_park_in_scope_have_no_progress_and_its_count_target_is_not_met(Provider provider)
    {
        var app = await apps.For(provider);

        var jiangsu = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/js-2013");

        var targets = jiangsu.GetProperty("targets").EnumerateArray()
            .Select(t => (t.GetProperty("inScope").GetInt32(), t.GetProperty("progress").ValueKind, t.GetProperty("state").GetString())).ToList();
        Assert.Equal([(0, JsonValueKind.Null, "NoData"), (0, JsonValueKind.Null, "NoData"), (0, JsonValueKind.Number, "NotMet")], targets);
    }

    [Fact]
    public async Task The_campaign_page_and_the_campaign_list_show_无数据_and_no_bar_for_such_a_target()
    {
        var app = await apps.For(Provider.Sqlite);
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/campaigns/js-2013");
        var list = await client.GetStringAsync("/");

        Assert.Equal(2, Count(page, "无数据"));
        Assert.DoesNotContain("width:100%", page, StringComparison.Ordinal);
        Assert.Contains("无数据", list, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

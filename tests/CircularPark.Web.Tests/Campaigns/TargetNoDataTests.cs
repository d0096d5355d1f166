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
        // 苏南/苏中/苏北 against the provincial average: no parks anywhere, so no verdict (never "met").
        var groups = jiangsu.GetProperty("regionGroups").EnumerateArray().Select(g => (g.GetProperty("nameZh").GetString(), g.GetProperty("verdict").GetString(),
            g.GetProperty("cities").GetArrayLength())).ToList();
        Assert.Equal([("苏南", "NoData", 5), ("苏中", "NoData", 3), ("苏北", "NoData", 5)], groups);
    }

    [Fact]
    public async Task The_campaign_page_and_the_campaign_list_show_无数据_and_no_bar_for_such_a_target()
    {
        var app = await apps.For(Provider.Sqlite);
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/campaigns/js-2013");
        var list = await client.GetStringAsync("/");

        Assert.Equal(2, Count(page, "<span class=\"muted\">无数据</span>")); // the two share targets; the count target has data
        Assert.Contains("苏南", page, StringComparison.Ordinal); // the regional groups, with no parks, read 无数据 too
        Assert.DoesNotContain("达到要求", page, StringComparison.Ordinal);
        Assert.DoesNotContain("width:100%", page, StringComparison.Ordinal);
        Assert.Contains("无数据", list, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

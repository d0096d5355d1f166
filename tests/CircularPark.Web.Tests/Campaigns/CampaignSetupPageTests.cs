using System.Text.RegularExpressions;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>
/// The campaign set-up form labels every input (issue 14): targets and report lines are tables with column heads, the
/// review checklist is a table of items in Chinese and English (no "code|中文|English" box), and what is typed there is
/// what the campaign keeps: the national items in order, a cleared item removed, a new one added.
/// </summary>
public partial class CampaignSetupPageTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task The_checklist_is_a_table_of_items_and_the_campaign_keeps_what_was_typed_in_it()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");

        var form = await province.GetStringAsync("/selection/new");

        Assert.DoesNotContain("code|中文|English", form, StringComparison.Ordinal);
        foreach (var head in new[] { "<th>评审要点（中文）</th>", "<th>比例（%）</th>", "<th>报送方</th>" })
            Assert.Contains(head, form, StringComparison.Ordinal);
        var items = ItemZh().Matches(form).Select(m => (Index: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.True(items.Count >= 15);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value, ["Form.Code"] = "setup-page-2026", ["Form.TitleZh"] = "关于开展 2026 年园区循环化改造试点的通知",
            ["Form.DocumentNumber"] = "粤工信节能函〔2026〕9号", ["Form.ScopeRegion"] = "440000", ["Form.TaskTemplate"] = "NationalFive",
        };
        foreach (var (index, text) in items) fields[$"Form.Checklist[{index}].LabelZh"] = text;
        foreach (var code in CodeInputs().Matches(form)) fields[$"Form.Checklist[{((Match)code).Groups[1].Value}].Code"] = ((Match)code).Groups[2].Value;
        fields["Form.Checklist[0].LabelZh"] = "";                                         // the first national item removed
        fields[$"Form.Checklist[{items.Count}].LabelZh"] = "园区数字化管理平台建设情况"; // a new item in the first empty row

        var created = await province.PostAsync("/selection/new", new FormUrlEncodedContent(fields));

        Assert.Equal("/campaigns/setup-page-2026", created.RequestMessage!.RequestUri!.AbsolutePath);
        var kept = (await app.WithDbAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Code == "setup-page-2026"))).Checklist;
        Assert.Equal(items.Count, kept.Count);
        Assert.DoesNotContain(kept, i => i.LabelZh == items[0].Text);
        Assert.Contains(kept, i => i.LabelZh == "园区数字化管理平台建设情况" && i.Code == $"item-{items.Count + 1}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Form.Checklist\\[(\\d+)\\].LabelZh\" value=\"([^\"]+)\"")]
    private static partial Regex ItemZh();

    [GeneratedRegex("name=\"Form.Checklist\\[(\\d+)\\].Code\" value=\"([^\"]+)\"")]
    private static partial Regex CodeInputs();
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CircularPark.BrowserTests.PlanJourneyTests;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 14, "forms people can finish" (ADR 0087): the plan editor shows one section at a time, chosen from its tabs or its
/// previous / next buttons, and stays one form — what is typed in two sections is kept by one save. 提交前检查 names
/// what the draft still lacks for submission, each part linking to its section, the tab of such a section is marked, and
/// the submit button says why it would be refused before anyone presses it. Checked at 1366 and 1024 px.
/// </summary>
public class PlanSectionsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_park_types_in_two_sections_saves_once_and_is_shown_what_submission_still_needs()
    {
        var (page, errors) = await app.SignedInPageAsync("park@demo.cn");
        await page.GotoAsync("/parks?q=英红");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "实施方案" }).ClickAsync();
        await page.GetByLabel("基准年").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建实施方案" }).ClickAsync();

        var sections = page.GetByRole(AriaRole.Navigation, new() { Name = "方案章节" });
        var check = page.GetByRole(AriaRole.Region, new() { Name = "提交前检查" });
        var project = page.GetByRole(AriaRole.Group, new() { Name = "重点项目 1" });
        await Assertions.Expect(check.Locator("li.missing")).ToHaveTextAsync(["✗ 园区基本情况 待补充", "✗ 物质流分析 待补充", "✗ 重点项目（至少一项） 待补充", "✗ 主要指标目标（至少一项） 待补充"]);
        await Assertions.Expect(sections.Locator("a:has(.missing-mark)")).ToHaveTextAsync([new Regex("^园区基本情况"), new Regex("^重点项目"), new Regex("^主要指标与预期成效")]);
        await Assertions.Expect(page.Locator("form section[data-section]:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(project.GetByLabel("项目名称")).ToBeHiddenAsync();
        await Screens.CheckAsync(page, "plan-editor-basic");

        await page.GetByLabel("园区基本情况").FillAsync("英红工业园位于英德市北部，规划面积37.8平方公里。");
        await page.GetByLabel("物质流分析").FillAsync("改造前后物质流见附图。");
        await OpenSectionAsync(page, "重点项目");
        await Assertions.Expect(page.GetByLabel("园区基本情况")).ToBeHiddenAsync();
        await Assertions.Expect(project.GetByLabel("项目名称")).ToBeVisibleAsync();
        Assert.EndsWith("#sec-projects", page.Url, StringComparison.Ordinal);
        await Screens.CheckAsync(page, "plan-editor-projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "下一章：主要指标与预期成效" }).ClickAsync();
        await page.GetByLabel("指标 1", new() { Exact = true }).SelectOptionAsync("WRR");
        await page.GetByLabel("指标 1 的 2023 年目标").FillAsync("88");
        await Screens.CheckAsync(page, "plan-editor-targets");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        // One save kept what was typed in both sections; only the key projects are still missing, and submitting says so.
        await Assertions.Expect(page.GetByText("英红工业园位于英德市北部，规划面积37.8平方公里。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "主要指标与预期成效" })).ToContainTextAsync("88");
        await Assertions.Expect(check.Locator("li.missing")).ToHaveTextAsync(["✗ 重点项目（至少一项） 待补充"]);
        await Assertions.Expect(check.Locator("li.done")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByText("尚缺 1 项提交所需的内容，补齐后才能提交")).ToBeVisibleAsync();
        await Screens.CheckAsync(page, "plan-draft-check");

        // The missing part links to its section in the editor, which a reload keeps.
        await check.GetByRole(AriaRole.Link, new() { Name = "重点项目（至少一项）" }).ClickAsync();
        await Assertions.Expect(project.GetByLabel("项目名称")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(project.GetByLabel("项目名称")).ToBeVisibleAsync();
        await Assertions.Expect(sections.GetByRole(AriaRole.Link, new() { Name = "重点项目" })).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(page.GetByLabel("园区基本情况")).ToBeHiddenAsync();
        await project.GetByLabel("项目名称").FillAsync("废瓷渣再生骨料生产线");
        await project.GetByLabel("总投资（万元）").FillAsync("3000");
        await project.GetByLabel("自筹（万元）").FillAsync("3000");
        await project.GetByLabel("开工年").FillAsync("2021");
        await project.GetByLabel("完工年").FillAsync("2022");
        await project.GetByLabel("项目 1 的 2021 年投资（万元）").FillAsync("1800");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "重点项目" })).ToContainTextAsync("废瓷渣再生骨料生产线");
        await Assertions.Expect(check.Locator("li.missing")).ToHaveCountAsync(0);
        await Assertions.Expect(check).ToContainTextAsync("必填部分已齐全，可以提交。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .badge").First).ToHaveTextAsync("已提交");
        Assert.Empty(errors);
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class PlanJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_park_committee_writes_its_plan_in_the_browser_and_exports_a_valid_docx()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("park@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.GotoAsync("/parks?q=英红");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "实施方案" }).ClickAsync();
        await page.GetByLabel("基准年").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建实施方案" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "编辑实施方案：英德市英红工业园循环化改造实施方案" })).ToBeVisibleAsync();
        await page.GetByLabel("园区基本情况").FillAsync("英红工业园位于英德市北部，面积37.8平方公里。");
        // Guangdong's 923号 sets no main tasks (ADR 0077), so its plans start without task sections.
        await Assertions.Expect(page.GetByLabel("促进产业循环链接")).ToHaveCountAsync(0);
        await OpenSectionAsync(page, "重点项目");
        var project = page.GetByRole(AriaRole.Group, new() { Name = "重点项目 1" });
        await project.GetByLabel("项目名称").FillAsync("废钢铁再生利用项目");
        await project.GetByLabel("实施主体").FillAsync("英德某再生资源公司");
        await project.GetByLabel("总投资（万元）").FillAsync("12000");
        await project.GetByLabel("申请补助（万元）").FillAsync("2000");
        await project.GetByLabel("自筹（万元）").FillAsync("10000");
        await project.GetByLabel("开工年").FillAsync("2021");
        await project.GetByLabel("完工年").FillAsync("2022");
        await project.GetByLabel("项目 1 的 2021 年投资（万元）").FillAsync("7000");
        await project.GetByLabel("项目 1 的 2022 年投资（万元）").FillAsync("5000");
        await OpenSectionAsync(page, "主要指标与预期成效");
        await page.GetByLabel("指标 1", new() { Exact = true }).SelectOptionAsync("WRR");
        await page.GetByLabel("指标 1 的 2023 年目标").FillAsync("85");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "重点项目" })).ToContainTextAsync("废钢铁再生利用项目");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "主要指标与预期成效" })).ToContainTextAsync("工业用水重复利用率");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-plan.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出 Word 实施方案" }).ClickAsync());
        var path = await download.PathAsync();
        using (var document = WordprocessingDocument.Open(path!, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
            Assert.Contains("废钢铁再生利用项目", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_bad_amount_in_the_plan_form_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var (page, _) = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("guangdong@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GotoAsync("/parks?q=惠东");
        await page.GetByRole(AriaRole.Link, new() { Name = "惠东产业转移工业园" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "实施方案" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建实施方案" }).ClickAsync();

        var project = page.GetByRole(AriaRole.Group, new() { Name = "重点项目 1" });
        await OpenSectionAsync(page, "重点项目");
        await project.GetByLabel("项目名称").FillAsync("鞋材废弃物综合利用补链项目");
        await project.GetByLabel("总投资（万元）").FillAsync("800");
        await project.GetByLabel("申请补助（万元）").FillAsync("1000");
        await project.GetByLabel("开工年").FillAsync("2021");
        await project.GetByLabel("完工年").FillAsync("2022");
        await OpenSectionAsync(page, "园区基本情况");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert, new() { Name = "问题" })).ToContainTextAsync("资金来源合计 1000 万元超过总投资 800 万元");
        // The editor reopens on the section of the first error (ADR 0087), whichever section was shown when saving.
        await Assertions.Expect(project.GetByLabel("项目名称")).ToBeVisibleAsync();
        await Assertions.Expect(project.GetByLabel("项目名称")).ToHaveValueAsync("鞋材废弃物综合利用补链项目");
        await Assertions.Expect(page.GetByLabel("园区基本情况")).ToBeHiddenAsync();
    }

    /// <summary>Opens a section of the plan editor from its tabs (the editor shows one section at a time, ADR 0087).</summary>
    internal static Task OpenSectionAsync(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "方案章节" }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
}

using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class ReportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly List<string> _errors = [];

    private async Task<IPage> SignInAsync(string email)
    {
        var (page, errors) = await app.NewPageAsync();
        page.PageError += (_, e) => _errors.Add(e);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        Assert.Empty(errors);
        return page;
    }

    /// <summary>The demo park gets a plan with one key project through the API (the plan journey shows the form).</summary>
    private static async Task<int> PlanWithOneProjectAsync(IPage page)
    {
        await page.GotoAsync("/reports");
        var dashboard = await page.GetByRole(AriaRole.Link, new() { Name = "园区看板" }).GetAttributeAsync("href");
        var park = int.Parse(dashboard!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        var created = await page.APIRequest.PostAsync($"/api/parks/{park}/plans", new() { DataObject = new { campaign = "gd-2020-923", baselineYear = 2020 } });
        var plan = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("planId").GetInt32();
        var saved = await page.APIRequest.PutAsync($"/api/plans/{plan}/versions/1", new()
        {
            DataObject = new
            {
                content = new
                {
                    baselineYear = 2020, periodStartYear = 2021, periodEndYear = 2023, basicSituation = "英红工业园。",
                    materialFlowAnalysis = "", benefitEconomic = "", benefitEnvironmental = "", benefitSocial = "", safeguards = "",
                    tasks = Array.Empty<object>(), targets = Array.Empty<object>(), pollutants = Array.Empty<object>(),
                    projects = new[] { new { key = "P01", name = "废钢铁再生利用项目", @class = "ChainFilling", totalInvestment = 12_000.0, selfFunded = 12_000.0, startYear = 2021, endYear = 2027,
                        yearlyInvestment = new[] { new { year = 2026, value = 6_000.0 }, new { year = 2027, value = 6_000.0 } } } },
                },
                version = 0,
            },
        });
        Assert.True(saved.Ok, await saved.TextAsync());
        return park;
    }

    [Fact]
    public async Task A_park_submits_its_yearly_report_the_city_returns_it_the_park_resubmits_and_the_city_accepts()
    {
        var park = await SignInAsync("park@demo.cn");
        await PlanWithOneProjectAsync(park);
        await park.GotoAsync("/reports");
        await park.GetByRole(AriaRole.Row, new() { Name = "2026" }).GetByRole(AriaRole.Link, new() { Name = "填写" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Table, new() { Name = "重点项目进展" })).ToContainTextAsync("废钢铁再生利用项目");
        var requirement = park.Url.Split('/')[^2];
        await park.GetByLabel("P01 建设状态").FillAsync("在建");
        await park.GetByLabel("P01 完成比例（%）").FillAsync("150");
        await park.GetByLabel("节能量（tce）").FillAsync("1200");
        await park.GetByLabel("工作进展").FillAsync("废钢铁再生利用项目主体完工。");
        await park.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Alert, new() { Name = "请修改以下内容" })).ToContainTextAsync("P01 · 完成比例（%）：完成比例“150”应在 0–100 之间");
        await park.GetByLabel("节水量（m³）").FillAsync("三万");
        await park.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Alert, new() { Name = "请修改以下内容" })).ToContainTextAsync("节水量（m³）：“三万”不是有效的数字");
        await park.GetByLabel("节水量（m³）").FillAsync("");
        await park.GetByLabel("P01 完成比例（%）").FillAsync("45");
        await park.GetByLabel("P01 本年完成投资（万元）").FillAsync("5400");
        await park.GetByLabel("P01 累计完成投资（万元）").FillAsync("5400");
        await park.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
        await Assertions.Expect(park.GetByTestId("report-status")).ToHaveTextAsync("已提交");
        var reportUrl = park.Url;

        var city = await SignInAsync("qingyuan@demo.cn");
        await city.GotoAsync("/reports");
        await city.GetByRole(AriaRole.Table, new() { Name = "待我审核" }).GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" }).ClickAsync();
        await city.GetByRole(AriaRole.Button, new() { Name = "地市退回" }).ClickAsync();
        await Assertions.Expect(city.GetByRole(AriaRole.Alert)).ToContainTextAsync("退回或重新打开必须说明原因");
        await city.GetByLabel("原因").FillAsync("节能量缺少测算依据");
        await city.GetByRole(AriaRole.Button, new() { Name = "地市退回" }).ClickAsync();
        await Assertions.Expect(city.GetByTestId("report-status")).ToHaveTextAsync("已退回");

        await park.GotoAsync("/reports");
        await park.GetByRole(AriaRole.Row, new() { Name = "2026" }).GetByRole(AriaRole.Link, new() { Name = "填写" }).ClickAsync();
        await Assertions.Expect(park.GetByLabel("节能量（tce）")).ToHaveValueAsync("1200");
        await park.GetByLabel("节能量（tce）").FillAsync("1100");
        await park.GetByLabel("工作进展").FillAsync("废钢铁再生利用项目主体完工；节能量按设备能效测算。");
        await park.GetByRole(AriaRole.Button, new() { Name = "保存并提交" }).ClickAsync();
        await Assertions.Expect(park.GetByTestId("report-status")).ToHaveTextAsync("已提交");

        await city.GotoAsync(reportUrl);
        await city.GetByRole(AriaRole.Button, new() { Name = "地市审核通过" }).ClickAsync();
        await Assertions.Expect(city.GetByTestId("report-status")).ToHaveTextAsync("地市已审核");
        var versions = city.GetByRole(AriaRole.Table, new() { Name = "版本", Exact = true });
        await Assertions.Expect(versions.GetByRole(AriaRole.Row)).ToHaveCountAsync(3); // header + two versions
        await Assertions.Expect(versions).ToContainTextAsync("第 2 版");
        var history = city.GetByRole(AriaRole.Table, new() { Name = "审核记录", Exact = true });
        await Assertions.Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(5); // header + submit, return, submit, accept
        await Assertions.Expect(history).ToContainTextAsync("节能量缺少测算依据");
        await Assertions.Expect(city.GetByRole(AriaRole.Table, new() { Name = "版本差异" })).ToContainTextAsync("energySavedTce");
        await city.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-report.png"), FullPage = true });

        await city.GotoAsync($"/reports/timeliness?requirementId={requirement}&period=2026");
        await city.WaitForSelectorAsync("body[data-chart-ready]");
        await Assertions.Expect(city.GetByRole(AriaRole.Table, new() { Name = "报送完整率与及时率" }).GetByRole(AriaRole.Row, new() { Name = "清远市" })).ToHaveTextAsync("清远市2110150%50%"); // 英红 on time, 连州 not yet
        await city.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-timeliness.png"), FullPage = true });
        await park.GotoAsync("/reports");
        await park.GetByRole(AriaRole.Link, new() { Name = "园区看板" }).ClickAsync();
        await park.WaitForSelectorAsync("body[data-projects-ready]");
        await Assertions.Expect(park.GetByRole(AriaRole.Table, new() { Name = "重点项目进度" })).ToContainTextAsync("滞后"); // 45 % against 50 % planned for 2026
        await park.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-dashboard.png"), FullPage = true });
        Assert.Empty(_errors);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// The ministry lands on the national overview and drills down to a province and a city; a province sees the 2023 reports
/// nobody submitted as 逾期未报 with the right count (issue 14). Each page is checked at 1366 and 1024 px.
/// </summary>
public class OverviewJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_ministry_drills_down_from_the_nation_to_a_province_and_a_city()
    {
        var (page, errors) = await app.SignedInPageAsync("ministry@demo.cn");
        await page.WaitForURLAsync("**/overview");
        var parks = page.GetByRole(AriaRole.Table, new() { Name = "园区与国家目标" });

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("全国园区循环化改造总览");
        await Assertions.Expect(parks.Locator("tbody tr")).ToHaveCountAsync(38); // 37 reporting units and the total
        await Assertions.Expect(parks.GetByRole(AriaRole.Row, new() { Name = "深圳市 计划单列市" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Screens.CheckAsync(page, "overview-nation");

        await parks.GetByRole(AriaRole.Link, new() { Name = "广东省", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("广东省园区循环化改造总览");
        await Assertions.Expect(page.GetByText("深圳市为计划单列市")).ToHaveCountAsync(1);
        await Screens.CheckAsync(page, "overview-guangdong");

        await parks.GetByRole(AriaRole.Link, new() { Name = "清远市", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("清远市园区循环化改造总览");
        await Assertions.Expect(parks.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/parks/\\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "上级地区" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["全国", "广东省"]);
        await Screens.CheckAsync(page, "overview-qingyuan");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_province_sees_the_2023_reports_nobody_submitted_as_overdue()
    {
        var (page, errors) = await app.SignedInPageAsync("guangdong@demo.cn");
        await page.WaitForURLAsync("**/overview");
        await page.GetByLabel("报告年度").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        // Nobody here ever submitted a 2023 report: every one owed is 逾期未报 (the exact figures are OverviewTests'), and the
        // page shows the count the API gives.
        var figures = await (await app.ApiClientAsync("guangdong@demo.cn")).GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
        var (expected, overdue) = (figures.GetProperty("total").GetProperty("reports").GetProperty("expected").GetInt32(),
            figures.GetProperty("total").GetProperty("reports").GetProperty("overdue").GetInt32());
        Assert.True(overdue > 0 && overdue == expected);
        await Assertions.Expect(page.GetByTestId("overdue-total")).ToContainTextAsync($"2023 年度逾期未报（份）{overdue}");
        var reports = page.GetByRole(AriaRole.Table, new() { Name = "2023 年度报告与验收结果" });
        var qingyuan = figures.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nameZh").GetString() == "清远市");
        await Assertions.Expect(reports.GetByRole(AriaRole.Row, new() { Name = "清远市" }).Locator("td.overdue").First)
            .ToHaveTextAsync(qingyuan.GetProperty("reports").GetProperty("overdue").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screens.CheckAsync(page, "overview-guangdong-2023");
        Assert.Empty(errors);
    }
}

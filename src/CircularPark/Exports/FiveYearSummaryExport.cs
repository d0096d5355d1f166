using System.Globalization;
using CircularPark.Localization;
using CircularPark.Reports;

namespace CircularPark.Exports;

/// <summary>The province's five-year summary for the nation as xlsx (parks with a totals row; indicators) and as docx.</summary>
public static class FiveYearSummaryExport
{
    private static readonly string[] Header =
        ["园区", "属地", "状态", "已报年度报告（份）", "应报年度报告（份）", "重点项目（个）", "滞后项目（个）", "计划投资（万元）", "累计完成投资（万元）", "累计节能量（tce）", "累计节水量（m³）", "累计二氧化碳减排（t）", "主要问题"];

    private static readonly string[] IndicatorHeader = ["园区", "指标", "单位", "基准值", "末年值", "目标值", "达标率", "是否达标"];

    public static byte[] Xlsx(FiveYearSummary summary)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("园区汇总");
        sheet.Row(XlsxStyle.Title, Title(summary)).Merge($"A1:{XlsxBuilder.ColumnName(Header.Length - 1)}1");
        sheet.Row(XlsxStyle.Header, Header.Select(h => (object?)h).ToArray());
        foreach (var line in summary.Parks) sheet.Row(XlsxStyle.Bordered, Cells(line, total: false));
        sheet.Row(XlsxStyle.Header, Cells(summary.Total, total: true));
        sheet.ColumnWidths(30, 10, 12, 10, 10, 10, 10, 14, 14, 12, 12, 14, 30);
        var indicators = book.Sheet("指标");
        indicators.Row(XlsxStyle.Header, IndicatorHeader.Select(h => (object?)h).ToArray());
        foreach (var i in summary.Indicators) indicators.Row(XlsxStyle.Bordered, IndicatorCells(i));
        indicators.ColumnWidths(30, 24, 12, 12, 12, 12, 10, 10);
        if (summary.Funds is { Lines.Count: > 0 } funds) FundsExport.BreakdownSheet(book, funds);
        return book.Build();
    }

    public static byte[] Docx(FiveYearSummary summary)
    {
        var t = summary.Total;
        var docx = new DocxBuilder()
            .Title(Title(summary))
            .Blank()
            .Text($"{summary.FromYear}—{summary.ToYear}年，{summary.CampaignTitle}涉及本地区园区 {summary.Parks.Count} 个，应报年度报告 {t.ReportsDue} 份，已报 {t.ReportsSubmitted} 份；列入实施方案的重点项目 {t.Projects} 个（滞后 {t.DelayedProjects} 个），计划投资 {N(t.PlannedInvestment)} 万元，累计完成投资 {N(t.InvestmentCompleted)} 万元；累计实现节能 {N(t.EnergySavedTce)} 吨标准煤、节水 {N(t.WaterSavedM3)} 立方米、减排二氧化碳 {N(t.Co2CutT)} 吨。")
            .Heading("一、各园区实施情况")
            .Table(Header.Take(12).ToList(), summary.Parks.Append(t).Select(l => (IReadOnlyList<string>)Cells(l, l.ParkId == 0).Take(12).Select(ProvinceSummaryExport.Show).ToList()),
                [4, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2])
            .Heading("二、主要指标完成情况")
            .Table(IndicatorHeader, summary.Indicators.Select(i => (IReadOnlyList<string>)IndicatorCells(i).Select(ProvinceSummaryExport.Show).ToList()), [4, 4, 2, 2, 2, 2, 2, 1])
            .Heading("三、存在的问题");
        foreach (var line in summary.Parks.Where(l => l.Difficulties.Length > 0)) docx.Text($"{line.Park}：{line.Difficulties}");
        if (summary.Funds is { Lines.Count: > 0 } funds) FundsExport.BreakdownSection(docx, funds, "四、资金安排及拨付情况");
        return docx.Build();
    }

    private static string Title(FiveYearSummary s) => $"{s.Province}“十四五”园区循环化改造工作总结报告（{s.FromYear}—{s.ToYear}年）";

    private static object?[] Cells(FiveYearParkLine l, bool total) =>
    [
        l.Park, l.City, total ? "" : Text.Label(l.State).Zh, l.ReportsSubmitted, l.ReportsDue, l.Projects, l.DelayedProjects, l.PlannedInvestment, l.InvestmentCompleted,
        l.EnergySavedTce, l.WaterSavedM3, l.Co2CutT, l.Difficulties,
    ];

    private static object?[] IndicatorCells(FiveYearIndicatorLine i) =>
    [
        i.Park, i.NameZh, i.Unit, Round(i.Baseline), Round(i.Latest), Round(i.Target),
        i.Ratio is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—", i.Passed switch { true => "是", false => "否", null => "—" },
    ];

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;

    private static string N(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

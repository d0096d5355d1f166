using System.Globalization;
using CircularPark.Localization;
using CircularPark.Reports;

namespace CircularPark.Exports;

/// <summary>The province's yearly summary for the nation as xlsx (one row per park and a totals row) and as docx.</summary>
public static class ProvinceSummaryExport
{
    private static readonly string[] Header =
        ["园区", "属地", "状态", "重点项目（个）", "计划投资（万元）", "累计完成投资（万元）", "节能量（tce）", "节水量（m³）", "二氧化碳减排（t）", "单位增加值能耗（tce/万元）", "固废综合利用率（%）", "年度报告", "主要困难"];

    public static byte[] Xlsx(ProvinceSummary summary)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("年度汇总");
        sheet.Row(XlsxStyle.Title, $"{summary.Province}{summary.Year}年园区循环化改造工作总体进展（{summary.CampaignTitle}）").Merge($"A1:{XlsxBuilder.ColumnName(Header.Length - 1)}1");
        sheet.Row(XlsxStyle.Header, Header.Select(h => (object?)h).ToArray());
        foreach (var line in summary.Parks) sheet.Row(XlsxStyle.Bordered, Cells(line, total: false));
        sheet.Row(XlsxStyle.Header, Cells(summary.Total, total: true));
        sheet.ColumnWidths(30, 10, 12, 10, 14, 14, 12, 12, 14, 14, 12, 14, 30);
        if (summary.Funds is { Lines.Count: > 0 } funds) FundsExport.BreakdownSheet(book, funds);
        return book.Build();
    }

    public static byte[] Docx(ProvinceSummary summary)
    {
        var docx = new DocxBuilder()
            .Title($"{summary.Province}{summary.Year}年园区循环化改造工作总体进展情况")
            .Blank()
            .Text($"{summary.CampaignTitle}涉及本地区园区 {summary.Parks.Count} 个，列入实施方案的重点项目 {summary.Total.Projects} 个，计划投资 {N(summary.Total.PlannedInvestment)} 万元，累计完成投资 {N(summary.Total.InvestmentCompleted)} 万元；{summary.Year}年实现节能 {N(summary.Total.EnergySavedTce)} 吨标准煤、节水 {N(summary.Total.WaterSavedM3)} 立方米、减排二氧化碳 {N(summary.Total.Co2CutT)} 吨。")
            .Heading("一、各园区进展情况");
        ParkTable(docx, summary.Parks, summary.Total).Heading("二、存在的问题与困难");
        foreach (var line in summary.Parks.Where(l => l.Difficulties.Length > 0)) docx.Text($"{line.Park}：{line.Difficulties}");
        if (summary.Funds is { Lines.Count: > 0 } funds) FundsExport.BreakdownSection(docx, funds, "三、资金安排及拨付情况");
        return docx.Build();
    }

    /// <summary>The parks' lines and the total as a docx table (also in a city's yearly report).</summary>
    internal static DocxBuilder ParkTable(DocxBuilder docx, IEnumerable<SummaryParkLine> parks, SummaryParkLine total) =>
        docx.Table(Header.Take(12).ToList(), parks.Append(total).Select(l => (IReadOnlyList<string>)Cells(l, l.ParkId == 0).Take(12).Select(Show).ToList()),
            [4, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2]);

    internal static string Show(object? cell) => cell switch { double d => N(d), int i => i.ToString(CultureInfo.InvariantCulture), _ => cell?.ToString() ?? "" };

    private static object?[] Cells(SummaryParkLine l, bool total) =>
    [
        l.Park, l.City, total ? "" : State(l), l.Projects, l.PlannedInvestment, l.InvestmentCompleted, l.EnergySavedTce, l.WaterSavedM3, l.Co2CutT,
        l.EnergyIntensity is { } e ? Math.Round(e, 6) : null, l.SolidWasteUtilisation is { } s ? Math.Round(s, 2) : null,
        total ? "" : l.Report is { } r ? Text.Label(r).Zh : "未报送", l.Difficulties,
    ];

    /// <summary>The park's state, with its acceptance standing once it has reached that stage (a missed deadline counts as failed).</summary>
    private static string State(SummaryParkLine l) =>
        l.Acceptance is { } standing && standing != Acceptance.AcceptanceStandingKind.Awaiting ? $"{Text.Label(l.State).Zh}；{Text.Label(standing).Zh}" : Text.Label(l.State).Zh;

    private static string N(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

using CircularPark.Indicators;
using CircularPark.Statistics;

namespace CircularPark.Exports;

/// <summary>Indicator tables and statistics as xlsx: one sheet per view, Chinese headers, invariant numbers.</summary>
public static class IndicatorExport
{
    public static byte[] Indicators(IndicatorResults results)
    {
        var book = new XlsxBuilder();
        var parks = book.Sheet("园区指标");
        parks.Row(XlsxStyle.Header, ["园区", "年度", "综合能耗（tce）", "二氧化碳（t）", .. results.Indicators.Select(i => (object?)$"{i.Definition.NameZh}（{i.Definition.Unit}）")]);
        foreach (var p in results.Parks)
            parks.Row(XlsxStyle.Bordered, [p.Park, p.Year, Round(p.TotalTce), Round(p.TotalCo2), .. results.Indicators.Select(i => (object?)Round(p.Values.FirstOrDefault(v => v.Code == i.Code).Value))]);
        parks.ColumnWidths([30, 8, 14, 14, .. results.Indicators.Select(_ => 16.0)]);
        var rollUps = book.Sheet("汇总");
        rollUps.Row(XlsxStyle.Header, ["层级", "地区代码", "年度", .. results.Indicators.Select(i => (object?)$"{i.Definition.NameZh}（{i.Definition.Unit}）")]);
        foreach (var r in results.RollUps)
            rollUps.Row(XlsxStyle.Bordered, [r.Level, r.Code, r.Year, .. r.Values.Select(v => (object?)Round(v.Value))]);
        return book.Build();
    }

    public static byte[] Statistics(ParkStatisticsView view)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("统计数据");
        sheet.Row(XlsxStyle.Header, "园区名称", "年份", "数据项", "名称", "数值", "单位", "填报数值", "填报单位", "说明");
        foreach (var v in view.Values)
            sheet.Row(XlsxStyle.Bordered, view.Park, view.Year, v.Code, v.NameZh, v.Value, v.Unit, v.EnteredValue, v.EnteredUnit, v.Comment);
        sheet.ColumnWidths(30, 8, 14, 24, 14, 10, 14, 10, 30);
        return book.Build();
    }

    private static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 6) : null;
}

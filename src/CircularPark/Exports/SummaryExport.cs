using System.Globalization;
using CircularPark.Campaigns;

namespace CircularPark.Exports;

/// <summary>
/// The campaign summary in the layout of Shandong's Attachment 1: a row per city, for each year total / national /
/// provincial, then the cumulative columns. As in the document, an empty year cell stays blank in xlsx while the
/// cumulative cells always carry a number; the CSV carries numbers everywhere for machines.
/// </summary>
public static class SummaryExport
{
    public static byte[] Xlsx(CampaignSummaryResult summary, string title)
    {
        var years = summary.Years;
        var last = years.Count == 0 ? "" : years[^1].ToString(CultureInfo.InvariantCulture);
        var book = new XlsxBuilder();
        var sheet = book.Sheet("汇总表");
        var width = 1 + 3 * (years.Count + 1);
        sheet.Row(XlsxStyle.Title, title).Merge($"A1:{XlsxBuilder.ColumnName(width - 1)}1");
        sheet.Row(XlsxStyle.Header, [
            "单位", .. years.SelectMany(y => new object?[] { $"{y}年", null, null }), $"到{last}年累计完成", null, null,
        ]);
        sheet.Row(XlsxStyle.Header, ["", .. Enumerable.Range(0, years.Count + 1).SelectMany(_ => new object?[] { "合计", "其中：国家级", "省级" })]);
        sheet.Merge("A2:A3");
        for (var i = 0; i <= years.Count; i++)
            sheet.Merge($"{XlsxBuilder.ColumnName(1 + 3 * i)}2:{XlsxBuilder.ColumnName(3 + 3 * i)}2");
        foreach (var line in new[] { summary.Total }.Concat(summary.Cities))
            sheet.Row(XlsxStyle.Bordered, [line.NameZh, .. line.Years.SelectMany(Blank), .. Numbers(line.Cumulative)]);
        sheet.ColumnWidths([12, .. Enumerable.Repeat(8.0, width - 1)]);
        return book.Build();
    }

    public static byte[] Csv(CampaignSummaryResult summary)
    {
        var header = new List<object?> { "单位", "地区代码" };
        foreach (var year in summary.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).Append("累计"))
            header.AddRange([$"{year}合计", $"{year}国家级", $"{year}省级"]);
        var lines = new[] { summary.Total }.Concat(summary.Cities)
            .Select(line => new object?[] { line.NameZh, line.CityCode ?? "" }.Concat(line.Years.Append(line.Cumulative).SelectMany(Numbers)));
        return CsvWriter.Write([header, .. lines]);
    }

    private static object?[] Numbers(LevelCounts c) => [c.Total, c.National, c.Provincial];

    private static object?[] Blank(LevelCounts c) =>
        [c.Total == 0 ? null : c.Total, c.National == 0 ? null : c.National, c.Provincial == 0 ? null : c.Provincial];
}

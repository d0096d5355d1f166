using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Parks;

namespace CircularPark.Exports;

/// <summary>
/// The campaign summary in the layout of Shandong's Attachment 1: a row per city (a national campaign: per province with
/// its subtotal, then its cities), for each year 合计 and the level columns the table shows
/// (<see cref="CampaignSummaryResult.Levels"/>), then the cumulative columns. As in the document, an empty year cell stays
/// blank in xlsx while the cumulative cells always carry a number. The CSV is for machines: numbers everywhere, every
/// level column always, and a column saying whether a line is the total, a province's subtotal or a city.
/// </summary>
public static class SummaryExport
{
    private static readonly ParkLevel[] AllLevels = [ParkLevel.National, ParkLevel.Provincial, ParkLevel.NotStated, ParkLevel.Other];

    /// <summary>The heading of a level column as the documents write it (国家级 is the first part of 合计, hence 其中).</summary>
    public static string LevelHeaderZh(ParkLevel level) => level switch
    {
        ParkLevel.National => "其中：国家级",
        ParkLevel.Provincial => "省级",
        ParkLevel.NotStated => "未注明",
        _ => "其他",
    };

    public static byte[] Xlsx(CampaignSummaryResult summary, string title)
    {
        var years = summary.Years;
        var span = 1 + summary.Levels.Count;
        var last = years.Count == 0 ? "" : years[^1].ToString(CultureInfo.InvariantCulture);
        var book = new XlsxBuilder();
        var sheet = book.Sheet("汇总表");
        var width = 1 + span * (years.Count + 1);
        sheet.Row(XlsxStyle.Title, title).Merge($"A1:{XlsxBuilder.ColumnName(width - 1)}1");
        sheet.Row(XlsxStyle.Header, [
            "单位", .. years.SelectMany(y => Spanning($"{y}年", span)), .. Spanning($"到{last}年累计完成", span),
        ]);
        sheet.Row(XlsxStyle.Header, ["", .. Enumerable.Range(0, years.Count + 1).SelectMany(_ => summary.Levels.Select(LevelHeaderZh).Prepend("合计"))]);
        sheet.Merge("A2:A3");
        for (var i = 0; i <= years.Count; i++)
            sheet.Merge($"{XlsxBuilder.ColumnName(1 + span * i)}2:{XlsxBuilder.ColumnName(span * (i + 1))}2");
        foreach (var line in summary.Lines)
            sheet.Row(XlsxStyle.Bordered, [line.NameZh, .. line.Years.SelectMany(c => Cells(c, summary.Levels, blank: true)), .. Cells(line.Cumulative, summary.Levels, blank: false)]);
        sheet.ColumnWidths([14, .. Enumerable.Repeat(8.0, width - 1)]);
        return book.Build();
    }

    public static byte[] Csv(CampaignSummaryResult summary)
    {
        var header = new List<object?> { "单位", "地区代码", "层级" };
        foreach (var year in summary.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).Append("累计"))
            header.AddRange([$"{year}合计", .. AllLevels.Select(l => $"{year}{LevelHeaderZh(l).Replace("其中：", "", StringComparison.Ordinal)}")]);
        var lines = summary.Lines
            .Select(line => new object?[] { line.NameZh, line.Code ?? "", KindZh(line.Kind) }
                .Concat(line.Years.Append(line.Cumulative).SelectMany(c => Cells(c, AllLevels, blank: false))));
        return CsvWriter.Write([header, .. lines]);
    }

    private static string KindZh(SummaryLineKind kind) => kind switch
    {
        SummaryLineKind.Total => "合计",
        SummaryLineKind.Province => "省级单位",
        _ => "市级单位",
    };

    private static object?[] Spanning(string heading, int span) => [heading, .. Enumerable.Repeat<object?>(null, span - 1)];

    private static IEnumerable<object?> Cells(LevelCounts c, IEnumerable<ParkLevel> levels, bool blank) =>
        new[] { c.Total }.Concat(levels.Select(c.Of)).Select(n => blank && n == 0 ? null : (object?)n);
}

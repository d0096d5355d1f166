using System.Globalization;
using CircularPark.Localization;
using CircularPark.Reviews;

namespace CircularPark.Exports;

/// <summary>A campaign's promotion plans (推进计划) as xlsx: one sheet, a title, then 序号 / 地市 / 计划年份 / 园区名称 / 状态.</summary>
public static class PromotionPlanXlsx
{
    public static byte[] Build(PromotionPlanView plan, CultureInfo culture)
    {
        var english = Bilingual.IsEnglish(culture);
        var book = new XlsxBuilder();
        var sheet = book.Sheet(english ? "Promotion plan" : "推进计划");
        sheet.Row(XlsxStyle.Title, $"{plan.CampaignTitleZh} — {Text.Get("Promotion.Title").In(culture)}").Merge("A1:E1");
        sheet.Row(XlsxStyle.Header, "序号 No.", Text.Get("Column.City").In(culture), Text.Get("Column.PlannedYear").In(culture),
            Text.Get("Column.Name").In(culture), Text.Get("Column.State").In(culture));
        var number = 0;
        foreach (var row in plan.Rows)
            sheet.Row(XlsxStyle.Bordered, ++number, english ? row.CityEn : row.CityZh, row.Year, row.Park, Text.Label(row.State, culture));
        sheet.ColumnWidths(8, 16, 12, 44, 14);
        return book.Build();
    }
}

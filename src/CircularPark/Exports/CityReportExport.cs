using CircularPark.Localization;
using CircularPark.Reports;

namespace CircularPark.Exports;

/// <summary>A city's yearly report for the province as docx: the city's text, its results, and the table of its parks.</summary>
public static class CityReportExport
{
    public static byte[] Docx(CityReportSummary summary, ReportContent content, ReportStatus status, int versionNumber)
    {
        var docx = new DocxBuilder()
            .Title($"{summary.City}{summary.Period}年园区循环化改造工作进展情况报告")
            .Caption($"{summary.RequirementZh}（{summary.CampaignTitle}）")
            .Right($"第 {versionNumber} 版 · {Text.Label(status).Zh}")
            .Heading("一、工作进展");
        Paragraphs(docx, content.Progress);
        docx.Heading("二、取得的成效");
        Paragraphs(docx, content.Results);
        docx.Text($"节能 {Amount(content.EnergySavedTce)} 吨标准煤、节水 {Amount(content.WaterSavedM3)} 立方米、减排二氧化碳 {Amount(content.Co2CutT)} 吨、减排污染物 {Amount(content.PollutantsCutT)} 吨。");
        docx.Heading("三、经验做法");
        Paragraphs(docx, content.Experience);
        docx.Heading("四、存在的困难和意见建议");
        Paragraphs(docx, content.Difficulties);
        docx.Heading("附表：各园区进展情况");
        ProvinceSummaryExport.ParkTable(docx, summary.Parks, summary.Total);
        return docx.Build();
    }

    /// <summary>One paragraph per non-empty line of a report text.</summary>
    internal static void Paragraphs(DocxBuilder docx, string? text)
    {
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) docx.Text(line);
    }

    private static string Amount(double? value) => value is { } v ? GetCityReportSummary.N(v) : "—";
}

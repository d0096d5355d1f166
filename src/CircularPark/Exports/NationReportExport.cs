using System.Globalization;
using CircularPark.Localization;
using CircularPark.Reports;

namespace CircularPark.Exports;

/// <summary>
/// A unit's report to the nation as docx (ADR 0080): the text, and for the park list the table 序号 / 园区名称 / 级别 and
/// the expected results the notice names (002 三(三)), with a total row.
/// </summary>
public static class NationReportExport
{
    public static byte[] Docx(NationReportView view, ReportContent content, ReportStatus status, int versionNumber)
    {
        var docx = new DocxBuilder()
            .Title($"{view.Unit}{view.RequirementZh}")
            .Caption($"{view.CampaignTitle}（{view.DocumentNumber}）")
            .Right($"第 {versionNumber} 版 · {Text.Label(status).Zh}");
        if (view.Principles is { Length: > 0 } principles)
        {
            docx.Heading("开展循环化改造的原则和条件");
            Paragraphs(docx, principles);
        }
        docx.Heading("一、总体情况");
        Paragraphs(docx, content.Progress);
        if (!string.IsNullOrWhiteSpace(content.Results)) { docx.Heading("二、成效"); Paragraphs(docx, content.Results); }
        if (!string.IsNullOrWhiteSpace(content.Experience)) { docx.Heading("三、经验做法"); Paragraphs(docx, content.Experience); }
        if (!string.IsNullOrWhiteSpace(content.Difficulties)) { docx.Heading("四、困难和建议"); Paragraphs(docx, content.Difficulties); }
        if (content.Parks is { Count: > 0 } parks)
        {
            docx.Heading("附表：园区清单及预期成效");
            var rows = parks.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), p.ParkName, Text.Label(p.Level).Zh,
                N(p.EnergySavedTce), N(p.WaterSavedM3), N(p.Co2CutT), N(p.SolidWasteCutT), N(p.WastewaterCutT), N(p.AirPollutantsCutT), p.Note ?? ""]).ToList();
            rows.Add(["", "合计", "", N(Total(parks, p => p.EnergySavedTce)), N(Total(parks, p => p.WaterSavedM3)), N(Total(parks, p => p.Co2CutT)),
                N(Total(parks, p => p.SolidWasteCutT)), N(Total(parks, p => p.WastewaterCutT)), N(Total(parks, p => p.AirPollutantsCutT)), ""]);
            docx.Table(["序号", "园区名称", "级别", .. ParkLineContent.Fields.Select(f => ParkLineContent.Label(f).Zh), "备注"], rows, [1, 5, 2, 2, 2, 2, 2, 2, 2, 3]);
        }
        return docx.Build();
    }

    private static double? Total(IEnumerable<ParkLineContent> parks, Func<ParkLineContent, double?> value) =>
        parks.Select(value).OfType<double>().DefaultIfEmpty().Sum();

    private static string N(double? value) => value is { } v ? GetCityReportSummary.N(v) : "—";

    private static void Paragraphs(DocxBuilder docx, string? text) => CityReportExport.Paragraphs(docx, text);
}

using System.Globalization;
using CircularPark.Localization;
using CircularPark.Overview;

namespace CircularPark.Exports;

/// <summary>
/// A region's overview (ADR 0083) as xlsx (one sheet per theme, totals last) and as docx (a short summary, then one table per
/// theme: parks by stage, national targets, reports, acceptance), in Chinese as officials file them.
/// </summary>
public static class OverviewExport
{
    private static readonly string[] StageHeader = ["园区数", "国家级", "省级", "具备条件", "未参与", "申报评审中", "列入计划", "实施中", "验收中", "通过验收", "示范园区", "未通过"];
    private static readonly string[] ReportHeader = ["应报（份）", "按时报送", "逾期报送", "逾期未报", "未到期未报"];
    private static readonly string[] AcceptanceHeader = ["通过验收", "未通过验收", "逾期未申请验收", "验收进行中"];

    public static string FileName(RegionOverview o, string extension) => $"overview-{o.Code}-{o.Year}.{extension}";

    public static byte[] Xlsx(RegionOverview o)
    {
        var book = new XlsxBuilder();
        Sheet(book, "园区", o, StageHeader, Stages);
        Sheet(book, "目标", o, TargetHeader(o), r => Targets(r));
        Sheet(book, "年度报告", o, ReportHeader, Reports);
        Sheet(book, "验收", o, AcceptanceHeader, Acceptance);
        return book.Build();
    }

    public static byte[] Docx(RegionOverview o)
    {
        var t = o.Total;
        var docx = new DocxBuilder()
            .Title(Title(o))
            .Right($"数据截至{Date(o.AsOf)}")
            .Blank()
            .Text($"{o.NameZh}在平台登记园区 {t.Parks} 个（国家级 {t.NationalLevel} 个、省级 {t.ProvincialLevel} 个），其中具备条件的 {t.Eligible} 个；"
                + $"实施中 {t.Stages.Implementing} 个、验收中 {t.Stages.InAcceptance} 个、通过验收 {t.Stages.Accepted + t.Stages.Demonstration} 个（其中示范园区 {t.Stages.Demonstration} 个）。"
                + $"{o.Year}年度应报报告 {t.Reports.Expected} 份，按时报送 {t.Reports.OnTime} 份，逾期报送 {t.Reports.Late} 份，逾期未报 {t.Reports.Overdue} 份。")
            .Heading("一、园区及改造进展");
        Table(docx, o, StageHeader, Stages);
        docx.Heading("二、国家目标完成情况");
        if (o.Targets.Count == 0) docx.Text("暂无国家级目标。");
        else
        {
            if (o.Campaign is { } campaign) docx.Text($"目标依据：{campaign}。“完成”为通过验收（含示范园区）的园区数，“应完成”为按目标比例计算的园区数。");
            Table(docx, o, TargetHeader(o), r => Targets(r));
        }
        docx.Heading($"三、{o.Year}年度报告报送情况");
        Table(docx, o, ReportHeader, Reports);
        docx.Heading("四、验收结果");
        Table(docx, o, AcceptanceHeader, Acceptance);
        if (o.ReportsApart.Count > 0)
            docx.Text($"注：{string.Join("、", o.ReportsApart.Select(r => r.NameZh))}为计划单列市，单独向国家报送；全国总览中本省一行不含其数据。");
        return docx.Build();
    }

    private static string Title(RegionOverview o) => $"{o.NameZh}园区循环化改造工作总览（{o.Year}年度）";

    private static string RowHeader(RegionOverview o) => o.RowKind switch { OverviewRowKind.Park => "园区", OverviewRowKind.Unit => "省级单位", _ => "地区" };

    private static string RowName(OverviewRow r) => r.SeparatelyPlanned ? r.NameZh + "（计划单列市）" : r.NameZh;

    private static void Sheet(XlsxBuilder book, string name, RegionOverview o, string[] header, Func<OverviewRow, object?[]> cells)
    {
        var sheet = book.Sheet(name);
        sheet.Row(XlsxStyle.Title, Title(o)).Merge($"A1:{XlsxBuilder.ColumnName(header.Length)}1");
        sheet.Row(XlsxStyle.Header, [RowHeader(o), .. header]);
        foreach (var row in o.Rows) sheet.Row(XlsxStyle.Bordered, [RowName(row), .. cells(row)]);
        sheet.Row(XlsxStyle.Header, ["合计", .. cells(o.Total)]);
        sheet.ColumnWidths([24, .. header.Select(h => Math.Max(10.0, h.Length * 2.2))]);
    }

    private static void Table(DocxBuilder docx, RegionOverview o, string[] header, Func<OverviewRow, object?[]> cells) =>
        docx.Table([RowHeader(o), .. header],
            o.Rows.Select(r => (IReadOnlyList<string>)[RowName(r), .. cells(r).Select(Show)]).Append([ "合计", .. cells(o.Total).Select(Show)]),
            [4, .. header.Select(_ => 1)]);

    private static object?[] Stages(OverviewRow r) =>
    [
        r.Parks, r.NationalLevel, r.ProvincialLevel, r.Eligible, r.Stages.None, r.Stages.Applying, r.Stages.Listed, r.Stages.Implementing,
        r.Stages.InAcceptance, r.Stages.Accepted, r.Stages.Demonstration, r.Stages.Failed,
    ];

    private static string[] TargetHeader(RegionOverview o) =>
        [.. o.Targets.SelectMany(t => new[] { $"{Level(t)}：纳入统计", $"{Level(t)}：完成", $"{Level(t)}：应完成", $"{Level(t)}：完成率" })];

    private static string Level(OverviewTarget t) =>
        (t.Level is { } level ? Text.Label(level).Zh + "园区" : "园区") + (t.Basis == Campaigns.TargetBasis.Eligible ? "（具备条件）" : "");

    private static object?[] Targets(OverviewRow r) =>
        [.. r.Targets.SelectMany(c => new object?[] { c.Counted, c.Achieved, c.Required is { } x ? x : "—", c.Rate is { } rate ? Percent(rate) : "无数据" })];

    private static object?[] Reports(OverviewRow r) => [r.Reports.Expected, r.Reports.OnTime, r.Reports.Late, r.Reports.Overdue, r.Reports.Open];

    private static object?[] Acceptance(OverviewRow r) => [r.Acceptance.Accepted, r.Acceptance.Failed, r.Acceptance.MissedDeadline, r.Acceptance.InProgress];

    private static string Show(object? cell) => ProvinceSummaryExport.Show(cell);

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}

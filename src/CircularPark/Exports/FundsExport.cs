using System.Globalization;
using CircularPark.Funds;
using CircularPark.Localization;

namespace CircularPark.Exports;

/// <summary>
/// The funds documents: 资金安排及拨付情况表 (xlsx: one row per key project and a totals row that is the sum of the rows),
/// a programme's summary (docx), and the funds-by-source-and-class table the province's summaries append.
/// </summary>
public static class FundsExport
{
    private static readonly string[] Header =
    [
        "序号", "园区", "所属市", "项目编号", "项目名称", "项目类别", "子类", "建设状态", "计划投资（万元）", "完成投资（万元）", "核定投资（万元）",
        "安排资金（万元）", "已拨付（万元）", "已追回（万元）", "待追回（万元）", "银行贷款（万元）", "资金来源", "资金计划", "滞后原因",
    ];

    public static byte[] LibraryXlsx(FundLibraryView library, string title)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("资金安排及拨付情况表");
        sheet.Row(XlsxStyle.Title, title).Merge($"A1:{XlsxBuilder.ColumnName(Header.Length - 1)}1");
        sheet.Row(XlsxStyle.Plain, $"截至 {library.AsOf.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}；金额单位：万元");
        sheet.Row(XlsxStyle.Header, Header.Select(h => (object?)h).ToArray());
        var n = 0;
        foreach (var l in library.Lines)
            sheet.Row(XlsxStyle.Bordered, ++n, l.Park, l.City, l.ProjectKey, l.ProjectName, Text.Label(l.Class).Zh, l.SubType is { } s ? ProjectSubTypes.Label(s).Zh : "",
                Text.Label(l.Status).Zh, l.PlannedInvestment, l.ActualInvestment, l.VerifiedInvestment, l.Awarded, l.Paid, l.Recovered, l.ToRecover, l.Credit,
                string.Join("、", l.Sources.Select(x => Text.Label(x).Zh)), string.Join("、", l.Programmes), l.DelayReason ?? "");
        var t = library.Totals;
        sheet.Row(XlsxStyle.Header, "合计", $"{t.Projects} 个项目", "", "", "", "", "", "", t.PlannedInvestment, t.ActualInvestment, t.VerifiedInvestment, t.Awarded, t.Paid,
            t.Recovered, t.ToRecover, t.Credit, "", "", "");
        sheet.ColumnWidths(6, 28, 10, 8, 28, 12, 16, 8, 12, 12, 12, 12, 12, 12, 12, 12, 16, 16, 30);
        return book.Build();
    }

    public static byte[] ProgrammeDocx(FundProgrammeView view, FundLibraryView library)
    {
        var p = view.Programme;
        var t = view.Totals;
        var tranches = string.Join("，", view.Tranches.Select((x, i) => $"第{i + 1}批 {Percent(x.Share)}（{Text.Label(x.Trigger).Zh}）"));
        var docx = new DocxBuilder()
            .Title($"{p.NameZh}资金安排及拨付情况")
            .Blank()
            .Text($"{p.NameZh}（{p.Year}年，{Text.Label(p.Source).Zh}{(view.DocumentNumber.Length > 0 ? "，" + view.DocumentNumber : "")}）由{p.OwnerZh}安排，预算 {M(p.Budget)} 万元，已占用 {M(p.Committed)} 万元，尚余 {M(p.Remaining)} 万元。")
            .Text($"补助比例为符合条件投资的 {Percent(view.EligibleShare)}{(view.CapPerProject is { } c ? $"，单个项目最高 {M(c)} 万元" : "")}{(view.CapPerPark is { } k ? $"，单个园区最高 {M(k)} 万元" : "")}；{tranches}；验收未通过的，追回已拨付资金的 {Percent(view.RecoveryShare)}，限 {view.RecoveryDays} 日内缴回。")
            .Text($"共安排项目 {view.Applications.Count(a => a.Award > 0)} 个，安排资金 {M(t.Award)} 万元，已拨付 {M(t.Paid)} 万元，已追回 {M(t.Repaid)} 万元。")
            .Heading("一、项目资金安排及拨付情况")
            .Table(["园区", "项目", "类别", "申请（万元）", "安排（万元）", "已拨付（万元）", "已追回（万元）", "状态"],
                view.Applications.Select(a => (IReadOnlyList<string>)[a.Park, $"{a.ProjectKey} {a.ProjectName}", ProjectSubTypes.Label(a.SubType).Zh, M(a.Requested), M(a.Award),
                    M(a.Paid), M(a.Repaid), Text.Label(a.Status).Zh])
                    .Append(["合计", "", "", M(t.Requested), M(t.Award), M(t.Paid), M(t.Repaid), ""]),
                [4, 5, 3, 2, 2, 2, 2, 2])
            .Heading("二、滞后项目");
        var late = library.Lines.Where(l => l.Status == ProjectStatus.Delayed).ToList();
        if (late.Count == 0) docx.Text("无。");
        foreach (var l in late) docx.Text($"{l.Park} {l.ProjectKey} {l.ProjectName}：{l.DelayReason ?? "进度落后于计划"}（已拨付 {M(l.Paid)} 万元）");
        return docx.Build();
    }

    private static readonly string[] BreakdownHeader = ["资金来源", "项目类别", "项目（个）", "安排资金（万元）", "本期拨付（万元）", "累计拨付（万元）", "已追回（万元）", "银行贷款（万元）"];

    /// <summary>Funds by source and class as a sheet of a summary workbook (with the totals row).</summary>
    public static void BreakdownSheet(XlsxBuilder book, FundBreakdown funds)
    {
        var sheet = book.Sheet("资金");
        sheet.Row(XlsxStyle.Header, BreakdownHeader.Select(h => (object?)h).ToArray());
        foreach (var l in funds.Lines) sheet.Row(XlsxStyle.Bordered, BreakdownCells(l, total: false));
        sheet.Row(XlsxStyle.Header, BreakdownCells(funds.Total, total: true));
        sheet.ColumnWidths(18, 16, 10, 14, 14, 14, 14, 14);
    }

    /// <summary>Funds by source and class as a section of a summary document.</summary>
    public static DocxBuilder BreakdownSection(DocxBuilder docx, FundBreakdown funds, string heading) =>
        docx.Heading(heading)
            .Text($"{funds.From.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}至{funds.To.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}，安排资金 {M(funds.Total.Awarded)} 万元，拨付 {M(funds.Total.PaidInPeriod)} 万元（累计 {M(funds.Total.PaidToDate)} 万元），追回 {M(funds.Total.Recovered)} 万元，银行贷款 {M(funds.Total.Credit)} 万元。")
            .Table(BreakdownHeader, funds.Lines.Append(funds.Total).Select(l => (IReadOnlyList<string>)BreakdownCells(l, l == funds.Total).Select(Show).ToList()), [3, 3, 1, 2, 2, 2, 2, 2]);

    private static object?[] BreakdownCells(FundBreakdownLine l, bool total) =>
        [total ? "合计" : Text.Label(l.Source).Zh, total ? "" : Text.Label(l.Class).Zh, l.Projects, l.Awarded, l.PaidInPeriod, l.PaidToDate, l.Recovered, l.Credit];

    private static string Show(object? cell) => cell switch { decimal d => M(d), int i => i.ToString(CultureInfo.InvariantCulture), _ => cell?.ToString() ?? "" };

    public static string M(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

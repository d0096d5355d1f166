using System.Globalization;
using CircularPark.Assessments;
using CircularPark.Engines.Assessment;

namespace CircularPark.Exports;

/// <summary>
/// A year's assessment in the layout a city sends its parks (通报): title, the basis, the ranking table with each item's
/// points, the bonus, penalty and adjustment notes, and each park's detail as an attachment. The workbook holds the same
/// numbers: a ranking sheet and a detail sheet with every line of every park.
/// </summary>
public static class AssessmentExport
{
    /// <summary>"韶关市2022年度产业园区工作绩效考核结果".</summary>
    public static string Title(AssessmentView view) => $"{view.Scheme.Owner}{view.Scheme.Year}年度{view.Scheme.NameZh}结果";

    /// <summary>Columns of the ranking table: 排名, 园区名称, each item (with its full points), 加减分, 总分, 较上年.</summary>
    public static IReadOnlyList<string> Header(AssessmentView view) =>
        ["排名", "园区名称", .. view.Scheme.Items.Select(i => $"{i.NameZh}（{Points(i.Weight)}分）"), "加减分", "总分", "较上年"];

    /// <summary>One ranking row per park, as the header names the columns.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(AssessmentView view) => view.Results.Select(r => (IReadOnlyList<string>)
    [
        r.Rank.ToString(CultureInfo.InvariantCulture), r.Park, .. r.Lines.Where(l => l.Kind == LineKind.Item).Select(l => Points(l.Points)),
        Points(r.Lines.Where(l => l.Kind != LineKind.Item).Sum(l => l.Points)), Points(r.Total), Movement(r.Movement),
    ]);

    public static byte[] Docx(AssessmentView view)
    {
        var s = view.Scheme;
        var basis = s.Document is { Length: > 0 } d ? $"根据{d}" : $"根据{s.NameZh}方案";
        var docx = new DocxBuilder();
        if (view.NoticeNumber is { Length: > 0 } number) docx.Caption(number);
        docx.Title(Title(view)).Blank()
            .Text("各园区管理机构：", indent: false)
            .Text($"{basis}，经数据采集、计算和审核，现将{s.Year}年度各园区考核结果通报如下。满分 {Points(s.FullScore)} 分，另有加减分项目；"
                + "请各园区对照得分明细，查找差距，比学赶超。")
            .Blank()
            .Table(Header(view), Rows(view), [1, 5, .. s.Items.Select(_ => 2), 2, 2, 2]);
        var notes = view.Results.SelectMany(r => r.Lines.Where(l => l.Kind != LineKind.Item && l.Points != 0)
            .Select(l => $"{r.Park}：{l.Name.Zh} {Signed(l.Points)} 分（{l.Explanation.Zh}）")).ToList();
        if (notes.Count > 0)
        {
            docx.Heading("加减分及调整说明");
            foreach (var note in notes) docx.Text(note);
        }
        docx.Blank().Right(s.Owner).Right(NoticeDocx.DateZh(view.NoticeIssuedOn ?? (view.PublishedAtUtc is { } at ? Time.ChinaTime.DateOf(at) : null)));
        docx.PageBreak().Heading("附件").Title("各园区得分明细");
        foreach (var r in view.Results)
            docx.Blank().Subheading($"{r.Rank.ToString(CultureInfo.InvariantCulture)}. {r.Park}（{Points(r.Total)} 分）")
                .Table(["项目", "数据", "得分", "说明"], r.Lines.Select(l => (IReadOnlyList<string>)[l.Name.Zh, Value(l, s), Points(l.Points), l.Explanation.Zh]),
                    [3, 2, 1, 7]);
        return docx.Build();
    }

    public static byte[] Xlsx(AssessmentView view)
    {
        var book = new XlsxBuilder();
        var header = Header(view);
        var ranking = book.Sheet("考核排名").Row(XlsxStyle.Title, Title(view)).Merge($"A1:{XlsxBuilder.ColumnName(header.Count - 1)}1")
            .Row(XlsxStyle.Header, [.. header]);
        foreach (var r in view.Results)
            ranking.Row(XlsxStyle.Bordered, [r.Rank, r.Park, .. r.Lines.Where(l => l.Kind == LineKind.Item).Select(l => (object?)l.Points),
                Round(r.Lines.Where(l => l.Kind != LineKind.Item).Sum(l => l.Points)), r.Total, Movement(r.Movement)]);
        ranking.ColumnWidths([6, 36, .. view.Scheme.Items.Select(_ => 16.0), 10, 10, 10]);
        var detail = book.Sheet("得分明细").Row(XlsxStyle.Header, "排名", "园区名称", "项目", "类别", "数据", "得分", "满分", "说明");
        foreach (var r in view.Results)
            foreach (var l in r.Lines)
                detail.Row(XlsxStyle.Bordered, r.Rank, r.Park, l.Name.Zh, Localization.Text.Label(l.Kind).Zh, l.Value, l.Points, l.MaxPoints, l.Explanation.Zh);
        detail.ColumnWidths(6, 36, 24, 10, 12, 8, 8, 90);
        return book.Build();
    }

    private static string Value(ScoreLine line, SchemeView scheme)
    {
        if (line.Value is not { } v) return line.Kind is LineKind.Manual or LineKind.Scaling ? "" : "—";
        var metric = scheme.Items.FirstOrDefault(i => i.Code == line.Code)?.Metric ?? scheme.Adjustments.FirstOrDefault(a => a.Code == line.Code)?.Metric;
        var unit = metric is not null && scheme.Metrics.TryGetValue(metric, out var m) ? m.Unit : "";
        return v.ToString("0.####", CultureInfo.InvariantCulture) + unit;
    }

    private static string Points(double points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(double points) => points > 0 ? "+" + Points(points) : Points(points);

    private static double Round(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <summary>"↑2", "↓1", "—" (unchanged), "" (not ranked last year).</summary>
    public static string Movement(int? movement) => movement switch
    {
        null => "",
        > 0 => $"↑{movement.Value.ToString(CultureInfo.InvariantCulture)}",
        < 0 => $"↓{(-movement.Value).ToString(CultureInfo.InvariantCulture)}",
        _ => "—",
    };
}

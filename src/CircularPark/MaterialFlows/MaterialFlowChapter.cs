using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.MaterialFlows;

/// <summary>
/// Where the chapter sits in a plan: its heading (e.g. "三、园区物质流分析"; null for the default, "" for none when the
/// caller has written it) and the first table and figure numbers.
/// </summary>
public sealed record ChapterNumbering(string? Heading = null, int FirstTable = 1, int FirstFigure = 1);

/// <summary>
/// The material-flow chapter of a park's implementation plan (in Chinese, as plans are written): for every layer the
/// process balances before and after, the reconciliation's χ² verdict, the main indicators before and after, and the
/// two Sankey pictures with their legends. Pure: reconciles the documents it is given and writes into the builder.
/// </summary>
public static class MaterialFlowChapter
{
    public const int PictureWidth = 1000;
    public const int PictureHeight = 560;

    /// <summary>Appends the chapter; a missing model is said in the text. Returns the next free table and figure numbers.</summary>
    public static (int NextTable, int NextFigure) Append(DocxBuilder docx, MaterialFlowDocument? before, MaterialFlowDocument? after, ChapterNumbering? numbering = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        numbering ??= new ChapterNumbering();
        var (table, figure) = (numbering.FirstTable, numbering.FirstFigure);
        if (numbering.Heading != "") docx.Heading(numbering.Heading ?? Zh("Mfa.Chapter.Title"));
        docx.Text(Zh("Mfa.Chapter.Intro", before?.Year.ToString(CultureInfo.InvariantCulture) ?? "—", after?.Year.ToString(CultureInfo.InvariantCulture) ?? "—"));
        if (before is null) docx.Text(Zh("Mfa.Chapter.Missing", Zh("Scenario.Before")));
        if (after is null) docx.Text(Zh("Mfa.Chapter.Missing", Zh("Scenario.PlannedAfter")));
        var codes = (before?.Layers ?? []).Concat(after?.Layers ?? []).Select(l => l.Code).Distinct().ToList();
        for (var i = 0; i < codes.Count; i++)
        {
            var layer = (before?.Layer(codes[i]) ?? after?.Layer(codes[i]))!;
            var b = before?.Layer(codes[i]) is null ? null : MaterialFlowAnalysis.Analyse(before, codes[i]);
            var a = after?.Layer(codes[i]) is null ? null : MaterialFlowAnalysis.Analyse(after!, codes[i]);
            docx.Subheading($"（{Ordinal(i + 1)}）" + Zh("Mfa.Chapter.Layer", layer.Name, layer.Unit));
            foreach (var (doc, analysis, scenario) in new[] { (before, b, "Scenario.Before"), (after, a, "Scenario.PlannedAfter") })
            {
                if (analysis is null) continue;
                docx.Caption(Zh("Mfa.Chapter.BalanceTable", table++, layer.Name, Zh(scenario)));
                docx.Table(
                    [Zh("Mfa.Column.Process"), Zh("Mfa.Column.Input"), Zh("Mfa.Column.Output"), Zh("Mfa.Column.Stock"), Zh("Mfa.Column.Residual")],
                    analysis.Balances.Select(r => (IReadOnlyList<string>)[r.ProcessName, Number(r.Input), Number(r.Output), Number(r.StockChange), Number(r.Residual)]),
                    [4, 2, 2, 2, 2]);
                docx.Text(Verdict(analysis));
            }
            docx.Caption(Zh("Mfa.Chapter.IndicatorTable", table++, layer.Name));
            docx.Table(
                [Zh("Mfa.Column.Indicator"), Zh("Mfa.Column.Unit"), Zh("Mfa.Column.Before"), Zh("Mfa.Column.After"), Zh("Mfa.Column.Change")],
                Indicators(b, a), [4, 2, 2, 2, 2]);
            foreach (var (doc, analysis, scenario) in new[] { (before, b, "Scenario.Before"), (after, a, "Scenario.PlannedAfter") })
            {
                if (analysis is null) continue;
                var graph = SankeyGraph.Build(doc!, analysis, english: false);
                var caption = Zh("Mfa.Chapter.Figure", figure++, layer.Name, Zh(scenario));
                docx.Image(SankeyPicture.Png(graph, PictureWidth, PictureHeight), PictureWidth, PictureHeight, caption);
                docx.Caption(caption);
                docx.Text(Zh("Mfa.Chapter.Legend", string.Join("；", graph.Nodes.Select(n => $"{n.Number.ToString(CultureInfo.InvariantCulture)} {n.Label}"))), indent: false);
            }
        }
        return (table, figure);
    }

    private static string Verdict(LayerAnalysis analysis)
    {
        var chi = analysis.ChiSquare;
        var verdict = chi.Rejected ? Zh("Mfa.Chapter.Rejected", string.Join("、", analysis.Suspects)) : Zh("Mfa.Chapter.Accepted");
        return Zh("Mfa.Chapter.ChiSquare", chi.Statistic.ToString("0.###", CultureInfo.InvariantCulture), chi.DegreesOfFreedom,
            chi.CriticalValue.ToString("0.###", CultureInfo.InvariantCulture), verdict);
    }

    private static IEnumerable<IReadOnlyList<string>> Indicators(LayerAnalysis? before, LayerAnalysis? after)
    {
        var codes = (before?.Indicators ?? []).Concat(after?.Indicators ?? []).Select(i => (i.Code, i.Unit)).Distinct();
        foreach (var (code, unit) in codes)
        {
            var x = before?.Indicators.FirstOrDefault(i => i.Code == code)?.Value;
            var y = after?.Indicators.FirstOrDefault(i => i.Code == code)?.Value;
            yield return [Zh($"Mfa.Indicator.{code}"), unit.Replace("value added per ", "万元/", StringComparison.Ordinal),
                Number(x), Number(y), x is { } p && y is { } q ? Number(q - p, withSign: true) : ""];
        }
    }

    /// <summary>Numbers as plans print them: thousands separated, at most two decimals, invariant digits.</summary>
    public static string Number(double? value, bool withSign = false) => value is not { } v ? "—"
        : (withSign && v > 0 ? "+" : "") + v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => n switch { 1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static string Zh(string key, params object?[] args) => Text.Get(key, args).Zh;
}

using System.Globalization;
using CircularPark.Localization;
using CircularPark.Plans;

namespace CircularPark.Exports;

/// <summary>
/// An implementation plan as Word in the conventional chapter layout: basic situation, material flows, main tasks,
/// key projects (table), indicators and expected results (table), pollutant inventory, benefits, safeguards.
/// </summary>
public static class PlanDocx
{
    /// <summary>Name and unit of an indicator, by code.</summary>
    public delegate (string Name, string Unit) IndicatorLookup(string code);

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static byte[] Build(PlanView plan, IndicatorLookup indicator, Action<DocxBuilder>? materialFlowChapter = null)
    {
        var c = plan.Content;
        var docx = new DocxBuilder()
            .Title(plan.Title)
            .Right($"第 {plan.Number} 版 · {Text.Label(plan.Status, CultureInfo.GetCultureInfo("zh-Hans"))} · 折标系数：{plan.CoefficientSetId}")
            .Blank();
        var chapter = 0;
        string Next(string title) => $"{Numerals[chapter++]}、{title}";

        docx.Heading(Next("园区基本情况"))
            .Text($"基准年：{c.BaselineYear}年；实施期：{c.PeriodStartYear}—{c.PeriodEndYear}年。");
        Paragraphs(docx, c.BasicSituation);
        docx.Heading(Next("物质流分析"));
        Paragraphs(docx, c.MaterialFlowAnalysis);
        materialFlowChapter?.Invoke(docx);
        docx.Heading(Next("主要任务"));
        foreach (var (task, i) in c.Tasks.Select((t, i) => (t, i)))
        {
            docx.Text($"（{Numerals[i]}）{Text.Get($"Task.{task.Code}").Zh}", indent: false);
            Paragraphs(docx, task.Text);
        }
        docx.Heading(Next("重点项目"));
        docx.Table(["序号", "项目名称", "类别", "实施主体", "建设内容及规模", "总投资（万元）", "申请补助（万元）", "建设年限", "年节能量（tce）", "年节水量（m³）", "年减排CO₂（t）"],
            c.Projects.Select((p, i) => (IReadOnlyList<string>)[
                N(i + 1), p.Name, Text.Label(p.Class).Zh, p.OwnerEnterprise ?? "", p.ContentAndScale ?? "", N(p.TotalInvestment), N(p.SubsidyRequested),
                $"{p.StartYear}—{p.EndYear}", N(p.EnergySavedTce), N(p.WaterSavedM3), N(p.Co2CutT)]),
            [1, 3, 2, 2, 4, 2, 2, 2, 2, 2, 2]);
        if (c.Projects.Count > 0)
            docx.Text($"重点项目 {c.Projects.Count} 个，总投资 {N(c.Projects.Sum(p => p.TotalInvestment))} 万元，申请补助 {N(c.Projects.Sum(p => p.SubsidyRequested))} 万元。");
        var years = Enumerable.Range(c.PeriodStartYear, Math.Max(0, c.PeriodEndYear - c.PeriodStartYear + 1)).ToList();
        docx.Heading(Next("主要指标与预期成效"));
        docx.Table(["指标", "单位", $"基准值（{c.BaselineYear}年）", .. years.Select(y => $"{y}年目标")],
            c.Targets.Select(t =>
            {
                var (name, unit) = indicator(t.IndicatorCode);
                return (IReadOnlyList<string>)[name, unit, N(t.BaselineValue), .. years.Select(y => N(t.Yearly?.FirstOrDefault(v => v.Year == y)?.Value))];
            }),
            [4, 2, 2, .. years.Select(_ => 2)]);
        docx.Heading(Next("污染物排放清单"));
        docx.Table(["污染物", "排放量（t/a）", "治理措施"], c.Pollutants.Select(p => (IReadOnlyList<string>)[p.Pollutant, N(p.DischargeT), p.Treatment ?? ""]), [2, 2, 5]);
        docx.Heading(Next("效益分析"));
        docx.Text("（一）经济效益", indent: false);
        Paragraphs(docx, c.BenefitEconomic);
        docx.Text("（二）环境效益", indent: false);
        Paragraphs(docx, c.BenefitEnvironmental);
        docx.Text("（三）社会效益", indent: false);
        Paragraphs(docx, c.BenefitSocial);
        docx.Heading(Next("组织实施与保障措施"));
        Paragraphs(docx, c.Safeguards);
        return docx.Build();
    }

    private static void Paragraphs(DocxBuilder docx, string? text)
    {
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            docx.Text(line);
    }

    private static string N(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "";
}

using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>
/// The public notice of parks that failed acceptance (通报), in a plain official layout (GB/T 9704 through
/// <see cref="DocxBuilder"/>): title, text, and the table 序号 / 园区名称 / 属地 / 原因. When every failed park was
/// recorded from one notice published before the product was used (ADR 0074), the Word file reproduces that notice: its
/// document number above the title and its date at the end; otherwise it is a new notice dated <c>today</c>.
/// </summary>
public static class FailedParksNotice
{
    public static byte[] Build(AcceptanceResults results, DateOnly today)
    {
        var failed = results.Failed;
        var rows = failed.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), r.Park, r.CityShortZh, Reason(r).Zh]);
        var notice = results.PublishedNotice;
        var issuedOn = notice?.On ?? today;
        var document = new DocxBuilder();
        if (notice is { } n) document.Caption(n.Number);
        return document
            .Title("关于园区循环化改造验收未通过园区的通报")
            .Blank()
            .Text($"根据《{results.CampaignZh}》和园区循环化改造验收工作安排，经资料审查、现场核查和专家评审，并对未按期申请验收也未申请延期的园区进行核实，现将未通过验收的 {failed.Count} 家园区通报如下。")
            .Text("未通过验收的园区应认真查找原因，落实整改措施，并按有关规定处理。")
            .Blank()
            .Table(["序号", "园区名称", "属地", "原因"], rows, [1, 5, 2, 5])
            .Blank()
            .Right($"{issuedOn.Year} 年 {issuedOn.Month} 月 {issuedOn.Day} 日")
            .Build();
    }

    /// <summary>Why the park failed, as the notice prints it: the deadline missed, or the grade (with the score when there is one).</summary>
    public static Bilingual Reason(AcceptanceResultRow row)
    {
        if (row.Outcome == AcceptanceStandingKind.MissedDeadline) return Text.Get("Notice.MissedDeadline", SubmitAcceptance.Day(row.DueOn));
        var grade = Grades.Label(row.Grade ?? "fail");
        return row.Score is { } score
            ? Text.Get("Notice.Graded", score.ToString("0.##", CultureInfo.InvariantCulture), grade.Zh, grade.En)
            : Text.Get("Notice.GradeOnly", grade.Zh, grade.En);
    }
}

using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>
/// The public notice of parks that failed acceptance (通报), in a plain official layout (GB/T 9704 through
/// <see cref="DocxBuilder"/>): title, text, and the table 序号 / 园区名称 / 属地 / 原因. An issued notice carries its document
/// number above the title and its date at the end (ADR 0079); a draft says 草稿 above the title and 未印发 where the date goes,
/// and never the day it was generated.
/// </summary>
public static class FailedParksNotice
{
    public static byte[] Build(FailedNoticeDocument notice)
    {
        var rows = notice.Lines.Select(l => (IReadOnlyList<string>)[l.Sequence.ToString(CultureInfo.InvariantCulture), l.Park, l.CityShortZh, l.ReasonZh]);
        var document = new DocxBuilder();
        if (notice.IsDraft) document.Caption(DraftMark);
        else if (!string.IsNullOrEmpty(notice.Number)) document.Caption(notice.Number);
        return document
            .Title("关于园区循环化改造验收未通过园区的通报")
            .Blank()
            .Text($"根据《{notice.CampaignZh}》和园区循环化改造验收工作安排，经资料审查、现场核查和专家评审，并对未按期申请验收也未申请延期的园区进行核实，现将未通过验收的 {notice.Lines.Count} 家园区通报如下。")
            .Text("未通过验收的园区应认真查找原因，落实整改措施，并按有关规定处理。")
            .Blank()
            .Table(["序号", "园区名称", "属地", "原因"], rows, [1, 5, 2, 5])
            .Blank()
            .Right(notice.IssuedOn is { } on ? $"{on.Year} 年 {on.Month} 月 {on.Day} 日" : NotIssued)
            .Build();
    }

    /// <summary>The mark above a draft's title.</summary>
    public const string DraftMark = "草稿（未印发，无文号）";

    /// <summary>Where an issued notice has its date.</summary>
    public const string NotIssued = "（印发日期待定）";

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

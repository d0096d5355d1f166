using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>
/// The public notice of parks that failed acceptance (通报), in a plain official layout (GB/T 9704 through
/// <see cref="DocxBuilder"/>): title, text, and the table 序号 / 园区名称 / 属地 / 原因.
/// </summary>
public static class FailedParksNotice
{
    public static byte[] Build(AcceptanceResults results, DateOnly issuedOn)
    {
        var failed = results.Failed;
        var rows = failed.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), r.Park, r.CityShortZh, Reason(r).Zh]);
        return new DocxBuilder()
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

    /// <summary>Why the park failed, as the notice prints it.</summary>
    public static Bilingual Reason(AcceptanceResultRow row) => row.Outcome == AcceptanceStandingKind.MissedDeadline
        ? Text.Get("Notice.MissedDeadline", SubmitAcceptance.Day(row.DueOn))
        : Text.Get("Notice.Graded", row.Score?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—", Grades.Label(row.Grade ?? "fail").Zh, Grades.Label(row.Grade ?? "fail").En);
}

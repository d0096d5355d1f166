using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Reviews;

namespace CircularPark.Exports;

/// <summary>
/// The notice that publishes a campaign's list, in the layout of seed 000: document number, title, addressees, the
/// notice text, signature and date; Attachment 1 (序号 / 园区名称 / 属地) and Attachment 2, one expert opinion per park.
/// </summary>
public static class NoticeDocx
{
    /// <summary>One park of the list, with its opinion (null when the panel's opinion is not on the platform).</summary>
    public sealed record Entry(int Number, string Park, string City, ReviewOpinion? Opinion);

    /// <summary>
    /// The notice composed from the campaign's data: its number and date (<see cref="Campaign.NoticeNumber"/>,
    /// <see cref="Campaign.NoticeIssuedOn"/>, never the day of generation) and its wording (<see cref="Campaign.Notice"/>),
    /// each part the generator's own wording where the campaign's source gives none.
    /// </summary>
    public static byte[] Build(Campaign campaign, IReadOnlyList<Entry> entries)
    {
        var listTitle = campaign.ListTitleZh ?? campaign.TitleZh;
        var notice = campaign.Notice;
        var docx = new DocxBuilder()
            .Right(campaign.NoticeNumber ?? "")
            .Blank()
            .Title(notice.TitleZh ?? $"{campaign.IssuingBodies}关于公布{listTitle}的通知")
            .Blank()
            .Text($"{notice.AddresseesZh ?? "各地级以上市工业和信息化主管部门"}：", indent: false)
            .Text(Body(campaign, entries, listTitle));
        var requirements = notice.Requirements;
        for (var i = 0; i < requirements.Count; i++)
            docx.Text($"{Numeral(i + 1)}、{requirements[i]}");
        docx.Blank()
            .Text($"附件：1.{listTitle}")
            .Text("      2.循环化改造实施方案专家评审意见（分发）")
            .Blank()
            .Right(campaign.IssuingBodies)
            .Right(DateZh(campaign.NoticeIssuedOn));
        if (notice.ContactZh is { } contact) docx.Text($"（{contact}）");
        docx.PageBreak().Heading("附件1").Blank().Title(listTitle).Blank()
            .Table(["序号", "园区名称", "属地"], entries.Select(e => (IReadOnlyList<string>)[e.Number.ToString(CultureInfo.InvariantCulture), e.Park, e.City]), [1, 6, 2]);
        var withOpinion = entries.Where(e => e.Opinion is not null).ToList();
        for (var i = 0; i < withOpinion.Count; i++)
            AppendOpinion(i == 0 ? docx.PageBreak().Heading("附件2").Blank() : docx.PageBreak(), withOpinion[i].Park, withOpinion[i].Opinion!);
        if (notice.DisclosureZh is { } disclosure) docx.Blank().Text($"公开方式：{disclosure}", indent: false);
        return docx.Build();
    }

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static string Numeral(int n) => n <= Numerals.Length ? Numerals[n - 1] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The text's first paragraph: the basis, how the parks were chosen, the park named first and the count; then either
    /// "并提出如下工作意见：" before the numbered requirements or, without any, the generator's closing instruction.
    /// </summary>
    private static string Body(Campaign campaign, IReadOnlyList<Entry> entries, string listTitle)
    {
        var notice = campaign.Notice;
        var basis = notice.BasisZh ?? $"根据{CompileOpinion.CallDocument(campaign)}，我厅组织开展了园区循环化改造工作。";
        var selected = $"经园区自愿申报、地市主管部门初审推荐、省级专家审查评估，确定{notice.LeadParkZh ?? entries[0].Park}等 {entries.Count} 家园区列入{listTitle}，现将名单予以公布";
        return notice.Requirements.Count > 0
            ? $"{basis}{selected}，并提出如下工作意见："
            : $"{basis}{selected}。请根据专家评审意见，指导本市园区进一步完善循环化改造实施方案，加强对循环化改造项目的跟踪管理。";
    }

    private static void AppendOpinion(DocxBuilder docx, string park, ReviewOpinion opinion)
    {
        docx.Title(park).Title("循环化改造实施方案专家评审意见").Blank()
            .Text($"根据{opinion.CallDocument}，{opinion.Organiser}组织专家对《{opinion.PlanTitle}》（以下简称《实施方案》）进行了评审，"
                + "专家组经审阅《实施方案》并集体讨论，形成评审意见如下：")
            .Heading("一、总体评价")
            .Text(opinion.OverallEvaluation)
            .Heading("二、问题或建议");
        foreach (var item in opinion.Items.OrderBy(i => i.Number))
            docx.Text(opinion.ItemsNumbered ? $"{item.Number.ToString(CultureInfo.InvariantCulture)}.{item.Text}" : item.Text);
    }

    /// <summary>A date as the documents write it: 2020 年 9 月 28 日.</summary>
    public static string DateZh(DateOnly? day) => day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{d.Year} 年 {d.Month} 月 {d.Day} 日")
        : "";
}

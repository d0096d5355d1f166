namespace CircularPark.Campaigns;

/// <summary>
/// The wording of the notice that publishes a campaign's list, transcribed from the document that published it (e.g.
/// 粤工信节能函〔2020〕923号, seed 000). Each part is null when the source does not give it; the notice generator then uses
/// its own wording for that part. The notice's number and date are <see cref="Campaign.NoticeNumber"/> and
/// <see cref="Campaign.NoticeIssuedOn"/>, never the day the file is generated.
/// </summary>
public sealed class NoticeText
{
    /// <summary>The notice's title (e.g. 广东省工业和信息化厅关于公布2020年省循环化改造试点园区名单的通知).</summary>
    public string? TitleZh { get; set; }

    /// <summary>Who the notice is addressed to, without the closing colon (e.g. 各地级以上市工业和信息化主管部门，深圳市发展改革委).</summary>
    public string? AddresseesZh { get; set; }

    /// <summary>The sentence that opens the text and gives its basis (e.g. 根据省循环经济相关工作部署，我厅组织开展了2020年度园区循环化改造工作。).</summary>
    public string? BasisZh { get; set; }

    /// <summary>The park the text names before "等 N 家园区" (923号 names 英德市英红工业园, the list's ninth); null: the list's first.</summary>
    public string? LeadParkZh { get; set; }

    /// <summary>The numbered work requirements, one a line, without their numbers (一、二、… are added when printed).</summary>
    public string? RequirementsZh { get; set; }

    /// <summary>The contact line without its brackets (e.g. 联系人：张诚，电话：020—83133243).</summary>
    public string? ContactZh { get; set; }

    /// <summary>公开方式 (e.g. 主动公开), printed at the end of the document.</summary>
    public string? DisclosureZh { get; set; }

    /// <summary>The requirements as paragraphs (empty when there are none).</summary>
    public IReadOnlyList<string> Requirements =>
        RequirementsZh is null ? [] : RequirementsZh.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

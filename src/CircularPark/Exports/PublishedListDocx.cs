using CircularPark.Campaigns;

namespace CircularPark.Exports;

/// <summary>A campaign's published list as Word, in the layout of Guangdong's Attachment 1: 序号 / 园区名称 / 属地.</summary>
public static class PublishedListDocx
{
    /// <summary>One line of the list.</summary>
    public sealed record Line(int Number, string Park, string City);

    public static byte[] Build(Campaign campaign, IReadOnlyList<Line> lines)
    {
        var docx = new DocxBuilder()
            .Heading("附件1")
            .Blank()
            .Title(campaign.ListTitleZh ?? campaign.TitleZh)
            .Blank()
            .Table(["序号", "园区名称", "属地"], lines.Select(l => (IReadOnlyList<string>)[l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Park, l.City]), [1, 6, 2]);
        return docx.Build();
    }
}

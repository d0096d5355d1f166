using System.Text.RegularExpressions;
using CircularPark.Data.Seed;
using CircularPark.Reviews;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Reviews;

/// <summary>The notice of 粤工信节能函〔2020〕923号 generated from the seed reads as the published document (seed 000).</summary>
public partial class PublishedNoticeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_Guangdong_notice_generated_from_the_seed_is_the_source_text_paragraph_by_paragraph()
    {
        await using var db = database.NewContext("seed");
        await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());

        var paragraphs = Paragraphs((await new BuildNotice(db).ExecuteAsync("gd-2020-923"))!);

        // Each paragraph, in order, is the next stretch of the source (whitespace removed: the source is text taken from a
        // PDF, its lines broken and spaced by the layout), and together they are the whole source, nothing left over. The
        // one half-width comma in the source's Chinese text (连州's opinion, "延伸产业链条,") is seeded full-width.
        var source = Squeeze(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Sources", "000_eb173db39deec0d3.txt")))
            .Replace("延伸产业链条,", "延伸产业链条，", StringComparison.Ordinal);
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            Assert.True(string.CompareOrdinal(source, at, paragraph, 0, paragraph.Length) == 0,
                $"expected «{paragraph}» at «{source[at..Math.Min(source.Length, at + paragraph.Length + 20)]}»");
            at += paragraph.Length;
        }
        Assert.Equal(source.Length, at);
        Assert.Equal(
            ["粤工信节能函〔2020〕923号", "广东省工业和信息化厅关于公布2020年省循环化改造试点园区名单的通知", "各地级以上市工业和信息化主管部门，深圳市发展改革委："],
            paragraphs.Take(3));
        Assert.StartsWith("根据省循环经济相关工作部署，我厅组织开展了2020年度园区循环化改造工作。", paragraphs[3], StringComparison.Ordinal);
        Assert.Contains("确定英德市英红工业园等9家园区", paragraphs[3], StringComparison.Ordinal);
        Assert.Equal(["一、", "二、", "三、"], paragraphs.Skip(4).Take(3).Select(p => p[..2]));
        Assert.Equal(["广东省工业和信息化厅", "2020年9月28日", "（联系人：张诚，电话：020—83133243）"], paragraphs.Skip(9).Take(3));
        Assert.Equal("公开方式：主动公开", paragraphs[^1]);
    }

    [Fact]
    public async Task A_database_seeded_before_the_notice_text_was_carried_gets_it_from_the_seed_and_keeps_an_edited_part()
    {
        await using var db = database.NewContext("seed");
        var seed = new SeedDatabase(db, TestDatabase.Importer(db));
        await seed.ExecuteAsync(SeedFiles.Embedded());
        var campaign = await db.Campaigns.SingleAsync(c => c.Code == "gd-2020-923");
        campaign.Notice = new CircularPark.Campaigns.NoticeText { ContactZh = "联系人：另一人" };
        await db.SaveChangesAsync();

        await seed.ExecuteAsync(SeedFiles.Embedded());

        await using var fresh = database.NewContext();
        var notice = (await fresh.Campaigns.SingleAsync(c => c.Code == "gd-2020-923")).Notice;
        Assert.Equal(("各地级以上市工业和信息化主管部门，深圳市发展改革委", "英德市英红工业园", 3, "联系人：另一人", "主动公开"),
            (notice.AddresseesZh, notice.LeadParkZh, notice.Requirements.Count, notice.ContactZh, notice.DisclosureZh));
    }

    /// <summary>The document's non-empty paragraphs (table cells included), whitespace removed.</summary>
    private static List<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => Squeeze(p.InnerText)).Where(p => p.Length > 0).ToList();
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

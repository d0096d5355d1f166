using CircularPark.Exports;
using CircularPark.MaterialFlows;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CircularPark.Tests.MaterialFlows;

public class MaterialFlowChapterTests
{
    [Fact]
    public void The_chapter_of_the_demo_park_is_a_valid_docx_with_balance_tables_and_a_Sankey_picture_per_layer_and_scenario()
    {
        var docx = new DocxBuilder().Title("英德市英红工业园循环化改造实施方案");

        var (nextTable, nextFigure) = MaterialFlowChapter.Append(docx, DemoModels.Before, DemoModels.After, new ChapterNumbering("三、园区物质流分析", FirstTable: 5, FirstFigure: 2));
        var bytes = docx.Build();

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var images = document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(4, images.Count); // 2 layers × before/after
        Assert.All(images, i => Assert.Equal("image/png", i.ContentType));
        using (var png = images[0].GetStream())
        {
            var head = new byte[24];
            png.ReadExactly(head);
            Assert.Equal(PngEncoder.Signature, head[..8]);
            Assert.Equal(MaterialFlowChapter.PictureWidth, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)));
        }
        var text = document.MainDocumentPart.Document.Body!.InnerText;
        Assert.Contains("三、园区物质流分析", text, StringComparison.Ordinal);
        Assert.Contains("表 5  总物质过程物质平衡（改造前）", text, StringComparison.Ordinal);
        Assert.Contains("图 2  总物质桑基图（改造前）", text, StringComparison.Ordinal);
        Assert.Contains("园区污水处理厂", text, StringComparison.Ordinal);
        Assert.Contains("水重复利用率", text, StringComparison.Ordinal);
        Assert.Equal((5 + 6, 2 + 4), (nextTable, nextFigure)); // per layer: 2 balance tables + 1 indicator table; 2 figures
    }

    [Fact]
    public void Without_a_planned_model_the_chapter_says_so_and_still_shows_the_baseline()
    {
        var docx = new DocxBuilder();

        MaterialFlowChapter.Append(docx, DemoModels.Before, after: null);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx.Build()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("尚未建立改造后（规划）的物质流模型", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        Assert.Equal(2, document.MainDocumentPart.ImageParts.Count());
    }
}

using System.Text;
using CircularPark.Exports;
using CircularPark.Imports;

namespace CircularPark.Tests.Imports;

public class TableReaderTests
{
    [Fact]
    public void Csv_fields_may_be_quoted_and_hold_commas_quotes_and_line_breaks()
    {
        var csv = "园区名称,主导产业\r\n\"甲园区\",\"电子、\"\"五金\"\",塑料\"\r\n乙园区,\"多行\n说明\"\r\n";

        var table = TableReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv");

        Assert.Equal(["园区名称", "主导产业"], table.Header);
        Assert.Equal(["甲园区", "电子、\"五金\",塑料"], table.Rows[0].Cells);
        Assert.Equal("多行\n说明", table.Rows[1].Cell(1));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
    }

    [Fact]
    public void A_csv_saved_by_Excel_in_GB18030_is_read_as_Chinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("园区名称,属地\r\n英德市英红工业园,清远市\r\n");

        var table = TableReader.Read(new MemoryStream(bytes), "gbk.csv");

        Assert.Equal("英德市英红工业园", table.Rows[0].Cell(0));
        Assert.Equal("清远市", table.Rows[0].Cell(1));
    }

    [Fact]
    public void An_xlsx_keeps_row_numbers_and_columns_even_with_empty_cells_and_blank_rows()
    {
        var book = new XlsxBuilder();
        book.Sheet("s").Row(XlsxStyle.Header, "序号", "园区名称", "级别")
            .Row(XlsxStyle.Plain, 1, null, "省级")
            .Row(XlsxStyle.Plain)
            .Row(XlsxStyle.Plain, 3, "丙园区", "国家级");

        var table = TableReader.Read(new MemoryStream(book.Build()), "x.xlsx");

        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal(["1", "", "省级"], table.Rows[0].Cells);
        Assert.Equal("丙园区", table.Rows[1].Cell(1));
    }

    [Theory]
    [InlineData("parks.pdf")]
    [InlineData("parks")]
    public void Other_formats_are_not_supported(string name)
    {
        Assert.Throws<NotSupportedException>(() => TableReader.Read(new MemoryStream([1, 2, 3]), name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(21)]
    public void An_xlsx_shorter_than_a_zip_archive_is_an_unreadable_file_and_within_the_limits(int bytes)
    {
        var file = new byte[bytes];

        var refused = Assert.Throws<TableReadException>(() => TableReader.Read(new MemoryStream(file), "empty.xlsx"));
        TableReader.CheckLimits(new MemoryStream(file), "empty.xlsx");

        Assert.Equal("file", refused.Rule);
    }
}

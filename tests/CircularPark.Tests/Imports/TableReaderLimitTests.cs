using System.Text;
using CircularPark.Imports;

namespace CircularPark.Tests.Imports;

/// <summary>
/// Issue 12 finding 3: a spreadsheet is read as a stream under caps, and whatever breaks one is refused with the limit
/// named (413 too large, 422 too many), before it is unpacked or allocated.
/// </summary>
public class TableReaderLimitTests
{
    private static readonly SheetLimits Small = new() { MaxUnpackedBytes = 1024 * 1024, RatioCheckedAboveBytes = 64 * 1024 };

    private static InputLimitException Refused(byte[] file, string name = "x.xlsx", SheetLimits? limits = null) =>
        Assert.Throws<InputLimitException>(() => TableReader.Read(new MemoryStream(file), name, limits ?? Small));

    [Fact]
    public void A_workbook_that_unpacks_beyond_the_limit_is_refused_from_its_zip_directory()
    {
        var bomb = HostileWorkbooks.Bomb(3 * 1024 * 1024);

        var refused = Refused(bomb, limits: Small with { MaxCompressionRatio = 100_000 });

        Assert.Equal(("unpacked", 413), (refused.Rule, refused.Status));
        Assert.Contains("1 MB", refused.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("1 MB", refused.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_compressed_hundreds_of_times_is_refused_as_a_zip_bomb()
    {
        var bomb = HostileWorkbooks.Bomb(900 * 1024);
        Assert.True(bomb.Length < 9 * 1024, $"{bomb.Length} bytes");

        var refused = Refused(bomb);

        Assert.Equal(("compression", 413), (refused.Rule, refused.Status));
        Assert.Contains("xl/worksheets/sheet1.xml", refused.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_at_column_ZZZZZ_is_refused_without_allocating_its_row()
    {
        var file = HostileWorkbooks.Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>园区名称</t></is></c><c r="ZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>""");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Refused(file);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2_000_000, "the 12-million-cell row was allocated");
        Assert.Equal(("too-many-columns", 422), (refused.Rule, refused.Status));
        Assert.Contains("ZZZZZ1", refused.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("IV", refused.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void More_data_rows_than_the_limit_are_refused_naming_the_sheet_and_the_limit()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(r => $"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"""));

        var refused = Refused(HostileWorkbooks.Workbook(rows), limits: Small with { MaxRows = 4 });

        Assert.Equal(("too-many-rows", 422), (refused.Rule, refused.Status));
        Assert.Contains("Sheet1", refused.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("4", refused.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_rows_are_not_counted_against_the_row_limit()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(r => r % 10 == 1 ? $"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>""" : $"""<row r="{r}"><c r="A{r}"/></row>"""));

        var table = TableReader.Read(new MemoryStream(HostileWorkbooks.Workbook(rows)), "x.xlsx", Small with { MaxRows = 4 });

        Assert.Equal([11, 21, 31, 41], table.Rows.Select(r => r.Number));
    }

    [Fact]
    public void A_cell_longer_than_Excel_allows_is_refused()
    {
        var file = HostileWorkbooks.Workbook($"""<row r="1"><c r="A1" t="inlineStr"><is><t>{new string('长', 40_000)}</t></is></c></row>""");

        var refused = Refused(file, limits: SheetLimits.Default);

        Assert.Equal(("cell-length", 413), (refused.Rule, refused.Status));
        Assert.Contains("A1", refused.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_strings_table_beyond_its_cap_is_refused()
    {
        var shared = string.Concat(Enumerable.Repeat("<si><t>x</t></si>", 20));

        var refused = Refused(HostileWorkbooks.Workbook("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>""", shared), limits: Small with { MaxSharedStrings = 10 });

        Assert.Equal(("shared-strings", 413), (refused.Rule, refused.Status));
    }

    [Fact]
    public void More_cells_than_the_budget_are_refused_counting_the_empty_cells_before_the_last_value()
    {
        var rows = string.Concat(Enumerable.Range(1, 5).Select(r => $"""<row r="{r}"><c r="A{r}"><v>1</v></c><c r="Z{r}"><v>2</v></c></row>"""));

        var refused = Refused(HostileWorkbooks.Workbook(rows), limits: Small with { MaxCells = 100 });

        Assert.Equal(("too-many-cells", 422), (refused.Rule, refused.Status));
    }

    [Fact]
    public void A_sheet_with_a_DTD_is_not_read_so_entities_never_expand()
    {
        var laughs = """<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>""";
        var withDtd = HostileWorkbooks.Workbook(w => w.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>"""));

        var refused = Assert.Throws<TableReadException>(() => TableReader.Read(new MemoryStream(Replace(withDtd, "<worksheet", laughs + "<worksheet")), "x.xlsx"));

        Assert.Equal("file", refused.Rule);
    }

    [Fact]
    public void Rich_text_is_read_run_by_run_without_its_phonetic_guide()
    {
        var shared = """<si><r><t>英德市</t></r><r><rPr><b/></rPr><t xml:space="preserve">英红 </t></r><rPh sb="0" eb="1"><t>yingde</t></rPh></si>""";

        var table = TableReader.Read(new MemoryStream(HostileWorkbooks.Workbook("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>12.5</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>""", shared)), "x.xlsx");

        Assert.Equal(["英德市英红", "", "12.5"], table.Header);
    }

    [Fact]
    public void A_control_character_in_a_csv_cell_is_refused_naming_the_cell()
    {
        var csv = "园区名称,属地\r\n甲园区,清远市\r\n乙\u0001园区,清远市\r\n";

        var refused = Assert.Throws<TableReadException>(() => TableReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "list.csv"));

        Assert.Equal("control-character", refused.Rule);
        Assert.Contains("A3", refused.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("U+0001", refused.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_row_wider_than_the_column_limit_is_refused_before_it_grows()
    {
        var csv = "a,b\r\n" + new string(',', 5_000_000) + "\r\n";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Refused(Encoding.UTF8.GetBytes(csv), "wide.csv", SheetLimits.Default);

        Assert.Equal(("too-many-columns", 422), (refused.Rule, refused.Status));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 60_000_000, "the five-million-field row was kept");
    }

    [Fact]
    public void A_part_read_past_its_declared_size_is_stopped()
    {
        using var stream = new LimitedStream(new MemoryStream(new byte[100]), 64, () => InputLimitException.Of("unpacked", 413, 1));
        var buffer = new byte[40];

        Assert.Equal(40, stream.Read(buffer));
        Assert.Throws<InputLimitException>(() => stream.Read(buffer));
    }

    [Fact]
    public void Checking_limits_keeps_nothing_and_lets_other_problems_through_to_the_use_case()
    {
        TableReader.CheckLimits(new MemoryStream([1, 2, 3]), "x.xlsx");
        TableReader.CheckLimits(new MemoryStream([1, 2, 3]), "x.pdf");

        var refused = Assert.Throws<InputLimitException>(() => TableReader.CheckLimits(new MemoryStream(HostileWorkbooks.Bomb(3 * 1024 * 1024)), "x.xlsx"));

        Assert.Equal("compression", refused.Rule);
    }

    private static byte[] Replace(byte[] xlsx, string find, string replace)
    {
        using var file = new MemoryStream();
        file.Write(xlsx);
        using (var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(text.Replace(find, replace, StringComparison.Ordinal));
        }
        return file.ToArray();
    }
}

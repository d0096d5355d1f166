using System.IO.Compression;
using System.Text;

namespace CircularPark.Tests.Imports;

/// <summary>
/// Minimal .xlsx files written part by part, so a test can make what no spreadsheet program would: a sheet that unpacks to
/// hundreds of megabytes, a cell at column ZZZZZ, a DTD. Also linked into the web tests.
/// </summary>
public static class HostileWorkbooks
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook of one sheet named "Sheet1" whose sheetData is <paramref name="rows"/>, with optional shared strings.</summary>
    public static byte[] Workbook(string rows, string? sharedStrings = null) =>
        Workbook(writer => writer.Write(rows), sharedStrings);

    /// <summary>A workbook whose sheetData is written by <paramref name="writeRows"/> (streamed into the zip, never held whole).</summary>
    public static byte[] Workbook(Action<TextWriter> writeRows, string? sharedStrings = null, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            var shared = sharedStrings is null ? "" : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>""");
            if (sharedStrings is not null) Add(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{sharedStrings}</sst>""");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level);
            using var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false));
            writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
            writeRows(writer);
            writer.Write("</sheetData></worksheet>");
        }
        return file.ToArray();
    }

    /// <summary>
    /// A park list whose sheet unpacks to about <paramref name="unpackedBytes"/>: a header row, then the same row of inline
    /// strings again and again, so it compresses a few hundredfold (the probe used a 206 KB file of 200 MB).
    /// </summary>
    public static byte[] Bomb(long unpackedBytes)
    {
        const string header = """<row r="1"><c r="A1" t="inlineStr"><is><t>园区名称</t></is></c><c r="B1" t="inlineStr"><is><t>级别</t></is></c><c r="C1" t="inlineStr"><is><t>属地</t></is></c></row>""";
        return Workbook(writer =>
        {
            writer.Write(header);
            long written = header.Length;
            // Rows and cells without references (they are optional) are all alike, so they compress a few hundredfold.
            const string line = """<row><c t="inlineStr"><is><t>示例园区</t></is></c><c t="inlineStr"><is><t>省级</t></is></c><c t="inlineStr"><is><t>清远市</t></is></c></row>""";
            var bytes = Encoding.UTF8.GetByteCount(line);
            for (; written < unpackedBytes; written += bytes) writer.Write(line);
        });
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

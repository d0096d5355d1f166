using System.Globalization;
using CircularPark.Localization;
using CircularPark.Parks;

namespace CircularPark.Exports;

/// <summary>A park list as xlsx or CSV with the columns of the import file, so an export can be edited and imported again.</summary>
public static class ParkListExport
{
    private static readonly string[] Columns = ["Sequence", "Name", "ShortName", "Level", "Kind", "City", "County", "PlannedYear", "State"];

    public static byte[] Xlsx(IEnumerable<ParkListItem> parks, CultureInfo culture)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet(Bilingual.IsEnglish(culture) ? "Parks" : "园区名单");
        sheet.Row(XlsxStyle.Header, Columns.Select(c => (object?)Header(c, culture)).ToArray());
        var number = 0;
        foreach (var park in parks)
            sheet.Row(XlsxStyle.Bordered, Cells(park, ++number, culture));
        sheet.ColumnWidths(6, 40, 16, 10, 16, 12, 12, 10, 12);
        return book.Build();
    }

    public static byte[] Csv(IEnumerable<ParkListItem> parks, CultureInfo culture)
    {
        var lines = new List<string> { string.Join(',', Columns.Select(c => Quote(Header(c, culture)))) };
        var number = 0;
        lines.AddRange(parks.Select(p => string.Join(',', Cells(p, ++number, culture).Select(c => Quote(Convert.ToString(c, CultureInfo.InvariantCulture) ?? "")))));
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }

    private static string Header(string column, CultureInfo culture) => Text.Get($"Column.{column}").In(culture);

    private static object?[] Cells(ParkListItem p, int number, CultureInfo culture) =>
    [
        number, p.Name, p.ShortName, Text.Label(p.Level, culture), Text.Label(p.Kind, culture),
        Bilingual.IsEnglish(culture) ? p.CityEn : p.CityZh, p.CountyZh, p.PlannedYear,
        p.State is { } s ? Text.Label(s, culture) : null,
    ];

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

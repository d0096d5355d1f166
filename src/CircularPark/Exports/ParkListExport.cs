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
        var number = 0;
        return CsvWriter.Write([Columns.Select(c => (object?)Header(c, culture)), .. parks.Select(p => Cells(p, ++number, culture))]);
    }

    private static string Header(string column, CultureInfo culture) => Text.Get($"Column.{column}").In(culture);

    private static object?[] Cells(ParkListItem p, int number, CultureInfo culture) =>
    [
        number, p.Name, p.ShortName, Text.Label(p.Level, culture), Text.Label(p.Kind, culture),
        Bilingual.IsEnglish(culture) ? p.CityEn : p.CityZh, p.CountyZh, p.PlannedYear,
        p.State is { } s ? Text.Label(s, culture) : null,
    ];
}

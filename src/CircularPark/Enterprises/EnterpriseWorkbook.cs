using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>A park's enterprises as the import workbook: sheet 企业 and sheet 物料流 (one row per stream and user, a
/// stream without users on one row, then the inputs), headers in the user's language. Importing it changes nothing.</summary>
public static class EnterpriseWorkbook
{
    public static byte[] Build(IReadOnlyList<EnterpriseView> enterprises, CultureInfo culture)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet(EnterpriseSheets.SheetName("Enterprises").In(culture));
        sheet.Row(XlsxStyle.Header, [.. EnterpriseSheets.EnterpriseKeys.Select(k => (object?)Text.Get(EnterpriseSheets.EnterprisePrefix + k).In(culture))]);
        foreach (var e in enterprises)
            sheet.Row(XlsxStyle.Bordered, e.Name, e.IndustryCode, e.Latitude, e.Longitude, e.Address, e.PermitNumber, e.PermitScope,
                e.PermitValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        sheet.ColumnWidths(36, 12, 10, 10, 30, 20, 30, 14);

        var streams = book.Sheet(EnterpriseSheets.SheetName("Streams").In(culture));
        streams.Row(XlsxStyle.Header, [.. EnterpriseSheets.StreamKeys.Select(k => (object?)Text.Get(EnterpriseSheets.StreamPrefix + k).In(culture))]);
        foreach (var e in enterprises)
        {
            foreach (var s in e.Streams)
            {
                object?[] cells = [e.Name, Text.Label(StreamDirection.Output, culture), s.Name, s.MaterialCode, s.MaterialCategory,
                    Text.Label(s.Kind, culture), s.Quantity, Text.Label(s.Unit, culture), s.HazardCode, s.SolidWasteCode, null];
                if (s.Uses.Count == 0) streams.Row(XlsxStyle.Bordered, [.. cells, null, null, null]);
                foreach (var u in s.Uses) streams.Row(XlsxStyle.Bordered, [.. cells, u.EnterpriseName, u.OutsideUser, u.Quantity]);
            }
            foreach (var i in e.Inputs)
                streams.Row(XlsxStyle.Bordered, e.Name, Text.Label(StreamDirection.Input, culture), i.Name, i.MaterialCode, null, null, i.Quantity,
                    Text.Label(i.Unit, culture), null, null, Text.Get(i.BoughtOutsidePark ? "Bool.True" : "Bool.False").In(culture));
        }
        streams.ColumnWidths(30, 8, 20, 22, 22, 8, 12, 10, 14, 14, 10, 24, 20, 10);
        return book.Build();
    }
}

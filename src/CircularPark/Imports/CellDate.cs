using System.Globalization;

namespace CircularPark.Imports;

/// <summary>A date in a spreadsheet cell, as people write it (2024-05-20, 2024/5/20, 2024.5.20, 2024年5月20日) or as Excel stores it (a day number).</summary>
public static class CellDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>The date, or null when the text is none of the forms (Excel day numbers from 2000 to 2099 only).</summary>
    public static DateOnly? Parse(string text)
    {
        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var serial) && serial is > 36526 and < 73051)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }
}

using System.Globalization;

namespace CircularPark.Imports;

/// <summary>Dates as people write them in a cell (2024-05-20, 2024/5/20, 2024.5.20, 2024年5月20日) or as Excel stores them (a day number).</summary>
public static class CellDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>The date, or null when the text is none of the forms.</summary>
    public static DateOnly? Parse(string text) => TryParse(text, out var day) ? day : null;

    public static bool TryParse(string text, out DateOnly day)
    {
        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return true;
        // Excel keeps dates as serial numbers (days since 1899-12-30); 1900-01-01 … 2099-12-31.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 2 and < 73051)
        {
            day = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial)));
            return true;
        }
        return false;
    }
}

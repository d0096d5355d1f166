using System.Globalization;
using System.Text;
using CircularPark.Inputs;

namespace CircularPark.Exports;

/// <summary>
/// The one CSV writer (ADR 0056): UTF-8 with BOM and CRLF as Excel in China opens it, RFC 4180 quoting, and safe to open.
/// A text cell that begins with = + - @, tab or CR gets a leading apostrophe, so a spreadsheet shows it as text instead
/// of running it as a formula (CSV injection: <c>=HYPERLINK(…)</c> in a park name); numbers are written as numbers, so
/// a negative number stays a number; characters no file may carry (control characters) are left out.
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One cell as it is written between the commas.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        int or long or double or decimal or float or short => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Neutralise(TextRules.Clean(Convert.ToString(value, CultureInfo.InvariantCulture)))),
    };

    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}

using System.Globalization;
using CircularPark.Exports;
using CircularPark.Inputs;
using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>The cells one file may still keep, shared by its sheets (<see cref="SheetLimits.MaxCells"/>).</summary>
internal sealed class CellBudget(SheetLimits limits)
{
    private long _cells;

    public SheetLimits Limits => limits;

    public void Take(int cells)
    {
        _cells += cells;
        if (_cells > limits.MaxCells) throw InputLimitException.Of("too-many-cells", InputLimitException.TooMany, Count(limits.MaxCells));
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Collects one sheet's rows as a reader streams them, under the caps: a column beyond <see cref="SheetLimits.MaxColumns"/>,
/// a cell longer than <see cref="SheetLimits.MaxCellChars"/>, more data rows than <see cref="SheetLimits.MaxRows"/> or
/// cells than the budget are refused when met, never allocated; a control character (other than tab, CR, LF) is refused
/// with its cell. Blank rows are dropped; the first row with content is the header. With <c>keep</c> false rows are
/// only counted (the API's check before a use case reads the file).
/// </summary>
internal sealed class TableBuilder(CellBudget budget, string sheet, bool keep)
{
    private readonly List<TableRow> _rows = [];
    private List<string> _cells = [];
    private int _number;
    private int _contentRows;

    public SheetLimits Limits => budget.Limits;

    /// <summary>The column a cell without a reference takes: the next one.</summary>
    public int NextColumn => _cells.Count;

    public void StartRow(int number)
    {
        EndRow();
        _number = number;
    }

    /// <summary>A cell's value at zero-based <paramref name="column"/>; the cells between are empty.</summary>
    public void Cell(int column, string text)
    {
        if (column >= Limits.MaxColumns) throw TooFarRight(column);
        if (text.Length > Limits.MaxCellChars) throw CellTooLong(column);
        var at = TextRules.FirstForbidden(text, TextKind.MultiLine);
        if (at >= 0) throw new TableReadException("control-character", Text.Get("Rule.control-character", sheet, Reference(column), TextRules.CodePoint(text[at])));
        while (_cells.Count < column) _cells.Add("");
        if (column < _cells.Count) _cells[column] = text;
        else _cells.Add(text);
    }

    public void EndRow()
    {
        if (_cells.Count == 0) return;
        var row = new TableRow(_number, _cells);
        _cells = [];
        if (row.IsBlank) return;
        if (++_contentRows > Limits.MaxRows + 1)
            throw InputLimitException.Of("too-many-rows", InputLimitException.TooMany, sheet, CellBudget.Count(Limits.MaxRows));
        budget.Take(row.Cells.Count);
        if (keep) _rows.Add(row);
    }

    public Table Build()
    {
        EndRow();
        if (_rows.Count == 0) return new Table([], []);
        return new Table(_rows[0].Cells.Select(c => c.Trim()).ToList(), _rows.Skip(1).ToList());
    }

    /// <summary>The column of a reference such as "C12" (zero-based), refused when it lies beyond the limit.</summary>
    public int Column(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > Limits.MaxColumns)
                throw InputLimitException.Of("too-many-columns", InputLimitException.TooMany, sheet, reference.Length > 16 ? reference[..16] + "…" : reference,
                    XlsxBuilder.ColumnName(Limits.MaxColumns - 1), Limits.MaxColumns);
        }
        return Math.Max(0, index - 1);
    }

    public InputLimitException CellTooLong(int column) =>
        InputLimitException.Of("cell-length", InputLimitException.TooLarge, sheet, Reference(column), CellBudget.Count(Limits.MaxCellChars));

    private InputLimitException TooFarRight(int column) =>
        InputLimitException.Of("too-many-columns", InputLimitException.TooMany, sheet, Reference(column), XlsxBuilder.ColumnName(Limits.MaxColumns - 1), Limits.MaxColumns);

    private string Reference(int column) => XlsxBuilder.ColumnName(column) + _number.ToString(CultureInfo.InvariantCulture);
}

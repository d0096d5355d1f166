using System.Globalization;
using CircularPark.Engines.Symbiosis;
using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>A row of the 企业 sheet; empty optional cells are null (they keep what is stored).</summary>
internal sealed record EnterpriseCells(int Row, string Name, string? IndustryCode, double? Latitude, double? Longitude, string? Address,
    string? PermitNumber, string? PermitScope, DateOnly? PermitValidTo);

/// <summary>A row of the 物料流 sheet: a stream (and one of its users) or an input.</summary>
internal sealed record StreamCells(int Row, string Enterprise, StreamDirection Direction, string MaterialCode, string Name, string? Category,
    StreamKind? Kind, double Quantity, QuantityUnit Unit, string? HazardCode, string? SolidWasteCode, bool? BoughtOutside,
    string? User, string? OutsideUser, double? UserQuantity)
{
    /// <summary>What a repeated row of the same stream must agree on.</summary>
    public object Stream => (Name, Category, Kind, Quantity, Unit, HazardCode, SolidWasteCode, BoughtOutside);
}

/// <summary>Reads cells into typed values, reporting each cell that cannot be read (the business rules come after).</summary>
internal sealed class EnterpriseRowParser(SheetColumns columns, List<ImportProblem> problems)
{
    public EnterpriseCells? Enterprise(TableRow row)
    {
        var before = problems.Count;
        var name = Required(row, "Name");
        var cells = new EnterpriseCells(row.Number, name ?? "", Optional(row, "IndustryCode"), Number(row, "Latitude", signed: true),
            Number(row, "Longitude", signed: true), Optional(row, "Address"), Optional(row, "PermitNumber"), Optional(row, "PermitScope"), Date(row, "PermitValidTo"));
        return problems.Count > before || name is null ? null : cells;
    }

    public StreamCells? Stream(TableRow row)
    {
        var before = problems.Count;
        var enterprise = Required(row, "Enterprise");
        var direction = Enum<StreamDirection>(row, "Direction", "direction", required: true);
        var code = Required(row, "MaterialCode");
        var name = Required(row, "Name");
        var kind = direction == StreamDirection.Output ? Enum<StreamKind>(row, "Kind", "stream-kind", required: true) : null;
        var quantity = Number(row, "Quantity", signed: false);
        if (quantity is null && columns.Value(row, "Quantity").Length == 0) problems.Add(columns.Problem(row.Number, "Quantity", "required", ""));
        var unit = Unit(row);
        var cells = new StreamCells(row.Number, enterprise ?? "", direction ?? StreamDirection.Output, code ?? "", name ?? "", Optional(row, "Category"), kind, quantity ?? 0, unit,
            Optional(row, "HazardCode"), Optional(row, "SolidWasteCode"), Bool(row, "BoughtOutside"), Optional(row, "User"), Optional(row, "OutsideUser"),
            Number(row, "UserQuantity", signed: false));
        return problems.Count > before ? null : cells;
    }

    private string? Required(TableRow row, string key)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) problems.Add(columns.Problem(row.Number, key, "required", ""));
        return value.Length == 0 ? null : value;
    }

    private string? Optional(TableRow row, string key) => columns.Value(row, key) is { Length: > 0 } v ? v : null;

    private double? Number(TableRow row, string key, bool signed)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && (signed || n >= 0)) return n;
        problems.Add(columns.Problem(row.Number, key, "number", value));
        return null;
    }

    private DateOnly? Date(TableRow row, string key)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) return null;
        if (Imports.CellDates.TryParse(value, out var d)) return d;
        problems.Add(columns.Problem(row.Number, key, "date", value));
        return null;
    }

    private T? Enum<T>(TableRow row, string key, string rule, bool required) where T : struct, System.Enum
    {
        var value = columns.Value(row, key);
        if (value.Length == 0)
        {
            if (required) problems.Add(columns.Problem(row.Number, key, "required", ""));
        }
        else if (Text.TryParseLabel<T>(value, out var parsed)) return parsed;
        else problems.Add(columns.Problem(row.Number, key, rule, value));
        return null;
    }

    private QuantityUnit Unit(TableRow row)
    {
        var value = columns.Value(row, "Unit");
        if (value.Length == 0) return QuantityUnit.Tonne;
        if (QuantityUnits.TryParse(value, out var unit)) return unit;
        problems.Add(columns.Problem(row.Number, "Unit", "unit", value));
        return QuantityUnit.Tonne;
    }

    private bool? Bool(TableRow row, string key)
    {
        var value = columns.Value(row, key).ToUpperInvariant();
        if (value.Length == 0) return null;
        if (value is "是" or "Y" or "YES" or "TRUE" or "1") return true;
        if (value is "否" or "N" or "NO" or "FALSE" or "0") return false;
        problems.Add(columns.Problem(row.Number, key, "yes-no", columns.Value(row, key)));
        return null;
    }
}

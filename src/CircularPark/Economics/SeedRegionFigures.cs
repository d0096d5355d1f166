using System.Globalization;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Identity;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Economics;

/// <summary>One region-year of reported figures read from a file.</summary>
public sealed record ReportedFile(string Region, int Year, IReadOnlyList<RegionFigureInput> Figures);

/// <summary>
/// Regions' reported figures in files: columns region, year, scope (<c>parks</c> for all the region's parks, <c>region</c> for
/// the whole region), code, value, unit, reported_growth_percent, reported_share_percent, source, quote (the sentence the
/// value is taken from). The seed (<c>data/seed/economics-*.csv</c>: seed 001's Shaoguan 2021 totals) and the CLI read them,
/// and store them through <see cref="SaveRegionFigures"/> as a user would enter them.
/// </summary>
public static class SeedRegionFigures
{
    private static readonly AccessScope Seeder = new(Roles.Admin, null, null, "seed");

    /// <summary>Loads the seed files; a region-year that already has figures is left alone. Returns the figures stored.</summary>
    public static async Task<int> SeedAsync(AppDbContext db, SaveRegionFigures save, SeedFiles files, CancellationToken ct)
    {
        var stored = 0;
        foreach (var name in files.Names.Where(n => n.StartsWith("economics-", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            await using var stream = files.Open(name);
            foreach (var file in Read(stream, name))
            {
                if (await db.RegionFigures.AnyAsync(f => f.Year == file.Year && db.Regions.Any(r => r.Id == f.RegionId && r.Code == file.Region), ct)) continue;
                var outcome = await save.ExecuteAsync(file.Region, file.Year, file.Figures, Seeder, ct);
                if (!outcome.IsOk) throw new InvalidDataException($"{name}: {file.Region} {file.Year}: {outcome.Failure!.Explain(english: true)}");
                stored += outcome.Value.Stored;
            }
        }
        return stored;
    }

    /// <summary>The region-years of a CSV or xlsx file in the columns above.</summary>
    /// <exception cref="InvalidDataException">A year or value that is not a number, or a missing column.</exception>
    public static IReadOnlyList<ReportedFile> Read(Stream stream, string name)
    {
        var table = TableReader.Read(stream, name);
        var columns = table.Header.Select((h, i) => (h.Trim(), i)).ToDictionary(c => c.Item1, c => c.i, StringComparer.OrdinalIgnoreCase);
        string Cell(TableRow row, string column) =>
            columns.TryGetValue(column, out var at) ? row.Cell(at) : throw new InvalidDataException($"{name}: no column \"{column}\"");
        double? Number(TableRow row, string column) => Cell(row, column) is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new InvalidDataException($"{name}: row {row.Number}: {column} \"{text}\" is not a number")
            : null;
        return table.Rows.Where(r => !r.IsBlank).GroupBy(r => (Region: Cell(r, "region"), Year: (int)(Number(r, "year") ?? 0)))
            .Select(g => new ReportedFile(g.Key.Region, g.Key.Year, g.Select(r => new RegionFigureInput(Cell(r, "code"),
                Number(r, "value") ?? throw new InvalidDataException($"{name}: row {r.Number}: no value"), Cell(r, "unit") is { Length: > 0 } unit ? unit : null,
                Cell(r, "scope") == "region" ? FigureScope.WholeRegion : FigureScope.ParksTotal, Number(r, "reported_growth_percent"),
                Number(r, "reported_share_percent"), Cell(r, "source"), Cell(r, "quote"))).ToList()))
            .ToList();
    }
}

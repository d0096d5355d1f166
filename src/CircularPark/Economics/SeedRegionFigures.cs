using System.Globalization;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Identity;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Economics;

/// <summary>
/// Loads the regions' reported figures transcribed from the source documents (<c>data/seed/economics-*.csv</c>: seed 001's
/// Shaoguan 2021 totals of all its parks, each with the sentence it comes from) through <see cref="SaveRegionFigures"/>, as
/// a user would enter them. A region-year that already has figures is left alone. Returns the figures stored.
/// </summary>
public static class SeedRegionFigures
{
    private static readonly AccessScope Seeder = new(Roles.Admin, null, null, "seed");

    public static async Task<int> SeedAsync(AppDbContext db, SaveRegionFigures save, SeedFiles files, CancellationToken ct)
    {
        var stored = 0;
        foreach (var name in files.Names.Where(n => n.StartsWith("economics-", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            await using var stream = files.Open(name);
            var table = TableReader.Read(stream, name);
            string Cell(TableRow row, string column) => row.Cell(table.Header.ToList().IndexOf(column));
            foreach (var group in table.Rows.Where(r => !r.IsBlank).GroupBy(r => (Region: Cell(r, "region"), Year: int.Parse(Cell(r, "year"), CultureInfo.InvariantCulture))))
            {
                if (await db.RegionFigures.AnyAsync(f => f.Year == group.Key.Year && db.Regions.Any(r => r.Id == f.RegionId && r.Code == group.Key.Region), ct)) continue;
                var figures = group.Select(r => new RegionFigureInput(Cell(r, "code"), Number(Cell(r, "value"))!.Value, Cell(r, "unit"),
                    Cell(r, "scope") == "parks" ? FigureScope.ParksTotal : FigureScope.WholeRegion, Number(Cell(r, "reported_growth_percent")),
                    Number(Cell(r, "reported_share_percent")), Cell(r, "source"), Cell(r, "quote"))).ToList();
                var outcome = await save.ExecuteAsync(group.Key.Region, group.Key.Year, figures, Seeder, ct);
                if (!outcome.IsOk) throw new InvalidDataException($"{name}: {group.Key.Region} {group.Key.Year}: {outcome.Failure!.Explain(english: true)}");
                stored += outcome.Value.Stored;
            }
        }
        return stored;
    }

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}

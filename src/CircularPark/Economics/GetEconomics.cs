using CircularPark.Compliance;
using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Economics;

/// <summary>An economic item as tables show it: code, names, canonical unit, and the unit of its 亩均 figure (money only).</summary>
public sealed record EconomicItemView(string Code, string NameZh, string NameEn, string Unit, string? PerMuUnit);

/// <summary>A figure a region reported for itself, with the source's own growth and share and its sentence.</summary>
public sealed record ReportedFigureView(string Code, FigureScope Scope, double Value, double EnteredValue, string? EnteredUnit, double? ReportedGrowthPercent,
    double? ReportedSharePercent, string Source, string SourceNote);

/// <summary>A region's reported figures of the year and the rules they break (warnings only: official figures are kept).</summary>
public sealed record ReportedRegion(string RegionCode, string Region, IReadOnlyList<ReportedFigureView> Figures, IReadOnlyList<RuleFinding> Warnings);

/// <summary>The economics of a region's parks in a year: park rows, roll-ups to cities and provinces, and the regions' reported totals.</summary>
public sealed record EconomicsView(string RegionCode, string Region, int Year, IReadOnlyList<EconomicItemView> Items, IReadOnlyList<ParkEconomics> Parks,
    IReadOnlyList<RollUpEconomics> RollUps, IReadOnlyDictionary<string, string> RegionNames, IReadOnlyList<ReportedRegion> Reported);

/// <summary>
/// Park economics for officials whose region covers the region asked (a city its parks, a province its cities): each park's
/// figures with growth, shares and 亩均 values, the roll-ups, and what each region reported for itself (seed 001's
/// Shaoguan totals), with the warnings those raise.
/// </summary>
public sealed class GetEconomics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<EconomicsView>> ExecuteAsync(string regionCode, int year, AccessScope user, CancellationToken ct = default)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, ct);
        if (region is null) return Failure.NotFound("Economics.RegionNotFound", regionCode);
        if (!user.Allows(Permissions.EconomicsRead, ScopeTarget.Region(region.Path))) return Failure.Forbidden;
        var setup = (await catalog.LoadAsync(null, ct))!;
        var parks = await ParkScope.WithinAsync(db, region.Path, ct);
        var (rows, rollUps) = await EconomicTable.BuildAsync(db, setup.Catalogue, parks, year, ct);
        var items = EconomicTable.Items(setup.Catalogue).Select(i => new EconomicItemView(i.Code, i.NameZh, i.NameEn, i.Unit,
            i.Kind == DataItemKind.Money ? $"{i.Unit}/亩" : null)).ToList();
        var reported = await ReportedAsync(setup, region.Path, year, ct);
        var codes = rollUps.Select(r => r.RegionCode).Concat(reported.Select(r => r.RegionCode)).Append(region.Code).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.NameZh, ct);
        return new EconomicsView(region.Code, region.NameZh, year, items, rows.OrderBy(r => r.CityCode, StringComparer.Ordinal).ThenBy(r => r.Park, StringComparer.Ordinal).ToList(),
            rollUps, names, reported);
    }

    private async Task<List<ReportedRegion>> ReportedAsync(IndicatorSetup setup, string path, int year, CancellationToken ct)
    {
        var prefix = path + "%";
        var figures = await db.RegionFigures.AsNoTracking().Where(f => f.Year == year)
            .Join(db.Regions.Where(r => EF.Functions.Like(r.Path, prefix)), f => f.RegionId, r => r.Id, (f, r) => new { Figure = f, r.Code, r.NameZh })
            .ToListAsync(ct);
        return figures.GroupBy(f => (f.Code, f.NameZh)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g =>
        {
            var ordered = g.Select(f => f.Figure).OrderBy(f => f.Scope)
                .ThenBy(f => setup.Catalogue.TryGet(f.Code, out _, out var slot) ? slot : int.MaxValue).ToList();
            var warnings = ordered.GroupBy(f => f.Scope).SelectMany(s => setup.Validator.Validate(new ParkYearStatistics(year,
                s.Select(f => new DataEntry(f.Code, f.EnteredValue, f.EnteredUnit)).ToList())).Diagnostics.Select(RuleFinding.From)).ToList();
            return new ReportedRegion(g.Key.Code, g.Key.NameZh, ordered.Select(f => new ReportedFigureView(f.Code, f.Scope, f.Value, f.EnteredValue, f.EnteredUnit,
                f.ReportedGrowthPercent, f.ReportedSharePercent, f.Source, f.SourceNote)).ToList(), warnings);
        }).ToList();
    }
}

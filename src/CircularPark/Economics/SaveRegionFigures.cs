using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Economics;

/// <summary>One figure a region reports: item, value and unit as written, the growth and share the source states, and where it says so.</summary>
public sealed record RegionFigureInput(string Code, double Value, string? Unit = null, FigureScope Scope = FigureScope.ParksTotal,
    double? ReportedGrowthPercent = null, double? ReportedSharePercent = null, string? Source = null, string? SourceNote = null);

/// <summary>What was stored, and the warnings the figures raise (kept, never refused: they are official).</summary>
public sealed record RegionFiguresSaved(int Stored, IReadOnlyList<RuleFinding> Warnings);

/// <summary>
/// Replaces a region's reported figures for a year (officials whose region covers it). Units convert as for park
/// statistics and the same rules run per scope: an error (unknown item or unit, a negative amount, a rate above 100 %)
/// stores nothing; a warning (parts above their total, a missing price base year) is returned and the figures are kept.
/// </summary>
public sealed class SaveRegionFigures(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<RegionFiguresSaved>> ExecuteAsync(string regionCode, int year, IReadOnlyList<RegionFigureInput> figures, AccessScope user,
        CancellationToken ct = default)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, ct);
        if (region is null) return Failure.NotFound("Economics.RegionNotFound", regionCode);
        if (!user.Allows(Permissions.EconomicsReport, ScopeTarget.Region(region.Path))) return Failure.Forbidden;
        if (year is < 1990 or > 2100) return Failure.Invalid("year", "Compliance.Year");
        var setup = (await catalog.LoadAsync(null, ct))!;
        var errors = CheckReported(figures);
        var warnings = new List<RuleFinding>();
        var canonical = new Dictionary<(FigureScope, string), double>();
        foreach (var scope in figures.GroupBy(f => f.Scope))
        {
            var report = setup.Validator.Validate(new ParkYearStatistics(year, scope.Select(f => new DataEntry(f.Code, f.Value, f.Unit)).ToList()));
            foreach (var problem in report.Diagnostics.Select(RuleFinding.From))
                if (problem.Severity == "error") errors.TryAdd($"figures.{problem.Item}", new Bilingual(problem.MessageZh, problem.MessageEn));
                else warnings.Add(problem);
            foreach (var (code, value) in report.Current.Values.Present) canonical[(scope.Key, code)] = value;
        }
        if (errors.Count > 0) return Failure.Invalid(errors);
        db.RegionFigures.RemoveRange(await db.RegionFigures.Where(f => f.RegionId == region.Id && f.Year == year).ToListAsync(ct));
        var now = db.Clock.UtcNow();
        foreach (var f in figures)
        {
            var code = setup.Catalogue[f.Code].Code;
            db.RegionFigures.Add(new RegionFigure
            {
                RegionId = region.Id, Year = year, Scope = f.Scope, Code = code, Value = canonical[(f.Scope, code)], EnteredValue = f.Value,
                EnteredUnit = f.Unit, ReportedGrowthPercent = f.ReportedGrowthPercent, ReportedSharePercent = f.ReportedSharePercent,
                Source = f.Source?.Trim() ?? "", SourceNote = f.SourceNote?.Trim() ?? "", UpdatedBy = user.Name, UpdatedAtUtc = now,
            });
        }
        return await db.TrySaveChangesAsync(() => new RegionFiguresSaved(figures.Count, warnings), ct);
    }

    /// <summary>The stated growth and share are numbers (a share within 0–100 %), the scope is known, the texts fit.</summary>
    private static Dictionary<string, Bilingual> CheckReported(IReadOnlyList<RegionFigureInput> figures)
    {
        var errors = new Dictionary<string, Bilingual>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (!Enum.IsDefined(f.Scope)) errors.TryAdd($"figures[{i}].scope", Text.Get("Compliance.UnknownValue", f.Scope));
            if (f.ReportedGrowthPercent is { } g && (!double.IsFinite(g) || g <= -100)) errors.TryAdd($"figures[{i}].reportedGrowthPercent", Text.Get("Economics.Growth"));
            if (f.ReportedSharePercent is { } s && (!double.IsFinite(s) || s < 0 || s > 100)) errors.TryAdd($"figures[{i}].reportedSharePercent", Text.Get("Economics.Share"));
            if ((f.Source?.Trim().Length ?? 0) > 200) errors.TryAdd($"figures[{i}].source", Text.Get("Compliance.TooLong", 200));
            if ((f.SourceNote?.Trim().Length ?? 0) > 1000) errors.TryAdd($"figures[{i}].sourceNote", Text.Get("Compliance.TooLong", 1000));
        }
        return errors;
    }
}

using System.Globalization;
using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>
/// Imports statistics from xlsx or CSV in long form, a value per row: 园区名称 (park), 年份 (year), 数据项 (item code or
/// Chinese name), 数值 (value), 单位 (unit, optional), 说明 (comment, optional). Values of a park-year in the file replace
/// the same items already stored; the merged set is checked against every rule. Any problem stores nothing.
/// </summary>
public sealed class ImportStatistics(AppDbContext db, IndicatorCatalog catalog, SaveParkStatistics save)
{
    private static readonly (string Key, string Zh, string En)[] Columns =
        [("Park", "园区名称", "Park"), ("Year", "年份", "Year"), ("Item", "数据项", "Item"), ("Value", "数值", "Value"), ("Unit", "单位", "Unit"), ("Comment", "说明", "Comment")];

    private sealed record Line(int Row, int ParkId, int Year, StatisticsEntry Entry);

    public async Task<ImportReport> ExecuteAsync(Stream file, string fileName, bool dryRun, AccessScope user, CancellationToken ct = default)
    {
        Table table;
        try { table = TableReader.Read(file, fileName); }
        catch (NotSupportedException) { return Failed(dryRun, 0, null, "format", Path.GetExtension(fileName)); }
        catch (TableReadException e) { return ImportReport.Failed(dryRun, 0, [e.Problem]); }
        if (table.Rows.Count == 0) return Failed(dryRun, 0, null, "empty-file");
        var index = Columns.ToDictionary(c => c.Key, c => table.Header.ToList().FindIndex(h => h.Trim() == c.Zh || h.Trim().Equals(c.En, StringComparison.OrdinalIgnoreCase)));
        var missing = Columns.Take(4).Where(c => index[c.Key] < 0).Select(c => ImportProblem.Of(1, c.Zh, "missing-column", Text.Get("Rule.missing-column", c.Zh, c.En))).ToList();
        // A header cell that names no column is reported, never silently left out.
        var unknown = table.Header.Select(h => h.Trim()).Where(h => h.Length > 0 && !Columns.Any(c => h == c.Zh || h.Equals(c.En, StringComparison.OrdinalIgnoreCase)))
            .Select(h => ImportProblem.Of(1, h, "unknown-column", Text.Get("Rule.unknown-column", h, string.Join("、", Columns.Select(c => c.Zh)), string.Join(", ", Columns.Select(c => c.En)))))
            .ToList();
        if (missing.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, missing) with { Warnings = unknown };

        var setup = (await catalog.LoadAsync(null, ct))!;
        var today = db.Clock.Today();
        var parks = await db.Parks.AsNoTracking().Select(p => new
        {
            p.Id, p.Name, p.ShortName, Aliases = p.Aliases.Select(a => a.Name).ToList(),
            Path = p.Memberships.Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || today < m.ValidTo)).Select(m => m.Region!.Path).FirstOrDefault(),
        }).ToListAsync(ct);
        var problems = new List<ImportProblem>();
        var lines = new List<Line>();
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            string Cell(string key) => index[key] < 0 ? "" : row.Cell(index[key]);
            // A park's name is unique within its city only: a name several parks answer to is a problem, never a guess.
            var named = parks.Where(p => ParkNames.Same(p.Name, Cell("Park")) || ParkNames.Same(p.ShortName, Cell("Park"))
                || p.Aliases.Any(a => ParkNames.Same(a, Cell("Park")))).ToList();
            // Of several parks of that name (two cities may each have a 经济技术开发区), the one the user may change is meant.
            if (named.Count > 1 && named.Where(p => user.Allows(Permissions.ParkChange, ScopeTarget.Park(p.Id, p.Path))).ToList() is [var own]) named = [own];
            var park = named.Count == 1 ? named[0] : null;
            var item = setup.Catalogue.Items.FirstOrDefault(i => i.Code.Equals(Cell("Item"), StringComparison.OrdinalIgnoreCase) || i.NameZh == Cell("Item"));
            var yearOk = int.TryParse(Cell("Year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2060;
            var valueOk = double.TryParse(Cell("Value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
            if (named.Count > 1) problems.Add(Problem(row.Number, "园区名称", "ambiguous-name", Text.Get("Rule.ambiguous-name", Cell("Park"), string.Join("、", named.Select(p => p.Name)))));
            else if (park is null) problems.Add(Problem(row.Number, "园区名称", "unknown-park", Text.Get("Rule.unknown-park", Cell("Park"))));
            if (!yearOk) problems.Add(Problem(row.Number, "年份", "year", Text.Get("Rule.year", "年份", "Year", Cell("Year"), 2000, 2060)));
            if (item is null) problems.Add(Problem(row.Number, "数据项", "unknown-item", Text.Get("Rule.unknown-item", Cell("Item"))));
            if (!valueOk) problems.Add(Problem(row.Number, "数值", "number", Text.Get("Rule.not-a-number", Cell("Value"))));
            if (park is not null && yearOk && item is not null && valueOk)
                lines.Add(new Line(row.Number, park.Id, year, new StatisticsEntry(item.Code, value, Cell("Unit") is { Length: > 0 } u ? u : null, Cell("Comment") is { Length: > 0 } c ? c : null)));
        }
        foreach (var twice in lines.GroupBy(l => (l.ParkId, l.Year, l.Entry.Code)).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            problems.Add(Problem(twice.Row, "数据项", "duplicate", Text.Get("Rule.duplicate-item", twice.Entry.Code, twice.Year)));
        var groups = lines.GroupBy(l => (l.ParkId, l.Year)).ToList();
        var merged = new List<(int Park, int Year, List<StatisticsEntry> Entries)>();
        foreach (var group in groups)
            merged.Add(await CheckGroupAsync(group.Key.ParkId, group.Key.Year, group.ToList(), setup, user, problems, ct));
        if (problems.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, [.. problems.OrderBy(p => p.Row)]) with { Warnings = unknown };
        if (dryRun) return new ImportReport(true, false, table.Rows.Count, 0, merged.Count, 0, []) { Warnings = unknown };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (park, year, entries) in merged)
            if ((await save.ExecuteAsync(park, year, entries, null, user, ct)).Failure is { } failure)
                return ImportReport.Failed(false, table.Rows.Count, [Problem(0, null, "conflict", failure.Message ?? Text.Get("Statistics.Locked", year))]);
        await transaction.CommitAsync(ct);
        return new ImportReport(false, true, table.Rows.Count, 0, merged.Count, 0, []) { Warnings = unknown };
    }

    /// <summary>Merges a park-year's lines into what is stored and checks scope, lock and every rule, reporting by row.</summary>
    private async Task<(int, int, List<StatisticsEntry>)> CheckGroupAsync(int parkId, int year, List<Line> lines, IndicatorSetup setup, AccessScope user,
        List<ImportProblem> problems, CancellationToken ct)
    {
        var first = lines[0].Row;
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed)
            problems.Add(Problem(first, "园区名称", "scope", Text.Get("Rule.scope-park", lines[0].ParkId)));
        if (await db.ParkStatistics.AnyAsync(s => s.ParkId == parkId && s.Year == year && s.Status == StatisticsStatus.Submitted, ct))
            problems.Add(Problem(first, "年份", "locked", Text.Get("Statistics.Locked", year)));
        var stored = (await StatisticsQueries.LoadYearAsync(db, parkId, year, ct))?.Entries ?? [];
        var entries = stored.Where(e => lines.All(l => !l.Entry.Code.Equals(e.Code, StringComparison.OrdinalIgnoreCase)))
            .Select(e => new StatisticsEntry(e.Code, e.Value, e.Unit, e.Comment, e.PriceBaseYear)).Concat(lines.Select(l => l.Entry)).ToList();
        var report = setup.Validator.Validate(new ParkYearStatistics(year, entries.Select(e => e.ToEngine()).ToList()),
            await StatisticsQueries.LoadYearAsync(db, parkId, year - 1, ct));
        foreach (var error in report.Errors)
        {
            var row = lines.FirstOrDefault(l => l.Entry.Code.Equals(error.Subject, StringComparison.OrdinalIgnoreCase))?.Row ?? first;
            problems.Add(ImportProblem.Of(row, "数值", error.Code, new Bilingual($"{place?.Name ?? parkId.ToString(CultureInfo.InvariantCulture)} {year}：{error.MessageZh}", $"{place?.Name} {year}: {error.MessageEn}")));
        }
        return (parkId, year, entries);
    }

    private static ImportProblem Problem(int row, string? column, string rule, Bilingual message) => ImportProblem.Of(row, column, rule, message);

    private static ImportReport Failed(bool dryRun, int rows, string? column, string rule, params object[] args) =>
        ImportReport.Failed(dryRun, rows, [ImportProblem.Of(0, column, rule, Text.Get($"Rule.{rule}", args))]);
}

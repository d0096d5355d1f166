using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Imports;

/// <summary>
/// Imports a park list (optionally a campaign's list, with planned years) from xlsx or CSV. Every row is checked and
/// matched first (<see cref="ParkMatcher"/>: a park's name is unique within its city; near names wait for the user's
/// choice) and reported as new, matched, changed (which fields) or a problem; columns the import does not read are
/// reported too. A file with any problem stores nothing; a clean file is stored in one transaction; importing the same
/// file again changes nothing (empty optional cells never erase stored values).
/// </summary>
public sealed class ImportParks(AppDbContext db, RegionDirectoryCache regions)
{
    private static readonly string[] CampaignColumns = ["PlannedYear", "State", "StateDate"];

    public Task<ImportReport> ExecuteAsync(Stream file, string fileName, string? campaignCode, bool dryRun,
        AccessScope user, CancellationToken cancellationToken = default) =>
        ExecuteAsync(file, fileName, campaignCode, dryRun, user, new Dictionary<int, ParkChoice>(), cancellationToken);

    /// <summary>Imports with the choices the user made, by spreadsheet row, for rows whose park could not be told from the name.</summary>
    public async Task<ImportReport> ExecuteAsync(Stream file, string fileName, string? campaignCode, bool dryRun,
        AccessScope user, IReadOnlyDictionary<int, ParkChoice> choices, CancellationToken cancellationToken = default)
    {
        Table table;
        try
        {
            table = TableReader.Read(file, fileName);
        }
        catch (NotSupportedException)
        {
            return FileProblem(dryRun, "format", Path.GetExtension(fileName));
        }
        catch (TableReadException e)
        {
            return ImportReport.Failed(dryRun, 0, [e.Problem]);
        }
        if (table.Rows.Count == 0) return FileProblem(dryRun, "empty-file");

        var campaign = campaignCode is null ? null
            : await db.Campaigns.Include(c => c.ScopeRegion).SingleOrDefaultAsync(c => c.Code == campaignCode, cancellationToken);
        if (campaignCode is not null && campaign is null) return FileProblem(dryRun, "campaign", campaignCode);

        var warnings = new List<ImportProblem>();
        var (columns, problems) = ParkImportColumns.Map(table.Header, campaign is not null, warnings);
        if (problems.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, problems) with { Warnings = warnings };
        if (campaign is null)
            foreach (var key in CampaignColumns.Where(columns.Has))
            {
                var label = ParkImportColumns.Label(key);
                warnings.Add(ImportProblem.Of(1, label.Zh, "campaign-column", Text.Get("Rule.campaign-column", label.Zh, label.En)));
            }

        var directory = await regions.GetAsync(db, cancellationToken);
        var asOf = (campaign is null ? null : ParkImportApplier.ListDate(campaign)) ?? db.Clock.Today();
        // Places are looked up in the campaign's scope, else nationwide; the user's own scope is a separate rule ("scope").
        var scope = (campaign is null ? null : directory.Find(campaign.ScopeRegionId)) ?? directory.Nation!;
        var parser = new ParkRowParser(columns, new PlaceResolver(directory), scope, asOf, user, campaign is not null);
        var rows = table.Rows.Where(line => !line.IsBlank).Select(line => (line, row: parser.Parse(line, problems))).ToList();

        var matcher = new ParkMatcher(await KnownParksAsync(asOf, cancellationToken), directory);
        var matches = new Dictionary<int, RowMatch>();
        foreach (var row in rows.Select(r => r.row).OfType<ParkRow>())
        {
            var match = matcher.Match(row, choices.GetValueOrDefault(row.Row));
            if (match.Problem is { } problem) problems.Add(problem);
            matches[row.Row] = match;
        }
        Duplicates(rows.Select(r => r.row).OfType<ParkRow>(), matches, problems);

        var outcomes = await ApplyAsync(rows.Select(r => r.row).OfType<ParkRow>().Where(r => matches[r.Row].Kind != RowMatchKind.Problem).ToList(),
            matches, campaign, user.Name, fileName, directory, problems, cancellationToken);
        var report = Report(dryRun, table.Rows.Count, rows.Select(r => r.line), line => columns.Value(line, "Name"), outcomes, matches, problems) with { Warnings = warnings };
        if (dryRun || report.HasProblems)
        {
            db.ChangeTracker.Clear();
            return report;
        }
        await db.SaveChangesAsync(cancellationToken);
        return report with { Committed = true };
    }

    /// <summary>Every stored park with its names and the region it was in on the list's date (else its latest).</summary>
    private async Task<List<KnownPark>> KnownParksAsync(DateOnly asOf, CancellationToken ct)
    {
        var parks = await db.Parks.AsNoTracking()
            .Select(p => new { p.Id, p.Name, Memberships = p.Memberships.Select(m => new { m.RegionId, m.ValidFrom, m.ValidTo }).ToList(), Aliases = p.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(ct);
        return parks.Where(p => p.Memberships.Count > 0).Select(p => new KnownPark(p.Id, p.Name,
            (p.Memberships.FirstOrDefault(m => (m.ValidFrom is null || m.ValidFrom <= asOf) && (m.ValidTo is null || asOf < m.ValidTo))
             ?? p.Memberships.OrderBy(m => m.ValidTo is null).ThenBy(m => m.ValidTo).Last()).RegionId, p.Aliases)).ToList();
    }

    /// <summary>Two rows may not mean the same park: the same stored park, or the same new name in the same place.</summary>
    private static void Duplicates(IEnumerable<ParkRow> rows, Dictionary<int, RowMatch> matches, List<ImportProblem> problems)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var match = matches[row.Row];
            if (match.Kind == RowMatchKind.Problem) continue;
            var key = match.Park is { } park ? $"park:{park.Id}" : $"new:{(row.City ?? row.Region).Id}:{ParkNames.Key(row.Name)}";
            if (first.TryAdd(key, row.Row)) continue;
            var label = ParkImportColumns.Label("Name");
            var problem = ImportProblem.Of(row.Row, label.Zh, "duplicate", Text.Get("Rule.duplicate", label.Zh, label.En, row.Name, first[key]));
            problems.Add(problem);
            matches[row.Row] = new RowMatch(RowMatchKind.Problem, null, [], problem);
        }
    }

    private async Task<List<ImportRowOutcome>> ApplyAsync(List<ParkRow> rows, Dictionary<int, RowMatch> matches, Campaign? campaign,
        string actor, string fileName, RegionDirectory directory, List<ImportProblem> problems, CancellationToken ct)
    {
        var ids = rows.Select(r => matches[r.Row].Park?.Id).OfType<int>().ToList();
        var parks = await db.Parks.Include(p => p.Memberships).Include(p => p.Aliases)
            .Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var participations = campaign is null ? [] : await db.Participations.Include(p => p.History)
            .Where(p => p.CampaignId == campaign.Id && ids.Contains(p.ParkId)).ToDictionaryAsync(p => p.ParkId, ct);
        var applier = new ParkImportApplier(db, directory, campaign, actor, fileName);
        return rows.Select(row =>
        {
            var match = matches[row.Row];
            var park = match.Park is { } known ? parks[known.Id] : null;
            return applier.Apply(row, park, park is null ? null : participations.GetValueOrDefault(park.Id), match.Rename, match.KeepAsVariant, problems);
        }).ToList();
    }

    /// <summary>One outcome per data row, in file order; a row with any problem is a problem, with the parks it may mean.</summary>
    private static ImportReport Report(bool dryRun, int rowCount, IEnumerable<TableRow> lines, Func<TableRow, string> name, List<ImportRowOutcome> applied,
        Dictionary<int, RowMatch> matches, List<ImportProblem> problems)
    {
        var byRow = applied.ToDictionary(o => o.Row);
        var problemRows = problems.Select(p => p.Row).ToHashSet();
        var outcomes = lines.Select(line =>
        {
            var candidates = matches.GetValueOrDefault(line.Number)?.Candidates ?? [];
            if (problemRows.Contains(line.Number) || !byRow.TryGetValue(line.Number, out var outcome))
                return new ImportRowOutcome(line.Number, byRow.GetValueOrDefault(line.Number)?.Name ?? NullIfEmpty(name(line)), ImportRowStatus.Problem, null, null, [], candidates);
            return outcome;
        }).ToList();
        int Count(ImportRowStatus status) => outcomes.Count(o => o.Status == status);
        return new ImportReport(dryRun, false, rowCount, Count(ImportRowStatus.New), Count(ImportRowStatus.Changed), Count(ImportRowStatus.Matched),
            [.. problems.OrderBy(p => p.Row)]) { Outcomes = outcomes };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static ImportReport FileProblem(bool dryRun, string rule, params object[] args) =>
        ImportReport.Failed(dryRun, 0, [ImportProblem.Of(0, null, rule, Text.Get($"Rule.{rule}", args))]);
}

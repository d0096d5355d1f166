using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Imports;

/// <summary>
/// Imports a park list (optionally a campaign's list, with planned years) from xlsx or CSV. Every row is checked
/// first; a file with any problem stores nothing; a clean file is stored in one transaction; importing the same
/// file again changes nothing (parks are matched by name, participations by campaign and park; empty optional
/// cells never erase stored values).
/// </summary>
public sealed class ImportParks(AppDbContext db, RegionDirectoryCache regions)
{
    public async Task<ImportReport> ExecuteAsync(Stream file, string fileName, string? campaignCode, bool dryRun,
        AccessScope user, CancellationToken cancellationToken = default)
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

        var (columns, problems) = ParkImportColumns.Map(table.Header, campaign is not null);
        if (problems.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, problems);

        var directory = await regions.GetAsync(db, cancellationToken);
        var tree = directory.Tree;
        var asOf = campaign?.IssuedOn ?? db.Clock.Today();
        // Places are looked up in the campaign's scope, else nationwide; the user's own scope is a separate rule ("scope").
        var scope = (campaign is null ? null : directory.Find(campaign.ScopeRegionId)) ?? directory.Nation!;
        var parser = new ParkRowParser(columns, new PlaceResolver(directory), tree, scope, asOf, user, campaign is not null);

        var rows = new List<ParkRow>();
        var firstRowOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in table.Rows)
        {
            if (line.IsBlank) continue;
            var row = parser.Parse(line, problems);
            if (row is null) continue;
            if (firstRowOfName.TryGetValue(row.Name, out var first))
            {
                var label = ParkImportColumns.Label("Name");
                problems.Add(ImportProblem.Of(row.Row, label.Zh, "duplicate", Text.Get("Rule.duplicate", label.Zh, label.En, row.Name, first)));
                continue;
            }
            firstRowOfName[row.Name] = row.Row;
            rows.Add(row);
        }

        var names = rows.Select(r => r.Name).ToList();
        var existing = await db.Parks.Include(p => p.Memberships)
            .Where(p => names.Contains(p.Name)).ToDictionaryAsync(p => p.Name, cancellationToken);
        CheckRegions(rows, existing, tree, asOf, problems);
        if (problems.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, [.. problems.OrderBy(p => p.Row)]);

        var participations = campaign is null ? [] : await db.Participations
            .Where(p => p.CampaignId == campaign.Id && names.Contains(p.Park!.Name))
            .Include(p => p.Park).ToDictionaryAsync(p => p.Park!.Name, cancellationToken);
        var counts = new ParkImportApplier(db, directory, campaign, user.Name, fileName).Apply(rows, existing, participations);
        if (!dryRun) await db.SaveChangesAsync(cancellationToken);
        else db.ChangeTracker.Clear();
        return new ImportReport(dryRun, !dryRun, table.Rows.Count, counts.Created, counts.Updated, counts.Unchanged, []);
    }

    /// <summary>A park already stored must be in the row's city on the list's date.</summary>
    private static void CheckRegions(List<ParkRow> rows, Dictionary<string, Park> existing, RegionTree tree, DateOnly asOf, List<ImportProblem> problems)
    {
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Name, out var park)) continue;
            var region = park.MembershipOn(asOf)?.RegionId;
            var place = row.City ?? row.Region;
            if (region is { } r && !tree.IsWithin(r, place.Id) && !tree.IsWithin(row.Region.Id, r))
            {
                var city = tree.AtLevel(r, RegionLevel.City) ?? tree.Find(r)!;
                var label = ParkImportColumns.Label("City");
                problems.Add(ImportProblem.Of(row.Row, label.Zh, "other-city",
                    Text.Get("Rule.other-city", label.Zh, label.En, row.Name, city.NameZh, city.NameEn)));
            }
        }
    }

    private static ImportReport FileProblem(bool dryRun, string rule, params object[] args) =>
        ImportReport.Failed(dryRun, 0, [ImportProblem.Of(0, null, rule, Text.Get($"Rule.{rule}", args))]);
}

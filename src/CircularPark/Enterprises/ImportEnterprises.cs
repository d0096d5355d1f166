using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Enterprises;

/// <summary>
/// Imports a park's enterprises and their streams from one workbook (sheets 企业 and 物料流, see
/// <see cref="EnterpriseSheets"/>), for a user who may change the park. Every row is checked first and each problem
/// reported by sheet, row, column and rule; a workbook with any problem stores nothing; a clean one is stored in one
/// transaction; importing it again changes nothing. Enterprises are matched by name, streams and inputs by material
/// code; empty cells and rows left out never erase what is stored; the users named for a stream replace its users.
/// </summary>
public sealed class ImportEnterprises(AppDbContext db)
{
    public async Task<Outcome<ImportReport>> ExecuteAsync(int parkId, Stream file, string fileName, bool dryRun, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return Failure.NotFound("Park.NotFound", parkId);
        if (!access.CanChange) return Failure.Forbidden;
        if (!string.Equals(Path.GetExtension(fileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
            return FileProblem(dryRun, "format", Path.GetExtension(fileName));
        IReadOnlyList<(string Name, Table Table)> sheets;
        try
        {
            sheets = TableReader.ReadWorkbook(file);
        }
        catch (TableReadException e)
        {
            return ImportReport.Failed(dryRun, 0, [e.Problem]);
        }
        var problems = new List<ImportProblem>();
        var enterpriseSheet = Sheet(sheets, "Enterprises", problems);
        var streamSheet = Sheet(sheets, "Streams", problems);
        if (enterpriseSheet is null || streamSheet is null) return ImportReport.Failed(dryRun, 0, problems);
        var rows = enterpriseSheet.Rows.Count + streamSheet.Rows.Count;
        if (rows > TableReader.MaxRows) return FileProblem(dryRun, "too-many-rows", TableReader.MaxRows);
        var (enterpriseColumns, p1) = SheetColumns.Map(EnterpriseSheets.SheetName("Enterprises").Zh, enterpriseSheet.Header,
            EnterpriseSheets.EnterprisePrefix, EnterpriseSheets.EnterpriseKeys, ["Name", "IndustryCode"]);
        var (streamColumns, p2) = SheetColumns.Map(EnterpriseSheets.SheetName("Streams").Zh, streamSheet.Header,
            EnterpriseSheets.StreamPrefix, EnterpriseSheets.StreamKeys, ["Enterprise", "Direction", "Name", "MaterialCode", "Quantity"]);
        problems.AddRange([.. p1, .. p2]);
        if (problems.Count > 0) return ImportReport.Failed(dryRun, rows, problems);

        var enterprises = ReadEnterprises(enterpriseSheet, enterpriseColumns, problems);
        var parser = new EnterpriseRowParser(streamColumns, problems);
        var streams = streamSheet.Rows.Where(r => !r.IsBlank).Select(parser.Stream).OfType<StreamCells>().ToList();
        var stored = await db.Enterprises.AsSplitQuery().Include(e => e.Streams).ThenInclude(s => s.Uses).Include(e => e.Inputs)
            .Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.Name, StringComparer.Ordinal, ct);
        var imported = new EnterpriseImportAssembler(stored, enterpriseColumns, streamColumns, problems).Assemble(enterprises, streams);
        if (problems.Count > 0) return ImportReport.Failed(dryRun, rows, [.. problems.OrderBy(p => p.Sheet == enterpriseColumns.Sheet ? 0 : 1).ThenBy(p => p.Row)]);

        var (created, updated, unchanged) = Apply(parkId, imported, stored);
        if (dryRun) db.ChangeTracker.Clear();
        else await db.SaveChangesAsync(ct);
        return new ImportReport(dryRun, !dryRun, rows, created, updated, unchanged, []);
    }

    private static List<EnterpriseCells> ReadEnterprises(Table sheet, SheetColumns columns, List<ImportProblem> problems)
    {
        var parser = new EnterpriseRowParser(columns, problems);
        var result = new List<EnterpriseCells>();
        foreach (var cells in sheet.Rows.Where(r => !r.IsBlank).Select(parser.Enterprise).OfType<EnterpriseCells>())
        {
            if (result.FirstOrDefault(r => r.Name == cells.Name) is { } first)
                problems.Add(columns.Problem(cells.Row, "Name", "duplicate-enterprise", cells.Name, first.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            else result.Add(cells);
        }
        return result;
    }

    private (int Created, int Updated, int Unchanged) Apply(int parkId, List<ImportedEnterprise> imported, Dictionary<string, Enterprise> stored)
    {
        var entities = new Dictionary<string, Enterprise>(stored, StringComparer.Ordinal);
        foreach (var item in imported.Where(i => i.Stored is null))
            entities[item.Draft.Name] = db.Enterprises.Add(new Enterprise { ParkId = parkId, Name = item.Draft.Name, IndustryCode = "" }).Entity;
        var writer = new EnterpriseWriter(db);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var item in imported)
        {
            var changed = writer.Apply(entities[item.Draft.Name], item.Draft, stream => item.Uses.TryGetValue(stream, out var uses)
                ? [.. uses.Select(u => new ResolvedUse(u.User is null ? null : entities[u.User], u.Outside, u.Quantity))]
                : null, keepMissing: true);
            if (item.Stored is null) created++;
            else if (changed) updated++;
            else unchanged++;
        }
        return (created, updated, unchanged);
    }

    private static Table? Sheet(IReadOnlyList<(string Name, Table Table)> sheets, string key, List<ImportProblem> problems)
    {
        var found = sheets.FirstOrDefault(s => EnterpriseSheets.IsSheet(s.Name, key));
        if (found.Table is not null) return found.Table;
        var name = EnterpriseSheets.SheetName(key);
        problems.Add(ImportProblem.Of(0, null, "sheet", Text.Get("Rule.sheet", name.Zh, name.En)));
        return null;
    }

    private static ImportReport FileProblem(bool dryRun, string rule, params object[] args) =>
        ImportReport.Failed(dryRun, 0, [ImportProblem.Of(0, null, rule, Text.Get($"Rule.{rule}", args))]);
}

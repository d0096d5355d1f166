using System.Data.Common;
using System.Globalization;
using System.Text;
using CircularPark.Auditing;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CircularPark.Data.Seed;

/// <summary>
/// Loads <c>data/seed/regions.csv</c> (every division since 1981, one row per code period; scripts/regions.py) in one
/// bulk insert: the rows that are missing get their ids, parents and paths in memory and are written with multi-row
/// INSERTs in one transaction, with one audit entry for the load. A stored row matches a seed row of the same code and
/// the same name or start date, so a repeat run adds nothing and rows an administrator added or renamed stay.
/// </summary>
internal static class RegionSeed
{
    private const int RowsPerInsert = 400;

    private static readonly string[] Columns =
        ["Id", "Code", "NameZh", "NameEn", "Level", "ParentId", "ValidFrom", "ValidTo", "Path", "Kind", "Successors", "Note", "Version"];

    public static async Task<int> LoadAsync(AppDbContext db, IEnumerable<Dictionary<string, string>> csv, CancellationToken ct)
    {
        var stored = await db.Regions.AsNoTracking().ToListAsync(ct);
        var byCode = stored.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var storedByCode = stored.ToLookup(r => r.Code, StringComparer.Ordinal);
        var added = new List<Region>();
        var nextId = stored.Count == 0 ? 1 : stored.Max(r => r.Id) + 1;
        var rows = csv.Select(Parse).OrderBy(r => r.Region.Level).ToList();
        foreach (var (region, parentCode) in rows)
        {
            if (storedByCode[region.Code].Any(s => s.NameZh == region.NameZh || s.ValidFrom == region.ValidFrom)) continue;
            var parent = parentCode.Length == 0 ? null : ParentOf(byCode, parentCode, region);
            region.Id = nextId++;
            region.ParentId = parent?.Id;
            region.Path = Region.PathUnder(parent?.Path, region.Code);
            if (!byCode.TryAdd(region.Code, [region])) byCode[region.Code].Add(region);
            added.Add(region);
        }
        if (added.Count == 0) return 0;
        await InsertAsync(db, added, ct);
        return added.Count;
    }

    /// <summary>The parent's row of that code whose period overlaps the child's, the latest such (scripts/regions.py checks the rule).</summary>
    private static Region ParentOf(Dictionary<string, List<Region>> byCode, string code, Region child) =>
        byCode.GetValueOrDefault(code)?.Where(r => Overlaps(r, child)).MaxBy(r => r.ValidFrom ?? DateOnly.MinValue)
        ?? byCode.GetValueOrDefault(code)?.MaxBy(r => r.ValidTo ?? DateOnly.MaxValue)
        ?? throw new InvalidDataException($"regions.csv: the parent {code} of {child.Code} {child.NameZh} is missing.");

    private static bool Overlaps(Region a, Region b) =>
        (a.ValidFrom ?? DateOnly.MinValue) < (b.ValidTo ?? DateOnly.MaxValue) && (b.ValidFrom ?? DateOnly.MinValue) < (a.ValidTo ?? DateOnly.MaxValue);

    private static (Region Region, string ParentCode) Parse(Dictionary<string, string> row) => (new Region
    {
        Code = row["code"], NameZh = row["name_zh"],
        NameEn = row["name_en"].Length > 0 ? row["name_en"] : row["name_zh"],
        Level = SeedDatabase.Parse<RegionLevel>(row["level"]),
        Kind = row.GetValueOrDefault("kind") is { Length: > 0 } kind ? SeedDatabase.Parse<RegionKind>(kind) : RegionKind.Division,
        ValidFrom = Date(row["valid_from"]), ValidTo = Date(row["valid_to"]),
        Successors = Empty(row.GetValueOrDefault("successors")), Note = Empty(row.GetValueOrDefault("note")),
    }, row["parent_code"]);

    private static async Task InsertAsync(AppDbContext db, List<Region> regions, CancellationToken ct)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        var transaction = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var chunk in regions.Chunk(RowsPerInsert))
            {
                await using var command = Insert(connection, transaction, chunk);
                await command.ExecuteNonQueryAsync(ct);
            }
            if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
                await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('\"Regions\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Regions\"))", ct);
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = db.Clock.GetUtcNow().UtcDateTime, Actor = "seed", Entity = nameof(Region), EntityKey = "regions.csv",
                Action = "Seeded", Changes = string.Create(CultureInfo.InvariantCulture, $"{{\"rows\":{regions.Count},\"codes\":\"{regions.Min(r => r.Code)}–{regions.Max(r => r.Code)}\"}}"),
            });
            await db.SaveChangesAsync(ct);
            if (ownTransaction) await transaction.CommitAsync(ct);
        }
        finally
        {
            if (ownTransaction) await transaction.DisposeAsync();
        }
        RegionDirectoryCache.RegionsChanged();
    }

    private static DbCommand Insert(DbConnection connection, IDbContextTransaction transaction, Region[] chunk)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var sql = new StringBuilder("INSERT INTO \"Regions\" (").AppendJoin(", ", Columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        for (var i = 0; i < chunk.Length; i++)
        {
            var r = chunk[i];
            object?[] values = [r.Id, r.Code, r.NameZh, r.NameEn, (int)r.Level, r.ParentId, r.ValidFrom, r.ValidTo, r.Path, (int)r.Kind, r.Successors, r.Note, 0L];
            sql.Append(i == 0 ? "(" : ", (");
            for (var j = 0; j < values.Length; j++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{i}_{j}");
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = values[j] ?? DBNull.Value;
                command.Parameters.Add(parameter);
                sql.Append(j == 0 ? "" : ", ").Append(name);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

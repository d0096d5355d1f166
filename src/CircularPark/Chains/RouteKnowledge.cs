using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Engines.Symbiosis;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;
using EngineRoute = CircularPark.Engines.Symbiosis.UtilisationRoute;

namespace CircularPark.Chains;

/// <summary>The routes in force as the engines' knowledge base, with the stored route behind each engine route.</summary>
public sealed class RouteKnowledge
{
    private readonly Dictionary<EngineRoute, UtilisationRoute> _stored = new(ReferenceEqualityComparer.Instance);

    private RouteKnowledge(IEnumerable<UtilisationRoute> routes)
    {
        foreach (var route in routes) _stored[route.ToEngine()] = route;
        Base = new RouteKnowledgeBase(_stored.Keys);
    }

    public RouteKnowledgeBase Base { get; }

    public UtilisationRoute Stored(EngineRoute route) => _stored[route];

    public static async Task<RouteKnowledge> LoadAsync(AppDbContext db, CancellationToken ct) =>
        new(await db.UtilisationRoutes.AsNoTracking().Where(r => !r.Withdrawn).OrderBy(r => r.Id).ToListAsync(ct));

    /// <summary>Adds the routes of data/seed/utilisation-routes.csv that are not stored yet (by category and use;
    /// a withdrawn route counts as stored, so seeding never brings it back). Returns how many were added.</summary>
    public static async Task<int> SeedAsync(AppDbContext db, SeedFiles files, CancellationToken ct)
    {
        const string file = "utilisation-routes.csv";
        if (!files.Names.Contains(file)) return 0;
        var known = (await db.UtilisationRoutes.Select(r => new { r.MaterialCategory, r.UseZh }).ToListAsync(ct))
            .Select(r => (r.MaterialCategory, r.UseZh)).ToHashSet();
        await using var stream = files.Open(file);
        var table = TableReader.Read(stream, file);
        int Column(string name) => table.Header.ToList().IndexOf(name);
        var added = 0;
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            var draft = new RouteDraft
            {
                MaterialCategory = row.Cell(Column("category")), CategoryZh = row.Cell(Column("category_zh")), CategoryEn = row.Cell(Column("category_en")),
                UseZh = row.Cell(Column("use_zh")), UseEn = row.Cell(Column("use_en")), ReceivingIndustries = row.Cell(Column("receiving_industries")),
                Replaces = row.Cell(Column("replaces")), Source = row.Cell(Column("source")),
            };
            if (draft.Validate() is { Count: > 0 } errors)
                throw new InvalidDataException($"{file} row {row.Number}: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value.En}"))}");
            if (!known.Add((draft.MaterialCategory, draft.UseZh))) continue;
            var route = new UtilisationRoute { MaterialCategory = "", CategoryZh = "", CategoryEn = "", UseZh = "", UseEn = "" };
            draft.ApplyTo(route);
            db.UtilisationRoutes.Add(route);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}

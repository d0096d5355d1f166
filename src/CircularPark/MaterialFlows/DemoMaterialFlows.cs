using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.MaterialFlows;

/// <summary>
/// Demo mode only: a before (2019) and a planned-after (2025) model of 英德市英红工业园, labelled 示例数据 (made-up but
/// plausible figures: two layers, a recycle loop, a landfill, a wastewater plant with a transfer coefficient).
/// Loaded from <c>data/demo/*.json</c> through the JSON import; models that exist are left alone.
/// </summary>
public sealed class DemoMaterialFlows(ImportMaterialFlowModel import, AppDbContext db)
{
    private static readonly AccessScope Seeder = new(Roles.Admin, null, null, "demo");

    public async Task<int> ExecuteAsync(CancellationToken ct = default)
    {
        var assembly = typeof(DemoMaterialFlows).Assembly;
        var added = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("demo/material-flows-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            var doc = await System.Text.Json.JsonSerializer.DeserializeAsync<MaterialFlowDocument>(stream, MaterialFlowJson.Options, ct);
            var parkId = await Parks.ParksByName.SingleIdAsync(db, doc!.Park, ct);
            if (parkId is null || await db.MaterialFlowModels.AnyAsync(m => m.ParkId == parkId && m.Year == doc!.Year && m.Scenario == doc.Scenario, ct)) continue;
            stream.Position = 0;
            var result = await import.ExecuteAsync(stream, name, parkId, dryRun: false, Seeder, ct);
            if (result.Value is not { Committed: true } report)
                throw new InvalidOperationException($"Demo model {name} does not import: {string.Join("; ", result.Value?.Problems.Select(p => p.MessageEn) ?? [result.Outcome.ToString()])}");
            added += report.Created;
        }
        return added;
    }
}

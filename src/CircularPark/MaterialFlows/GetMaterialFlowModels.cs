using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.MaterialFlows;

/// <summary>A model in a park's list.</summary>
public sealed record ModelSummary(int Id, int ParkId, int Year, Scenario Scenario, string Title, IReadOnlyList<string> Layers,
    int Processes, int Flows, long Version, DateTime UpdatedUtc);

/// <summary>A park's models with what the user may do.</summary>
public sealed record ParkModels(int ParkId, string ParkName, bool CanChange, IReadOnlyList<ModelSummary> Models);

/// <summary>A whole model for reading or editing.</summary>
public sealed record ModelView(int Id, int ParkId, string ParkName, bool CanChange, MaterialFlowDocument Document);

/// <summary>Lists a park's material-flow models (needs <see cref="Permissions.ParkRead"/>).</summary>
public sealed class GetMaterialFlowModels(AppDbContext db)
{
    public async Task<MfaResult<ParkModels>> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var rights = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (rights is null) return new(MfaOutcome.NotFound);
        if (!rights.CanSee) return new(MfaOutcome.Forbidden);
        var models = await db.MaterialFlowModels.AsNoTracking().Where(m => m.ParkId == parkId)
            .OrderBy(m => m.Year).ThenBy(m => m.Scenario)
            .Select(m => new ModelSummary(m.Id, m.ParkId, m.Year, m.Scenario, m.Title,
                m.Layers.OrderBy(l => l.Id).Select(l => l.Code).ToList(), m.Processes.Count, m.Layers.SelectMany(l => l.Flows).Count(),
                m.Version, m.UpdatedUtc))
            .ToListAsync(ct);
        return new(MfaOutcome.Ok, new ParkModels(parkId, rights.ParkName, rights.CanChange, models));
    }
}

/// <summary>Reads one model as a document (needs <see cref="Permissions.ParkRead"/> on its park).</summary>
public sealed class GetMaterialFlowModel(AppDbContext db)
{
    public async Task<MfaResult<ModelView>> ExecuteAsync(int modelId, AccessScope user, CancellationToken ct = default)
    {
        var model = await db.MaterialFlowModels.AsNoTrackingWithIdentityResolution().WithContent().SingleOrDefaultAsync(m => m.Id == modelId, ct);
        if (model is null) return new(MfaOutcome.NotFound);
        var rights = (await ParkRights.LoadAsync(db, model.ParkId, user, ct))!;
        if (!rights.CanSee) return new(MfaOutcome.Forbidden);
        return new(MfaOutcome.Ok, new ModelView(model.Id, model.ParkId, rights.ParkName, rights.CanChange, MaterialFlowMapping.ToDocument(model, rights.ParkName)));
    }

    /// <summary>The id of a park's model for a year and scenario, if there is one (the caller still reads it through <see cref="ExecuteAsync"/>).</summary>
    public Task<int?> FindAsync(int parkId, int year, Scenario scenario, CancellationToken ct = default) =>
        db.MaterialFlowModels.Where(m => m.ParkId == parkId && m.Year == year && m.Scenario == scenario).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
}

/// <summary>
/// The derived indicators of a park's model for a year and scenario, every layer reconciled, as the engine's data items
/// (codes <c>mfa.*</c>): what the indicator engine reads. Empty when there is no model. No access check: callers are
/// other use cases that have checked theirs.
/// </summary>
public sealed class GetMaterialFlowDataItems(AppDbContext db)
{
    public async Task<IReadOnlyList<MaterialFlowDataItem>> ExecuteAsync(int parkId, int year, Scenario scenario, CancellationToken ct = default)
    {
        var model = await db.MaterialFlowModels.AsNoTrackingWithIdentityResolution().WithContent()
            .SingleOrDefaultAsync(m => m.ParkId == parkId && m.Year == year && m.Scenario == scenario, ct);
        if (model is null) return [];
        var doc = MaterialFlowMapping.ToDocument(model, "");
        return [.. doc.Layers.SelectMany(l => MaterialFlowIndicators
            .Compute(MaterialFlowReconciler.Reconcile(MaterialFlowMapping.ToEngine(doc, l.Code)), doc.ValueAdded)
            .ToDataItems(l.Unit))];
    }
}

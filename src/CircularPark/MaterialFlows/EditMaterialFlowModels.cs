using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.MaterialFlows;

/// <summary>
/// A new model for a park: empty with the given layers (total mass in t/a when none is given), or a copy of another
/// model of the same park (e.g. "planned after" from "before") with a new year and scenario.
/// </summary>
public sealed record NewModel(int Year, Scenario Scenario, string? Title = null, int? CopyFrom = null, IReadOnlyList<LayerEntry>? Layers = null);

/// <summary>Creates a model (needs <see cref="Permissions.ParkChange"/>); one per park, year and scenario.</summary>
public sealed class CreateMaterialFlowModel(AppDbContext db)
{
    public async Task<MfaResult<ModelView>> ExecuteAsync(int parkId, NewModel request, AccessScope user, CancellationToken ct = default)
    {
        var rights = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (rights is null) return new(MfaOutcome.NotFound);
        if (!rights.CanChange) return new(MfaOutcome.Forbidden);
        MaterialFlowDocument template;
        if (request.CopyFrom is { } sourceId)
        {
            var source = await db.MaterialFlowModels.AsNoTrackingWithIdentityResolution().WithContent()
                .SingleOrDefaultAsync(m => m.Id == sourceId && m.ParkId == parkId, ct);
            if (source is null)
                return new(MfaOutcome.Invalid, Problems: [new ModelProblem("", 0, "copyFrom", "unknown-model", Text.Get("Mfa.unknown-model", sourceId))]);
            template = MaterialFlowMapping.ToDocument(source, rights.ParkName);
        }
        else template = new MaterialFlowDocument { Layers = request.Layers ?? [new("mass", "总物质", LayerKind.TotalMass, "t/a")] };
        var doc = template with
        {
            Year = request.Year, Scenario = request.Scenario,
            Title = string.IsNullOrWhiteSpace(request.Title) ? DefaultTitle(rights.ParkName, request.Year, request.Scenario) : request.Title,
        };
        return await StoreNewAsync(db, parkId, rights.ParkName, doc, ct);
    }

    /// <summary>"英德市英红工业园 2019年物质流（改造前）".</summary>
    public static string DefaultTitle(string park, int year, Scenario scenario) =>
        $"{park} {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}年物质流（{Text.Label(scenario).Zh}）";

    internal static async Task<MfaResult<ModelView>> StoreNewAsync(AppDbContext db, int parkId, string parkName, MaterialFlowDocument doc, CancellationToken ct)
    {
        var problems = MaterialFlowRules.Validate(doc);
        if (problems.Count > 0) return new(MfaOutcome.Invalid, Problems: problems);
        if (await db.MaterialFlowModels.AnyAsync(m => m.ParkId == parkId && m.Year == doc.Year && m.Scenario == doc.Scenario, ct))
            return new(MfaOutcome.Conflict);
        var model = new MfaModel { ParkId = parkId, Title = doc.Title, UpdatedUtc = db.Clock.GetUtcNow().UtcDateTime };
        MaterialFlowMapping.Apply(model, doc);
        db.MaterialFlowModels.Add(model);
        await db.SaveChangesAsync(ct);
        return new(MfaOutcome.Ok, new ModelView(model.Id, parkId, parkName, true, MaterialFlowMapping.ToDocument(model, parkName)));
    }
}

/// <summary>
/// Changes a model: <c>change</c> turns the stored document into the wanted one (a process or flow added, edited or
/// removed, or the whole document replaced). The result is validated as a whole: a broken rule stores nothing.
/// <c>version</c> is the version the editor read (null: no check, for imports); a stale one is a conflict.
/// </summary>
public sealed class SaveMaterialFlowModel(AppDbContext db)
{
    public async Task<MfaResult<ModelView>> ExecuteAsync(int modelId, long? version, Func<MaterialFlowDocument, MaterialFlowDocument> change,
        AccessScope user, CancellationToken ct = default)
    {
        var model = await db.MaterialFlowModels.WithContent().SingleOrDefaultAsync(m => m.Id == modelId, ct);
        if (model is null) return new(MfaOutcome.NotFound);
        var rights = (await ParkRights.LoadAsync(db, model.ParkId, user, ct))!;
        if (!rights.CanChange) return new(MfaOutcome.Forbidden);
        var doc = change(MaterialFlowMapping.ToDocument(model, rights.ParkName));
        var problems = MaterialFlowRules.Validate(doc);
        if (problems.Count > 0) return new(MfaOutcome.Invalid, Problems: problems);
        if (version is { } v && v != model.Version) return new(MfaOutcome.Conflict);
        if ((doc.Year, doc.Scenario) != (model.Year, model.Scenario)
            && await db.MaterialFlowModels.AnyAsync(m => m.ParkId == model.ParkId && m.Year == doc.Year && m.Scenario == doc.Scenario, ct))
            return new(MfaOutcome.Conflict);

        MaterialFlowMapping.Apply(model, doc);
        if (db.ChangeTracker.HasChanges())
        {
            model.UpdatedUtc = db.Clock.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(MfaOutcome.Conflict);
            }
        }
        return new(MfaOutcome.Ok, new ModelView(model.Id, model.ParkId, rights.ParkName, true, MaterialFlowMapping.ToDocument(model, rights.ParkName)));
    }
}

/// <summary>Deletes a model with everything in it (needs <see cref="Permissions.ParkChange"/>).</summary>
public sealed class DeleteMaterialFlowModel(AppDbContext db)
{
    public async Task<MfaOutcome> ExecuteAsync(int modelId, long version, AccessScope user, CancellationToken ct = default)
    {
        var model = await db.MaterialFlowModels.WithContent().SingleOrDefaultAsync(m => m.Id == modelId, ct);
        if (model is null) return MfaOutcome.NotFound;
        if (!(await ParkRights.LoadAsync(db, model.ParkId, user, ct))!.CanChange) return MfaOutcome.Forbidden;
        if (version != model.Version) return MfaOutcome.Conflict;
        foreach (var layer in model.Layers) db.RemoveRange(layer.Parameters.Cast<object>().Concat(layer.Flows));
        db.RemoveRange(model.Layers);
        db.RemoveRange(model.Processes);
        db.Remove(model);
        await db.SaveChangesAsync(ct);
        return MfaOutcome.Ok;
    }
}

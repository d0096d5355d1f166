using CircularPark.Identity;
using CircularPark.Localization;

namespace CircularPark.MaterialFlows;

/// <summary>
/// Reconciles one layer of a stored model with the engine and returns its result with diagnostics (needs
/// <see cref="Permissions.ParkRead"/>). Nothing is stored: every number can be recomputed from the model.
/// </summary>
public sealed class ReconcileMaterialFlowLayer(GetMaterialFlowModel get)
{
    public async Task<MfaResult<LayerAnalysis>> ExecuteAsync(int modelId, string? layer, AccessScope user, CancellationToken ct = default)
    {
        var read = await get.ExecuteAsync(modelId, user, ct);
        if (read.Outcome != MfaOutcome.Ok) return new(read.Outcome);
        var doc = read.Value!.Document;
        var code = string.IsNullOrWhiteSpace(layer) ? doc.Layers[0].Code : layer;
        if (doc.Layer(code) is null)
        {
            var label = MaterialFlowRules.FieldLabel("layer");
            return new(MfaOutcome.Invalid, Problems: [new ModelProblem("", 0, "layer", "unknown-layer", Text.Get("Mfa.unknown-layer", label.Zh, label.En, code))]);
        }
        return new(MfaOutcome.Ok, MaterialFlowAnalysis.Analyse(doc, code));
    }
}

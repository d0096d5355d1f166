using CircularPark.Identity;

namespace CircularPark.MaterialFlows;

/// <summary>The models a plan's material-flow chapter shows: a park's "before" and "planned after" (either may be missing).</summary>
public sealed record ChapterModels(string ParkName, MaterialFlowDocument? Before, MaterialFlowDocument? After)
{
    public bool IsEmpty => Before is null && After is null;
}

/// <summary>
/// Picks the models for a plan's chapter (needs <see cref="Permissions.ParkRead"/>): the "before" model of the
/// baseline year, else the latest one up to it, else the latest; the "planned after" model of the target year, else
/// the latest. Without years, the latest of each.
/// </summary>
public sealed class GetMaterialFlowChapterModels(GetMaterialFlowModels list, GetMaterialFlowModel get)
{
    public async Task<MfaResult<ChapterModels>> ExecuteAsync(int parkId, int? baselineYear, int? targetYear, AccessScope user, CancellationToken ct = default)
    {
        var models = await list.ExecuteAsync(parkId, user, ct);
        if (models.Outcome != MfaOutcome.Ok) return new(models.Outcome);
        var all = models.Value!.Models;
        var before = Pick(all.Where(m => m.Scenario == Scenario.Before).ToList(), baselineYear, upTo: true);
        var after = Pick(all.Where(m => m.Scenario == Scenario.PlannedAfter).ToList(), targetYear, upTo: false);
        async Task<MaterialFlowDocument?> Read(ModelSummary? m) => m is null ? null : (await get.ExecuteAsync(m.Id, user, ct)).Value?.Document;
        return new(MfaOutcome.Ok, new ChapterModels(models.Value.ParkName, await Read(before), await Read(after)));
    }

    private static ModelSummary? Pick(List<ModelSummary> models, int? year, bool upTo) =>
        models.FirstOrDefault(m => m.Year == year)
        ?? (upTo && year is { } y ? models.Where(m => m.Year <= y).MaxBy(m => m.Year) : null)
        ?? models.MaxBy(m => m.Year);
}

using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.MaterialFlows;

/// <summary>Why a material-flow use case did not do what was asked.</summary>
public enum MfaOutcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>A use case's answer: the value when <see cref="Outcome"/> is Ok, the problems when Invalid.</summary>
public sealed record MfaResult<T>(MfaOutcome Outcome, T? Value = default, IReadOnlyList<ModelProblem>? Problems = null)
;

/// <summary>
/// What the user may do with a park's material-flow models: read (CanSeePark) and change (CanChangePark, which every
/// role grants only where it also grants reading). Null when there is no such park.
/// </summary>
internal sealed record ParkRights(bool CanSee, bool CanChange, string ParkName)
{
    public static async Task<ParkRights?> OfAsync(AppDbContext db, int parkId, AccessScope user, CancellationToken ct)
    {
        var (outcome, place) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        return outcome switch
        {
            AccessOutcome.NotFound => null,
            AccessOutcome.Forbidden => new ParkRights(false, false, ""),
            _ => new ParkRights(true, user.CanChangePark(place!.Tree, parkId, place.RegionId), place.Name),
        };
    }
}

internal static class MfaQueries
{
    /// <summary>A model with everything in it, navigations fixed up.</summary>
    public static IQueryable<MfaModel> WithContent(this IQueryable<MfaModel> models) => models
        .Include(m => m.Processes)
        .Include(m => m.Layers).ThenInclude(l => l.Flows).ThenInclude(f => f.From)
        .Include(m => m.Layers).ThenInclude(l => l.Flows).ThenInclude(f => f.To)
        .Include(m => m.Layers).ThenInclude(l => l.Parameters).ThenInclude(p => p.Process)
        .Include(m => m.Layers).ThenInclude(l => l.Parameters).ThenInclude(p => p.Flow)
        .AsSplitQuery();
}

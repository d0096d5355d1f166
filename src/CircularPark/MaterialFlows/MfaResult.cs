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

using System.Text.Json;
using CircularPark.Compliance;
using CircularPark.Data;
using CircularPark.Economics;
using CircularPark.Engines.Assessment;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>A scheme with its owner region, loaded for a step, and the run of its year (null before the first computation).</summary>
internal sealed record SchemeContext(SchemeRecord Scheme, Region Owner, AssessmentRun? Run)
{
    public ScopeTarget Target => ScopeTarget.Region(Owner.Path);

    /// <summary>The scheme and its run (tracked when <paramref name="track"/>), or 404.</summary>
    public static async Task<Outcome<SchemeContext>> LoadAsync(AppDbContext db, int schemeId, bool track, CancellationToken ct)
    {
        var schemes = track ? db.AssessmentSchemes : db.AssessmentSchemes.AsNoTracking();
        var scheme = await schemes.Include(s => s.OwnerRegion).SingleOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null) return Failure.NotFound("Assessment.SchemeNotFound", schemeId);
        var runs = track ? db.AssessmentRuns : db.AssessmentRuns.AsNoTracking();
        var run = await runs.Include(r => r.Results).SingleOrDefaultAsync(r => r.SchemeId == schemeId, ct);
        return new SchemeContext(scheme, scheme.OwnerRegion!, run);
    }

    /// <summary>A step other than computing needs a run computed with the scheme as it now stands.</summary>
    public Failure? RefuseUnless(params AssessmentState[] states)
    {
        if (Run is null) return Failure.Conflict(Text.Get("Assessment.NotComputed"));
        if (!states.Contains(Run.State)) return Failure.Conflict(Text.Get("Assessment.WrongState", Text.Label(Run.State).Zh, Text.Label(Run.State).En), Run.State.ToString());
        return Run.SchemeVersion == Scheme.Version ? null : Failure.Conflict(Text.Get("Assessment.SchemeChanged"), Run.State.ToString());
    }
}

/// <summary>Stored lines as the engine's scores, and back: the one place results are (re)ranked.</summary>
internal static class AssessmentRanking
{
    public static ParkScore Score(AssessmentResult result) =>
        new(result.ParkId, result.ParkName, result.Total, result.Rank, JsonSerializer.Deserialize<List<ScoreLine>>(result.Lines, SchemeDefinition.Json)!);

    /// <summary>Ranks the results by their totals under the scheme's tie rule and writes rank, total and tie note back.</summary>
    public static void Rank(AssessmentRun run, TieRule ties)
    {
        var ranked = AssessmentEngine.Rank(run.Results.Select(Score), ties).ToDictionary(s => s.ParkId);
        foreach (var result in run.Results)
        {
            var score = ranked[result.ParkId];
            (result.Total, result.Rank, result.TieNoteZh, result.TieNoteEn) = (score.Total, score.Rank, score.TieNote?.Zh, score.TieNote?.En);
        }
    }

    public static string Json(IEnumerable<ScoreLine> lines) => JsonSerializer.Serialize(lines, SchemeDefinition.Json);
}

/// <summary>
/// Computes (or recomputes) the year's assessment of every park now within the scheme's region: gathers the values the
/// scheme scores, scores and ranks them with the engine, and keeps the reviewers' adjustments (each a line with its
/// reason). A published assessment is final (409). The run returns to "computed": it must be reviewed again.
/// </summary>
public sealed class ComputeAssessment(AppDbContext db, IndicatorCatalog catalog, ComputeIndicators indicators)
{
    public async Task<Outcome<AssessmentState>> ExecuteAsync(int schemeId, AccessScope user, CancellationToken ct = default)
    {
        var loaded = await SchemeContext.LoadAsync(db, schemeId, track: true, ct);
        if (loaded.Failure is { } missing) return missing;
        var (scheme, owner, run) = loaded.Value;
        if (!user.Allows(Permissions.AssessmentRun, loaded.Value.Target)) return Failure.Forbidden;
        if (run?.State == AssessmentState.Published) return Failure.Conflict(Text.Get("Assessment.Published", scheme.Year), run.State.ToString());
        var setup = (await catalog.LoadAsync(null, ct))!;
        var engineScheme = SchemeDefinition.FromJson(scheme.Definition).ToEngine(setup, scheme.Missing, scheme.Ties);
        var parks = await ParkScope.WithinAsync(db, owner.Path, ct);
        if (parks.Count == 0) return Failure.Conflict("Assessment.NoParks", owner.NameZh);
        var facts = await new AssessmentFacts(db, setup, indicators).LoadAsync(engineScheme, parks, scheme.Year, ct);
        var scores = AssessmentEngine.Score(engineScheme, facts);
        if (run is null) db.AssessmentRuns.Add(run = new AssessmentRun { SchemeId = scheme.Id });
        var adjustments = run.Id == 0 ? [] : await db.ScoreAdjustments.Where(a => a.RunId == run.Id).OrderBy(a => a.AtUtc).ThenBy(a => a.Id).ToListAsync(ct);
        db.AssessmentResults.RemoveRange(run.Results);
        run.Results = scores.Select(score =>
        {
            var adjusted = adjustments.Where(a => a.ParkId == score.ParkId).Aggregate(score, (s, a) => s.WithLine(ScoreLine.Manual(a.Points, a.Reason, a.By)));
            return new AssessmentResult
            {
                ParkId = score.ParkId, ParkName = score.Name, CityCode = EconomicTable.Segment(parks.First(p => p.ParkId == score.ParkId).RegionPath, 2),
                ComputedTotal = score.Total, Total = adjusted.Total, Rank = score.Rank, Lines = AssessmentRanking.Json(adjusted.Lines),
            };
        }).ToList();
        AssessmentRanking.Rank(run, scheme.Ties);
        (run.SchemeVersion, run.State, run.ComputedAtUtc, run.ComputedBy) = (scheme.Version, AssessmentState.Computed, db.Clock.UtcNow(), user.Name);
        (run.ReviewedAtUtc, run.ReviewedBy) = (null, null);
        return await db.TrySaveChangesAsync(() => run.State, ct);
    }
}

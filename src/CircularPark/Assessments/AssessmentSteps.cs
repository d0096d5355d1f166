using CircularPark.Data;
using CircularPark.Engines.Assessment;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>The owner reviews the computed scores (computed → reviewed); who and when are kept.</summary>
public sealed class ReviewAssessment(AppDbContext db)
{
    public Task<Outcome<AssessmentState>> ExecuteAsync(int schemeId, AccessScope user, CancellationToken ct = default) =>
        AssessmentStep.TakeAsync(db, schemeId, user, AssessmentState.Computed, (run, now) =>
            (run.State, run.ReviewedAtUtc, run.ReviewedBy) = (AssessmentState.Reviewed, now, user.Name), ct);
}

/// <summary>The notice that publishes a year's results: its number (optional) and the day it took effect (default: today).</summary>
public sealed record PublishInput([CircularPark.Inputs.SingleLine(60)] string? NoticeNumber = null, DateOnly? IssuedOn = null);

/// <summary>
/// The owner publishes the reviewed scores (reviewed → published): public from then on, and final. The notice carries
/// the number and date the owner gives it (a notice issued on paper before it was recorded keeps its own date), never the
/// day a Word file is generated.
/// </summary>
public sealed class PublishAssessment(AppDbContext db)
{
    public Task<Outcome<AssessmentState>> ExecuteAsync(int schemeId, AccessScope user, CancellationToken ct = default) =>
        ExecuteAsync(schemeId, new PublishInput(), user, ct);

    public async Task<Outcome<AssessmentState>> ExecuteAsync(int schemeId, PublishInput input, AccessScope user, CancellationToken ct = default)
    {
        var errors = CircularPark.Inputs.InputCheck.Errors(input, nullsRequired: false);
        var today = db.Clock.Today();
        if (input.IssuedOn > today) errors["issuedOn"] = Localization.Text.Get("Asm.IssuedOnFuture");
        if (errors.Count > 0) return Failure.Invalid(errors);
        return await AssessmentStep.TakeAsync(db, schemeId, user, AssessmentState.Reviewed, (run, now) =>
            (run.State, run.PublishedAtUtc, run.PublishedBy, run.NoticeNumber, run.NoticeIssuedOn) =
                (AssessmentState.Published, now, user.Name, string.IsNullOrWhiteSpace(input.NoticeNumber) ? null : input.NoticeNumber.Trim(), input.IssuedOn ?? today), ct);
    }
}

/// <summary>A step of the run from one state: 404 → 403 → 409 (wrong state, or the scheme changed since computing) → saved.</summary>
internal static class AssessmentStep
{
    public static async Task<Outcome<AssessmentState>> TakeAsync(AppDbContext db, int schemeId, AccessScope user, AssessmentState from,
        Action<AssessmentRun, DateTime> apply, CancellationToken ct)
    {
        var loaded = await SchemeContext.LoadAsync(db, schemeId, track: true, ct);
        if (loaded.Failure is { } missing) return missing;
        if (!user.Allows(Permissions.AssessmentRun, loaded.Value.Target)) return Failure.Forbidden;
        if (loaded.Value.RefuseUnless(from) is { } refused) return refused;
        var run = loaded.Value.Run!;
        apply(run, db.Clock.UtcNow());
        return await db.TrySaveChangesAsync(() => run.State, ct);
    }
}

/// <summary>A reviewer's adjustment as entered: points (negative to deduct) and the reason, both required.</summary>
public sealed record AdjustmentInput(double Points, string? Reason);

/// <summary>
/// Adjusts one park's score before publication with a reason (人工调整): the adjustment is kept as its own row and as a
/// line of the park's explained score, the ranking is settled again, and the change is audited. At most the scheme's
/// full score either way.
/// </summary>
public sealed class AdjustScore(AppDbContext db)
{
    public async Task<Outcome<AssessmentState>> ExecuteAsync(int schemeId, int parkId, AdjustmentInput input, AccessScope user, CancellationToken ct = default)
    {
        var loaded = await SchemeContext.LoadAsync(db, schemeId, track: true, ct);
        if (loaded.Failure is { } missing) return missing;
        var (scheme, _, run) = loaded.Value;
        if (!user.Allows(Permissions.AssessmentRun, loaded.Value.Target)) return Failure.Forbidden;
        if (loaded.Value.RefuseUnless(AssessmentState.Computed, AssessmentState.Reviewed) is { } refused) return refused;
        var result = run!.Results.SingleOrDefault(r => r.ParkId == parkId);
        if (result is null) return Failure.NotFound("Assessment.ParkNotAssessed", parkId);
        var full = SchemeDefinition.FromJson(scheme.Definition).Items.Sum(i => i.Weight);
        var errors = new Dictionary<string, Bilingual>();
        if (!double.IsFinite(input.Points) || input.Points == 0 || Math.Abs(input.Points) > full) errors["points"] = Text.Get("Assessment.AdjustmentPoints", full);
        if (string.IsNullOrWhiteSpace(input.Reason)) errors["reason"] = Text.Get("Assessment.ReasonRequired");
        else if (input.Reason.Trim().Length > 1000) errors["reason"] = Text.Get("Compliance.TooLong", 1000);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var adjustment = new ScoreAdjustment { RunId = run.Id, ParkId = parkId, Points = Scoring(input.Points), Reason = input.Reason!.Trim(), By = user.Name, AtUtc = db.Clock.UtcNow() };
        db.ScoreAdjustments.Add(adjustment);
        var adjusted = AssessmentRanking.Score(result).WithLine(ScoreLine.Manual(adjustment.Points, adjustment.Reason, adjustment.By));
        (result.Lines, result.Total) = (AssessmentRanking.Json(adjusted.Lines), adjusted.Total);
        AssessmentRanking.Rank(run, scheme.Ties);
        return await db.TrySaveChangesAsync(() => run.State, ct);
    }

    private static double Scoring(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);
}

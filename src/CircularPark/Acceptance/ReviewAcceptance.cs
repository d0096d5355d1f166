using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Reviews;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// The review of a submitted application by city or province users whose region covers the park, strictly in order:
/// document review → on-site verification → expert review (which ends with a score and the grade the campaign's scale
/// gives it). Before the expert review, the application may be returned to the park with reasons.
/// </summary>
public sealed class ReviewAcceptance(AppDbContext db)
{
    public const int MaxReason = 900;

    /// <summary>Every acceptance step says why: a reason is required, at most <see cref="MaxReason"/> characters.</summary>
    internal static Failure? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Failure.Invalid("reason", "Selection.ReasonRequired")
        : reason.Trim().Length > MaxReason ? Failure.Invalid("reason", "Acceptance.TooLong", MaxReason)
        : null;

    /// <summary>Takes <c>effectiveOn</c>: the date the step took effect (the document's date when recorded after the fact); today when null.</summary>
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, AcceptanceStep step, string? reason, double? score, AccessScope user,
        DateOnly? effectiveOn = null, CancellationToken ct = default)
    {
        if (step is not (AcceptanceStep.Return or AcceptanceStep.DocumentReview or AcceptanceStep.SiteVerification or AcceptanceStep.ExpertReview))
            return Failure.NotFound(Text.Get("Acceptance.NoSuchStep", step));
        if (CheckReason(reason) is { } invalid) return invalid;
        var why = reason!.Trim();
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        if (context!.Refuse(step, user.Role) is { } refused) return refused;
        if (step != AcceptanceStep.ExpertReview)
        {
            var to = step == AcceptanceStep.Return ? ParticipationState.AcceptanceApplied : ParticipationState.AcceptanceReview;
            return await context.RecordAsync(db, step, to, user, why, ct, effectiveOn: effectiveOn);
        }
        var scale = context.Rules.Scale();
        if (score is not { } s || scale.Grade(s) is not { } band) return Failure.Invalid("score", "Acceptance.Score", scale.MaxScore);
        var application = context.Application!;
        (application.Score, application.Grade, application.Passed) = (s, band.Grade, band.Passes);
        return await context.RecordAsync(db, step, ParticipationState.AcceptanceReview, user, $"{why}（{s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} 分，{Grades.Label(band.Grade).Zh}）", ct, s, effectiveOn);
    }
}

/// <summary>
/// The province files the graded result (报省备案) with its number: the park is then accepted, or failed (and publicly
/// notified); every park whose region the province covers.
/// </summary>
public sealed class FileAcceptance(AppDbContext db)
{
    /// <summary>Takes <c>filedOn</c>: the filing's date (备案日期) when recorded after the fact; today when null.</summary>
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, string? number, string? reason, AccessScope user,
        DateOnly? filedOn = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(number)) return Failure.Invalid("number", "Acceptance.FilingNumber");
        if (number.Trim().Length > 100) return Failure.Invalid("number", "Acceptance.TooLong", 100);
        if ((reason?.Trim().Length ?? 0) > ReviewAcceptance.MaxReason) return Failure.Invalid("reason", "Acceptance.TooLong", ReviewAcceptance.MaxReason);
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        if (context!.Refuse(AcceptanceStep.File, user.Role) is { } refused) return refused;
        var application = context.Application!;
        application.FilingNumber = number.Trim();
        application.FiledOn = filedOn ?? db.Clock.Today();
        var passed = application.Passed == true;
        var why = string.IsNullOrWhiteSpace(reason) ? $"备案号 {application.FilingNumber}" : $"备案号 {application.FilingNumber}：{reason.Trim()}";
        return await context.RecordAsync(db, AcceptanceStep.File, passed ? ParticipationState.Accepted : ParticipationState.Failed, user, why, ct, effectiveOn: filedOn);
    }
}

/// <summary>Labels of grade codes in both languages; a grade a campaign invents keeps its code as its label.</summary>
public static class Grades
{
    public static Bilingual Label(string grade)
    {
        var label = Text.Get($"Grade.{grade}");
        return label.Zh == $"Grade.{grade}" ? new Bilingual(grade, grade) : label;
    }
}

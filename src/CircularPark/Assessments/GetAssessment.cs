using CircularPark.Data;
using CircularPark.Engines.Assessment;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>A scheme as read: owner, year, names, rules, items and adjustments, the metrics they score, the full score.</summary>
public sealed record SchemeView(int Id, string OwnerCode, string Owner, string OwnerEn, int Year, string NameZh, string NameEn, string? Document, MissingDataRule Missing,
    TieRule Ties, double FullScore, IReadOnlyList<SchemeItemInput> Items, IReadOnlyList<SchemeAdjustmentInput> Adjustments,
    IReadOnlyDictionary<string, MetricInfo> Metrics, long Version);

/// <summary>
/// A park's result: rank, total (after adjustments) and the total computed, last year's rank under the same owner and the
/// movement (positive: rose by that many places), every line explained, and how a tie was settled.
/// </summary>
public sealed record ResultView(int ParkId, string Park, string? CityCode, int Rank, double Total, double ComputedTotal, int? PreviousRank, int? Movement,
    IReadOnlyList<ScoreLine> Lines, string? TieNoteZh, string? TieNoteEn);

public sealed record AdjustmentView(int ParkId, string Park, double Points, string Reason, string By, DateTime AtUtc);

/// <summary>A year's assessment: the scheme, the state with who and when, the ranking and the adjustments.</summary>
public sealed record AssessmentView(SchemeView Scheme, AssessmentState? State, DateTime? ComputedAtUtc, string? ComputedBy, DateTime? ReviewedAtUtc,
    string? ReviewedBy, DateTime? PublishedAtUtc, string? PublishedBy, bool Stale, IReadOnlyList<ResultView> Results, IReadOnlyList<AdjustmentView> Adjustments,
    bool CanEditScheme, bool CanRun)
{
    /// <summary>The number of the notice that published the results, if it has one.</summary>
    public string? NoticeNumber { get; init; }
    /// <summary>The notice's date (the day it took effect); null until published.</summary>
    public DateOnly? NoticeIssuedOn { get; init; }
}

/// <summary>
/// Reads a year's assessment: anyone once it is published (the public ranking), before that the officials whose region covers
/// the scheme's owner (others get 404, as if it did not exist).
/// </summary>
public sealed class GetAssessment(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<AssessmentView>> ExecuteAsync(int schemeId, AccessScope user, CancellationToken ct = default)
    {
        var loaded = await SchemeContext.LoadAsync(db, schemeId, track: false, ct);
        if (loaded.Failure is { } missing) return missing;
        var (scheme, owner, run) = loaded.Value;
        var target = loaded.Value.Target;
        if (run?.State != AssessmentState.Published && !user.Allows(Permissions.AssessmentRead, target)) return Failure.NotFound("Assessment.SchemeNotFound", schemeId);
        var view = await SchemeViewAsync(scheme, owner, ct);
        var previous = await PreviousRanksAsync(db, scheme.OwnerRegionId, scheme.Year - 1, ct);
        var results = (run?.Results ?? []).OrderBy(r => r.Rank).ThenBy(r => r.ParkName, StringComparer.Ordinal).Select(r =>
        {
            int? before = previous.TryGetValue(r.ParkId, out var p) ? p : null;
            return new ResultView(r.ParkId, r.ParkName, r.CityCode, r.Rank, r.Total, r.ComputedTotal, before, before - r.Rank,
                AssessmentRanking.Score(r).Lines, r.TieNoteZh, r.TieNoteEn);
        }).ToList();
        var names = results.ToDictionary(r => r.ParkId, r => r.Park);
        var adjustments = run is null ? [] : await db.ScoreAdjustments.AsNoTracking().Where(a => a.RunId == run.Id).OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .Select(a => new { a.ParkId, a.Points, a.Reason, a.By, a.AtUtc }).ToListAsync(ct);
        return new AssessmentView(view, run?.State, run?.ComputedAtUtc, run?.ComputedBy, run?.ReviewedAtUtc, run?.ReviewedBy, run?.PublishedAtUtc,
            run?.PublishedBy, run is not null && run.SchemeVersion != scheme.Version, results,
            adjustments.Select(a => new AdjustmentView(a.ParkId, names.GetValueOrDefault(a.ParkId, ""), a.Points, a.Reason, a.By, a.AtUtc)).ToList(),
            run?.State != AssessmentState.Published && user.Allows(Permissions.AssessmentScheme, target),
            run?.State != AssessmentState.Published && user.Allows(Permissions.AssessmentRun, target))
        {
            NoticeNumber = run?.NoticeNumber, NoticeIssuedOn = run?.NoticeIssuedOn,
        };
    }

    private async Task<SchemeView> SchemeViewAsync(SchemeRecord scheme, Regions.Region owner, CancellationToken ct)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        var definition = SchemeDefinition.FromJson(scheme.Definition);
        var metrics = definition.Items.Select(i => i.Metric).Concat(definition.Adjustments.Select(a => a.Metric)).Distinct(StringComparer.Ordinal)
            .Select(m => AssessmentMetrics.Find(setup, m)).OfType<MetricInfo>().ToDictionary(m => m.Key, StringComparer.OrdinalIgnoreCase);
        return new SchemeView(scheme.Id, owner.Code, owner.NameZh, owner.NameEn, scheme.Year, scheme.NameZh, scheme.NameEn, scheme.Document, scheme.Missing, scheme.Ties,
            definition.Items.Sum(i => i.Weight), definition.Items, definition.Adjustments, metrics, scheme.Version);
    }

    /// <summary>The ranks of a published assessment of the same owner (park → rank); empty when there is none.</summary>
    internal static async Task<Dictionary<int, int>> PreviousRanksAsync(AppDbContext db, int ownerRegionId, int year, CancellationToken ct) =>
        await db.AssessmentResults.AsNoTracking()
            .Where(r => db.AssessmentRuns.Any(run => run.Id == r.RunId && run.State == AssessmentState.Published
                && db.AssessmentSchemes.Any(s => s.Id == run.SchemeId && s.OwnerRegionId == ownerRegionId && s.Year == year)))
            .ToDictionaryAsync(r => r.ParkId, r => r.Rank, ct);
}

/// <summary>A scheme in a list: owner, year, names, and how far its assessment has come.</summary>
public sealed record SchemeSummary(int Id, string OwnerCode, string Owner, int Year, string NameZh, string NameEn, AssessmentState? State, DateTime? PublishedAtUtc);

/// <summary>The schemes a user may see: every published one, and the others of the regions the user's region covers.</summary>
public sealed class ListSchemes(AppDbContext db)
{
    public async Task<IReadOnlyList<SchemeSummary>> ExecuteAsync(AccessScope user, CancellationToken ct = default)
    {
        var rows = await db.AssessmentSchemes.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.OwnerRegion!.Code, s.OwnerRegion.NameZh, s.OwnerRegion.Path, s.Year, Name = s.NameZh, s.NameEn,
                Run = db.AssessmentRuns.Where(r => r.SchemeId == s.Id).Select(r => new { r.State, r.PublishedAtUtc }).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Where(s => s.Run?.State == AssessmentState.Published || user.Allows(Permissions.AssessmentRead, ScopeTarget.Region(s.Path)))
            .OrderByDescending(s => s.Year).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new SchemeSummary(s.Id, s.Code, s.NameZh, s.Year, s.Name, s.NameEn, s.Run?.State, s.Run?.PublishedAtUtc)).ToList();
    }
}

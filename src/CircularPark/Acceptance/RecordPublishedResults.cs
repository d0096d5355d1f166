using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using C = CircularPark.Acceptance.PublishedResultColumns;

namespace CircularPark.Acceptance;

/// <summary>
/// Records acceptance results a province published before the product was used (ADR 0074): grade, document number and
/// date, one park or a whole notice. Only the campaign's owner may. Parks are matched by name (or short name) among the
/// campaign's participations. Every line is checked first; any problem stores nothing. Recording the same result again
/// changes nothing; a different result for a park is a problem unless <c>replace</c> is asked. A recorded result moves the
/// participation to accepted or failed, effective on the document's date.
/// </summary>
public sealed class RecordPublishedResults(AppDbContext db)
{
    public const int MaxNumber = 100;

    private sealed record Parsed(int Row, Participation Participation, string Grade, bool Passed, double? Score, string Number, DateOnly On);

    public async Task<(Failure? Refusal, PublishedResultsReport? Report)> ExecuteAsync(string campaignCode, IReadOnlyList<PublishedResultLine> lines,
        PublishedNotice notice, string? sourceFile, bool replace, bool dryRun, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, campaign) = await LoadCampaignAsync(campaignCode, user, ct);
        if (refusal is not null) return (refusal, null);

        var participations = await db.Participations.Include(p => p.Park).Include(p => p.History).AsSplitQuery()
            .Where(p => p.CampaignId == campaign.Id).ToListAsync(ct);
        var maxScore = (await AcceptanceRules.LoadAsync(db, campaign.Id, ct)).MaxScore;
        var problems = new List<ImportProblem>();
        var parsed = new List<Parsed>();
        var firstRow = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (Parse(line, notice, participations, campaign, maxScore, problems) is not { } row) continue;
            if (firstRow.TryGetValue(row.Participation.ParkId, out var first))
                problems.Add(Problem(row.Row, C.Park, "duplicate", Text.Get("Rule.duplicate", Label(C.Park).Zh, Label(C.Park).En, line.Park, first)));
            else
            {
                firstRow[row.Participation.ParkId] = row.Row;
                parsed.Add(row);
            }
        }
        if (problems.Count > 0) return (null, PublishedResultsReport.Failed(dryRun, lines.Count, problems));

        var outcomes = await ApplyAsync(campaign.Id, parsed, sourceFile, replace, user, problems, ct);
        if (problems.Count > 0 || dryRun)
        {
            db.ChangeTracker.Clear();
            return (null, problems.Count > 0 ? PublishedResultsReport.Failed(dryRun, lines.Count, problems) : new(true, false, lines.Count, outcomes, []));
        }
        if (await AcceptanceContext.SaveAsync(db, ct) is { } conflict) return (conflict, null);
        return (null, new PublishedResultsReport(false, true, lines.Count, outcomes, []));
    }

    /// <summary>The campaign (404 when there is none) if the user owns it (403 otherwise: <see cref="Permissions.CampaignOwn"/>).</summary>
    public async Task<(Failure? Refusal, Campaign Campaign)> LoadCampaignAsync(string campaignCode, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Include(c => c.ScopeRegion).SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (Failure.NotFound(Text.Get("Rule.campaign", campaignCode)), null!);
        if (!user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(campaign.ScopeRegion!.Path))) return (Failure.Forbidden, null!);
        return (null, campaign);
    }

    /// <summary>Checks one line against every rule, adding a problem per broken rule; null when any is broken.</summary>
    private Parsed? Parse(PublishedResultLine line, PublishedNotice notice, List<Participation> participations, Campaign campaign, double maxScore,
        List<ImportProblem> problems)
    {
        var before = problems.Count;
        var name = line.Park.Trim();
        var participation = name.Length == 0 ? null
            : participations.FirstOrDefault(p => p.Park!.Name == name) ?? participations.FirstOrDefault(p => p.Park!.ShortName == name);
        if (name.Length == 0) problems.Add(Required(line.Row, C.Park));
        else if (participation is null) problems.Add(Problem(line.Row, C.Park, "published-park", Text.Get("Rule.published-park", name, campaign.TitleZh, campaign.TitleEn)));

        var grade = PublishedGrades.Parse(line.Grade);
        if (line.Grade.Trim().Length == 0) problems.Add(Required(line.Row, C.Grade));
        else if (grade is null) problems.Add(Problem(line.Row, C.Grade, "published-grade", Text.Get("Rule.published-grade", line.Grade.Trim(), string.Join("、", PublishedGrades.Labels))));

        double? score = null;
        if (line.Score.Trim() is { Length: > 0 } s)
        {
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= maxScore) score = v;
            else problems.Add(Problem(line.Row, C.Score, "score", Text.Get("Acceptance.Score", maxScore)));
        }

        var number = (line.NoticeNumber.Trim() is { Length: > 0 } n ? n : notice.Number?.Trim()) ?? "";
        if (number.Length == 0) problems.Add(Required(line.Row, C.NoticeNumber));
        else if (number.Length > MaxNumber) problems.Add(Problem(line.Row, C.NoticeNumber, "too-long", Text.Get("Rule.too-long", Label(C.NoticeNumber).Zh, Label(C.NoticeNumber).En, MaxNumber)));

        var on = CheckDate(line.Row, line.NoticeOn.Trim() is { Length: > 0 } d ? d : notice.On?.Trim() ?? "", problems);
        return problems.Count > before ? null : new Parsed(line.Row, participation!, grade!.Value.Code, grade.Value.Passes, score, number, on!.Value);
    }

    private DateOnly? CheckDate(int row, string text, List<ImportProblem> problems)
    {
        var label = Label(C.NoticeOn);
        if (text.Length == 0) { problems.Add(Required(row, C.NoticeOn)); return null; }
        if (CellDates.Parse(text) is not { } on) { problems.Add(Problem(row, C.NoticeOn, "date", Text.Get("Rule.date", label.Zh, label.En, text))); return null; }
        if (on > db.Clock.Today())
        {
            problems.Add(Problem(row, C.NoticeOn, "future-date", Text.Get("Rule.future-date", label.Zh, label.En, on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            return null;
        }
        return on;
    }

    /// <summary>Creates, keeps or replaces each park's result (tracked, not saved) and moves its participation; conflicts become problems.</summary>
    private async Task<List<PublishedResultOutcome>> ApplyAsync(int campaignId, List<Parsed> rows, string? sourceFile, bool replace, AccessScope user,
        List<ImportProblem> problems, CancellationToken ct)
    {
        var parkIds = rows.Select(r => r.Participation.ParkId).ToList();
        var stored = await db.PublishedAcceptanceResults.Where(r => r.CampaignId == campaignId && parkIds.Contains(r.ParkId)).ToDictionaryAsync(r => r.ParkId, ct);
        var filed = await db.AcceptanceApplications.Where(a => a.CampaignId == campaignId && parkIds.Contains(a.ParkId) && a.Status == AcceptanceStatus.Filed)
            .Select(a => a.ParkId).ToListAsync(ct);
        var now = db.Clock.UtcNow();
        var outcomes = new List<PublishedResultOutcome>();
        foreach (var row in rows)
        {
            var park = row.Participation.Park!;
            if (filed.Contains(park.Id)) { problems.Add(Problem(row.Row, C.Park, "published-filed", Text.Get("Rule.published-filed", park.Name))); continue; }
            var existing = stored.GetValueOrDefault(park.Id);
            var change = existing is null ? PublishedResultChange.Created : Same(existing, row) ? PublishedResultChange.Unchanged : PublishedResultChange.Replaced;
            if (change == PublishedResultChange.Replaced && !replace)
            {
                problems.Add(Problem(row.Row, C.Grade, "published-conflict", Text.Get("Rule.published-conflict", park.Name,
                    Grades.Label(existing!.Grade).Zh, existing.NoticeNumber, Grades.Label(row.Grade).Zh, Grades.Label(existing.Grade).En, Grades.Label(row.Grade).En)));
                continue;
            }
            if (change != PublishedResultChange.Unchanged) Record(existing, row, sourceFile, user.Name, now);
            var label = Grades.Label(row.Grade);
            outcomes.Add(new PublishedResultOutcome(row.Row, park.Id, park.Name, row.Grade, label.Zh, label.En, row.Passed, row.Score, row.Number, row.On, change));
        }
        return outcomes;
    }

    private void Record(PublishedAcceptanceResult? existing, Parsed row, string? sourceFile, string actor, DateTime now)
    {
        var result = existing ?? db.PublishedAcceptanceResults.Add(new PublishedAcceptanceResult
        {
            CampaignId = row.Participation.CampaignId, ParkId = row.Participation.ParkId, Grade = row.Grade, NoticeNumber = row.Number, RecordedBy = actor,
        }).Entity;
        (result.Grade, result.Passed, result.Score, result.NoticeNumber, result.NoticeOn) = (row.Grade, row.Passed, row.Score, row.Number, row.On);
        (result.RecordedBy, result.RecordedAtUtc, result.SourceFile) = (actor, now, sourceFile);
        var to = row.Passed ? ParticipationState.Accepted : ParticipationState.Failed;
        // A demonstration park stays one when an accepting result is recorded again.
        if (row.Participation.State == to || (row.Passed && row.Participation.State == ParticipationState.Demonstration)) return;
        row.Participation.MoveTo(to, actor, now, $"{row.Number} 公布验收结论：{Grades.Label(row.Grade).Zh}", row.On);
    }

    private static bool Same(PublishedAcceptanceResult stored, Parsed row) =>
        stored.Grade == row.Grade && stored.NoticeNumber == row.Number && stored.NoticeOn == row.On && stored.Score == row.Score;

    private static Bilingual Label(string key) => C.Label(key);

    private static ImportProblem Required(int row, string key) => Problem(row, key, "required", Text.Get("Rule.required", Label(key).Zh, Label(key).En));

    private static ImportProblem Problem(int row, string key, string rule, Bilingual message) => ImportProblem.Of(row, Label(key).Zh, rule, message);
}

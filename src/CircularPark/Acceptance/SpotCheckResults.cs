using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Reports;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>What a spot check found at a park (抽查结论). Stored; never renumber.</summary>
public enum SpotCheckOutcome
{
    /// <summary>合格.</summary>
    Qualified = 1,
    /// <summary>不合格.</summary>
    Unqualified = 2,
    /// <summary>限期整改.</summary>
    Rectify = 3,
}

/// <summary>The result of a spot check at one drawn park: the day of the check, the conclusion and the findings (ADR 0079).</summary>
public sealed class SpotCheckResult
{
    public int Id { get; set; }
    public int SpotCheckId { get; set; }
    public int ParkId { get; set; }
    public DateOnly CheckedOn { get; set; }
    public SpotCheckOutcome Outcome { get; set; }
    public string Findings { get; set; } = "";
    public long Version { get; set; }
}

internal sealed class SpotCheckResultConfiguration : IEntityTypeConfiguration<SpotCheckResult>
{
    public void Configure(EntityTypeBuilder<SpotCheckResult> builder)
    {
        builder.HasIndex(r => new { r.SpotCheckId, r.ParkId }).IsUnique();
        builder.Property(r => r.Findings).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>One drawn park with its result (null until recorded).</summary>
public sealed record SpotCheckParkView(int ParkId, string Park, DateOnly? CheckedOn, SpotCheckOutcome? Outcome, string? Findings);

/// <summary>A spot check with its results; <c>PublishedOn</c> null = not yet published (then only its owner sees it).</summary>
public sealed record SpotCheckResultsView(int Id, string Campaign, DateTime DrawnAtUtc, DateOnly? PublishedOn, IReadOnlyList<SpotCheckParkView> Parks);

/// <summary>The result of one park: when it was checked, the conclusion, the findings.</summary>
public sealed record SpotCheckResultInput(DateOnly? CheckedOn, SpotCheckOutcome? Outcome, string? Findings);

/// <summary>
/// Spot-check results (抽查结果, 003 四（四）/ 004 三（三）): the campaign's owner records a result for each drawn park and then
/// publishes them all with the publication's date; published results are public and no longer change (409).
/// </summary>
public sealed class SpotCheckResults(AppDbContext db)
{
    /// <summary>Records (or corrects, before publication) the result of one drawn park.</summary>
    public async Task<Outcome<SpotCheckParkView>> RecordAsync(int spotCheckId, int parkId, SpotCheckResultInput input, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, check) = await LoadOwnedAsync(spotCheckId, user, ct);
        if (refusal is not null) return refusal;
        if (!check!.Drawn.Contains(parkId)) return Failure.NotFound("SpotCheck.NotDrawn", parkId);
        if (check.PublishedOn is { } published) return Failure.Conflict("SpotCheck.Published", SubmitAcceptance.Day(published));
        var today = db.Clock.Today();
        if (input.CheckedOn is not { } on) return Failure.Invalid("checkedOn", "SpotCheck.CheckedOn");
        if (on > today) return Failure.Invalid("checkedOn", "EffectiveOn.Future", SubmitAcceptance.Day(on), SubmitAcceptance.Day(today));
        if (on < ChinaTime.DateOf(check.DrawnAtUtc)) return Failure.Invalid("checkedOn", "SpotCheck.BeforeDrawn", SubmitAcceptance.Day(ChinaTime.DateOf(check.DrawnAtUtc)));
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome)) return Failure.Invalid("outcome", "SpotCheck.Outcome");
        var findings = input.Findings?.Trim() ?? "";
        if (findings.Length > 2000) return Failure.Invalid("findings", "SpotCheck.Findings");
        if (outcome != SpotCheckOutcome.Qualified && findings.Length == 0) return Failure.Invalid("findings", "SpotCheck.FindingsRequired");
        var result = check.Results.FirstOrDefault(r => r.ParkId == parkId);
        if (result is null) check.Results.Add(result = new SpotCheckResult { ParkId = parkId });
        (result.CheckedOn, result.Outcome, result.Findings) = (on, outcome, findings);
        var name = await db.Parks.Where(p => p.Id == parkId).Select(p => p.Name).SingleAsync(ct);
        return await db.TrySaveChangesAsync(() => new SpotCheckParkView(parkId, name, on, outcome, findings), ct);
    }

    /// <summary>Publishes the results with the publication's date (today when none is given): every drawn park needs its result first (409).</summary>
    public async Task<Outcome<SpotCheckResultsView>> PublishAsync(int spotCheckId, DateOnly? publishedOn, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, check) = await LoadOwnedAsync(spotCheckId, user, ct);
        if (refusal is not null) return refusal;
        if (check!.PublishedOn is { } already) return Failure.Conflict("SpotCheck.Published", SubmitAcceptance.Day(already));
        var missing = check.Drawn.Count(id => check.Results.All(r => r.ParkId != id));
        if (missing > 0) return Failure.Conflict("SpotCheck.Unfinished", missing);
        var today = db.Clock.Today();
        var on = publishedOn ?? today;
        if (on > today) return Failure.Invalid("publishedOn", "EffectiveOn.Future", SubmitAcceptance.Day(on), SubmitAcceptance.Day(today));
        if (check.Results.Max(r => r.CheckedOn) is var last && on < last)
            return Failure.Invalid("publishedOn", "SpotCheck.PublishedBeforeChecked", SubmitAcceptance.Day(last));
        check.PublishedOn = on;
        if ((await db.TrySaveChangesAsync(ct)).Failure is { } unsaved) return unsaved;
        return (await ViewAsync(check, ct))!;
    }

    /// <summary>A spot check with its results: anyone once published; before that only the campaign's owner (404 for others).</summary>
    public async Task<SpotCheckResultsView?> GetAsync(int spotCheckId, AccessScope user, CancellationToken ct = default)
    {
        var check = await db.SpotChecks.AsNoTracking().Include(s => s.Results).SingleOrDefaultAsync(s => s.Id == spotCheckId, ct);
        if (check is null || check.PublishedOn is null && !await OwnsAsync(check, user, ct)) return null;
        return await ViewAsync(check, ct);
    }

    /// <summary>The campaign's spot checks the user may see: published ones for anyone, all of them for the owner.</summary>
    public async Task<IReadOnlyList<SpotCheckResultsView>> ListAsync(int campaignId, AccessScope user, CancellationToken ct = default)
    {
        var checks = await db.SpotChecks.AsNoTracking().Include(s => s.Results).Where(s => s.CampaignId == campaignId).OrderByDescending(s => s.Id).ToListAsync(ct);
        var views = new List<SpotCheckResultsView>();
        foreach (var check in checks)
            if (check.PublishedOn is not null || await OwnsAsync(check, user, ct)) views.Add(await ViewAsync(check, ct));
        return views;
    }

    private async Task<(Failure? Refusal, SpotCheckRecord? Check)> LoadOwnedAsync(int spotCheckId, AccessScope user, CancellationToken ct)
    {
        var check = await db.SpotChecks.Include(s => s.Results).SingleOrDefaultAsync(s => s.Id == spotCheckId, ct);
        if (check is null || !await OwnsAsync(check, user, ct)) return (Failure.NotFound("SpotCheck.NotFound"), null);
        return (null, check);
    }

    /// <summary>The spot check's owner: the campaign's owner whose region covers the region the check was drawn in.</summary>
    private async Task<bool> OwnsAsync(SpotCheckRecord check, AccessScope user, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return false;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        return user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(tree.PathOf(check.RegionId) ?? ""));
    }

    private async Task<SpotCheckResultsView> ViewAsync(SpotCheckRecord check, CancellationToken ct)
    {
        var ids = check.Drawn;
        var names = await db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var code = await db.Campaigns.Where(c => c.Id == check.CampaignId).Select(c => c.Code).SingleAsync(ct);
        return new SpotCheckResultsView(check.Id, code, check.DrawnAtUtc, check.PublishedOn, ids.Select(id =>
        {
            var r = check.Results.FirstOrDefault(x => x.ParkId == id);
            return new SpotCheckParkView(id, names.GetValueOrDefault(id, ""), r?.CheckedOn, r?.Outcome, r?.Findings);
        }).ToList());
    }
}

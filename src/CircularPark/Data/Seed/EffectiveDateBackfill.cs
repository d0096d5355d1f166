using CircularPark.Campaigns;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>
/// State changes recorded before they carried an effective date (ADR 0070): a change the import of a campaign's list
/// recorded took effect on the list's date (粤工信节能函〔2020〕923号 on 2020-09-28, 鲁经信循〔2018〕336号 on 2018-09-10);
/// any other took effect on the China date it was recorded. Acceptance steps, delay decisions and demonstration
/// designations recorded before they carried their own date took effect the China date they were recorded. Runs with the
/// seed; touches only rows without a date.
/// </summary>
internal static class EffectiveDateBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct) =>
        await StateChangesAsync(db, ct) + await DecisionsAsync(db, ct);

    private static async Task<int> DecisionsAsync(AppDbContext db, CancellationToken ct)
    {
        var events = await db.Set<Acceptance.AcceptanceEvent>().Where(e => e.EffectiveOn == default).ToListAsync(ct);
        events.ForEach(e => e.EffectiveOn = Time.ChinaTime.DateOf(e.AtUtc));
        var designations = await db.DemonstrationDesignations.Where(d => d.EffectiveOn == default).ToListAsync(ct);
        designations.ForEach(d => d.EffectiveOn = Time.ChinaTime.DateOf(d.DesignatedAtUtc));
        var delays = await db.DelayRequests.Where(d => d.DecidedAtUtc != null && d.DecidedOn == null).ToListAsync(ct);
        delays.ForEach(d => d.DecidedOn = Time.ChinaTime.DateOf(d.DecidedAtUtc!.Value));
        await db.SaveChangesAsync(ct);
        return events.Count + designations.Count + delays.Count;
    }

    private static async Task<int> StateChangesAsync(AppDbContext db, CancellationToken ct)
    {
        var undated = await db.Set<ParticipationStateChange>().Where(h => h.EffectiveOn == default).ToListAsync(ct);
        if (undated.Count == 0) return 0;
        var ids = undated.Select(h => h.ParticipationId).Distinct().ToList();
        var campaigns = await db.Participations.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Campaign }).ToDictionaryAsync(p => p.Id, p => p.Campaign!, ct);
        foreach (var change in undated)
            change.EffectiveOn = IsListImport(change) && ParkImportApplier.ListDate(campaigns[change.ParticipationId]) is { } listed
                ? listed : Time.ChinaTime.DateOf(change.AtUtc);
        await db.SaveChangesAsync(ct);
        return undated.Count;
    }

    /// <summary>The first change of a participation recorded by a list import ("导入 parks-sd-2018-336.csv（…）").</summary>
    private static bool IsListImport(ParticipationStateChange change) =>
        change.From is null && change.Reason.StartsWith("导入 ", StringComparison.Ordinal);
}

using CircularPark.Campaigns;
using CircularPark.Compliance;
using CircularPark.Data;
using CircularPark.Reports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>
/// The compliance and timeliness facts of parks for an assessed year, as of a reference day (the end of the year, or
/// today when that comes first, China time): what held on that day, or happened within the year up to it.
/// </summary>
internal static class ComplianceFacts
{
    public static async Task<Dictionary<int, Dictionary<string, double>>> LoadAsync(AppDbContext db, IReadOnlyList<int> parks, int year, DateOnly reference,
        CancellationToken ct)
    {
        var facts = parks.ToDictionary(p => p, _ => new Dictionary<string, double>(StringComparer.Ordinal));
        foreach (var (key, figure) in await CleanProductionCoverage.ComputeAsync(db, parks, [year], ct)) facts[key.Park]["cp-coverage"] = figure.Percent;
        var eias = (await db.PlanningEias.AsNoTracking().Where(e => parks.Contains(e.ParkId)).ToListAsync(ct)).ToLookup(e => e.ParkId);
        var green = (await db.GreenDesignations.AsNoTracking().Where(g => parks.Contains(g.ParkId) && g.Year <= year).ToListAsync(ct)).ToLookup(g => g.ParkId);
        var inspections = (await db.EnergyInspections.AsNoTracking().Where(i => parks.Contains(i.ParkId)).ToListAsync(ct)).ToLookup(i => i.ParkId);
        var reports = (await db.EnvironmentalReports.AsNoTracking().Where(r => parks.Contains(r.ParkId) && r.Year == year - 1).ToListAsync(ct)).ToLookup(r => r.ParkId);
        foreach (var park in parks)
        {
            var f = facts[park];
            f["eia-valid"] = eias[park].Any(e => e.IsValidOn(reference)) ? 1 : 0;
            f["green"] = green[park].Count();
            f["green-national"] = green[park].Count(g => g.Level == GreenLevel.National);
            f["inspections"] = inspections[park].Count(i => i.InspectedOn.Year == year && i.InspectedOn <= reference);
            f["rectification-overdue"] = inspections[park].Count(i => WasOverdue(i, year, reference));
            f["env-report"] = reports[park].Any(r => r.PublishedOn is { } on && on <= reference) ? 1 : 0;
        }
        await AddTimelinessAsync(db, facts, year, reference, ct);
        return facts;
    }

    /// <summary>A rectification due within the year (by the reference day) that was not closed by its deadline.</summary>
    public static bool WasOverdue(EnergyInspection inspection, int year, DateOnly reference) =>
        inspection.RectificationDueOn is { } due && due.Year == year && due < reference && (inspection.ClosedOn is null || inspection.ClosedOn > due);

    /// <summary>
    /// Yearly park reports due within the year by the reference day, for campaigns in which the park owed reports at the due
    /// date: late or missing ones counted (<c>reports-late</c>), and on time (<c>report-on-time</c> = 1) when none was; no
    /// report due means no value.
    /// </summary>
    private static async Task AddTimelinessAsync(AppDbContext db, Dictionary<int, Dictionary<string, double>> facts, int year, DateOnly reference,
        CancellationToken ct)
    {
        var parks = facts.Keys.ToList();
        var participations = await db.Participations.AsNoTracking().Where(p => parks.Contains(p.ParkId))
            .Select(p => new { p.ParkId, p.CampaignId, p.History }).ToListAsync(ct);
        var campaigns = participations.Select(p => p.CampaignId).Distinct().ToList();
        var requirements = await db.ReportRequirements.AsNoTracking()
            .Where(r => campaigns.Contains(r.CampaignId) && r.From == ReportParty.Park && r.Recurrence == Recurrence.Yearly).ToListAsync(ct);
        var submitted = await db.YearlyReports.AsNoTracking().Where(r => r.ParkId != null && parks.Contains(r.ParkId.Value) && r.FirstSubmittedAtUtc != null)
            .Select(r => new { r.ParkId, r.RequirementId, r.Period, r.FirstSubmittedAtUtc }).ToListAsync(ct);
        foreach (var p in participations)
            foreach (var (requirement, due) in requirements.Where(r => r.CampaignId == p.CampaignId)
                         .SelectMany(r => r.DueDates(reference).Where(d => d.Due.Year == year && d.Due < reference).Select(d => (r, d))))
            {
                var deadline = Time.ChinaTime.EndOfDayUtc(due.Due);
                var state = p.History.Where(h => h.AtUtc <= deadline).OrderBy(h => h.AtUtc).ThenBy(h => h.Id).LastOrDefault()?.To;
                if (state is not { } owes || !ReportDeadlines.OwesReports(owes)) continue;
                var onTime = submitted.Any(s => s.ParkId == p.ParkId && s.RequirementId == requirement.Id && s.Period == due.Period && s.FirstSubmittedAtUtc <= deadline);
                var f = facts[p.ParkId];
                f["reports-late"] = f.GetValueOrDefault("reports-late") + (onTime ? 0 : 1);
                f["report-on-time"] = f["reports-late"] == 0 ? 1 : 0;
            }
    }
}

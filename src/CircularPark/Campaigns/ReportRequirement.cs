using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Campaigns;

/// <summary>Level of the hierarchy a report comes from or goes to.</summary>
public enum ReportParty
{
    Park = 1,
    City = 2,
    Province = 3,
    Nation = 4,
}

public enum Recurrence
{
    Once = 1,
    Yearly = 2,
}

/// <summary>
/// One line of a campaign's report schedule. Deadlines are data: a one-off report has <see cref="DueDate"/>; a
/// yearly one is due on <see cref="DueMonth"/>/<see cref="DueDay"/> of period + <see cref="YearOffset"/> for each
/// period from <see cref="FirstPeriod"/> to <see cref="LastPeriod"/>. <see cref="Indicative"/> marks dates the
/// source gives only loosely ("每年初", "early next year") and the campaign owner fixed.
/// </summary>
public sealed class ReportRequirement
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string Type { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public ReportParty From { get; set; }
    public ReportParty To { get; set; }
    public Recurrence Recurrence { get; set; }
    public DateOnly? DueDate { get; set; }
    public int? DueMonth { get; set; }
    public int? DueDay { get; set; }
    public int YearOffset { get; set; }
    public int? FirstPeriod { get; set; }
    public int? LastPeriod { get; set; }
    public bool Indicative { get; set; }
    public string Source { get; set; } = "";

    /// <summary>
    /// Due dates of the schedule's periods, in order. A yearly schedule without <see cref="LastPeriod"/> is open (the source
    /// sets no end, e.g. 000 "实施期内，请于每年12月31日前…"): its periods run from <see cref="FirstPeriod"/> through the first
    /// one due on or after <paramref name="today"/>, so that every period that has come due and the next one are listed.
    /// </summary>
    public IEnumerable<(int? Period, DateOnly Due)> DueDates(DateOnly today)
    {
        if (Recurrence == Recurrence.Once)
        {
            if (DueDate is { } due) yield return (null, due);
            yield break;
        }
        if (FirstPeriod is not { } first || DueMonth is not { } month || DueDay is not { } day)
            yield break;
        for (var period = first; LastPeriod is not { } last || period <= last; period++)
        {
            var due = new DateOnly(period + YearOffset, month, Math.Min(day, DateTime.DaysInMonth(period + YearOffset, month)));
            yield return (period, due);
            if (LastPeriod is null && due >= today) yield break;
        }
    }

    /// <summary>
    /// The periods reports are written for, with their due dates: a yearly schedule's periods; a one-off report of a unit to
    /// the nation (the park list of 2022, the five-year summary) is filed under the year it is due (ADR 0080). Other one-off
    /// lines (a plan, a work plan) are not reports of this kind and have none.
    /// </summary>
    public IEnumerable<(int Period, DateOnly Due)> ReportPeriods(DateOnly today) =>
        DueDates(today).Where(d => d.Period is not null || From == ReportParty.Province).Select(d => (d.Period ?? d.Due.Year, d.Due));

    /// <summary>Whether the schedule is open: yearly, with no last period set by its source.</summary>
    public bool IsOpen => Recurrence == Recurrence.Yearly && LastPeriod is null;
}

internal sealed class ReportRequirementConfiguration : IEntityTypeConfiguration<ReportRequirement>
{
    public void Configure(EntityTypeBuilder<ReportRequirement> builder)
    {
        builder.Property(r => r.Type).HasMaxLength(60);
        builder.Property(r => r.NameZh).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.Source).HasMaxLength(300);
    }
}

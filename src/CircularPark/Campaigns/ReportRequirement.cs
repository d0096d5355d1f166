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

    /// <summary>Due dates of every period in the schedule, in order.</summary>
    public IEnumerable<(int? Period, DateOnly Due)> DueDates()
    {
        if (Recurrence == Recurrence.Once)
        {
            if (DueDate is { } due) yield return (null, due);
            yield break;
        }
        if (FirstPeriod is not { } first || LastPeriod is not { } last || DueMonth is not { } month || DueDay is not { } day)
            yield break;
        for (var period = first; period <= last; period++)
            yield return (period, new DateOnly(period + YearOffset, month, Math.Min(day, DateTime.DaysInMonth(period + YearOffset, month))));
    }
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

using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>Who designated a demonstration park. Values are stored; never renumber.</summary>
public enum DemonstrationLevel
{
    /// <summary>省级循环化改造示范园区 (Jiangsu 2013: the province awards the plaque 循环经济示范园区).</summary>
    Provincial = 1,
    /// <summary>国家级: designated by the ministry, normally on the province's recommendation.</summary>
    National = 2,
}

/// <summary>A demonstration-park designation (示范园区) of an accepted park, with who, when and why.</summary>
public sealed class DemonstrationDesignation
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    public DemonstrationLevel Level { get; set; }
    public required string Reason { get; set; }
    public required string DesignatedBy { get; set; }
    /// <summary>When the designation was recorded (UTC).</summary>
    public DateTime DesignatedAtUtc { get; set; }
    /// <summary>The date the designation took effect (the naming document's date; China calendar).</summary>
    public DateOnly EffectiveOn { get; set; }
    /// <summary>The naming document's number (文号), when there is one.</summary>
    public string? DocumentNumber { get; set; }
}

internal sealed class DemonstrationDesignationConfiguration : IEntityTypeConfiguration<DemonstrationDesignation>
{
    public void Configure(EntityTypeBuilder<DemonstrationDesignation> builder)
    {
        builder.HasIndex(d => new { d.CampaignId, d.ParkId, d.Level }).IsUnique();
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.DesignatedBy).HasMaxLength(200);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Park>().WithMany().HasForeignKey(d => d.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A designation as the public lists show it.</summary>
public sealed record DemonstrationView(int ParkId, string Park, string CampaignCode, string Campaign, DemonstrationLevel Level, string Reason, DateTime DesignatedAtUtc,
    DateOnly EffectiveOn, string? DocumentNumber);

/// <summary>
/// Designates an accepted park a demonstration park: province users (whose region covers the park) at provincial level,
/// the ministry at national level (ADR 0040). Only a park whose acceptance is filed as passed can be designated.
/// </summary>
public sealed class DesignateDemonstration(AppDbContext db)
{
    /// <summary>Takes <c>effectiveOn</c>: the naming document's date when recorded after the fact; today when null.</summary>
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, string? reason, AccessScope user,
        DateOnly? effectiveOn = null, string? documentNumber = null, CancellationToken ct = default)
    {
        if (ReviewAcceptance.CheckReason(reason) is { } invalid) return invalid;
        var why = reason!.Trim();
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        DemonstrationLevel? level = user.Holds(Permissions.DemonstrationNational) ? DemonstrationLevel.National
            : user.Holds(Permissions.DemonstrationProvincial) ? DemonstrationLevel.Provincial : null;
        if (level is not { } l) return Failure.Forbidden;
        if (context!.Application is not { Status: AcceptanceStatus.Filed, Passed: true })
            return Failure.Conflict(Text.Get("Demonstration.NotAccepted", context.Place.Name), state: context.Participation!.State.ToString());
        if (await db.DemonstrationDesignations.AnyAsync(d => d.CampaignId == context.Campaign.Id && d.ParkId == parkId && d.Level == l, ct))
            return Failure.Conflict("Demonstration.Already", context.Place.Name);
        if ((documentNumber?.Trim().Length ?? 0) > 100) return Failure.Invalid("documentNumber", "Acceptance.TooLong", 100);
        var (on, problem) = EffectiveDates.Check(effectiveOn, db.Clock.Today(), context.Participation);
        if (problem is { } bad) return Failure.Invalid("effectiveOn", bad);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var number = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        var designation = new DemonstrationDesignation
        {
            CampaignId = context.Campaign.Id, ParkId = parkId, Level = l, Reason = why, DesignatedBy = user.Name, DesignatedAtUtc = now,
            EffectiveOn = on, DocumentNumber = number,
        };
        db.DemonstrationDesignations.Add(designation);
        context.Participation!.MoveTo(ParticipationState.Demonstration, user.Name, now,
            $"{Text.Label(l).Zh}{(number is null ? "" : $"（{number}）")}：{designation.Reason}", on);
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(ParticipationState.Demonstration, designation.Id);
    }
}

/// <summary>Public reads of the demonstration parks (the list anyone may open, and a park's own designations).</summary>
public static class Demonstrations
{
    public static async Task<List<DemonstrationView>> ListAsync(AppDbContext db, CancellationToken ct) => await Query(db, null).ToListAsync(ct);

    public static async Task<List<DemonstrationView>> ForParkAsync(AppDbContext db, int parkId, CancellationToken ct) => await Query(db, parkId).ToListAsync(ct);

    private static IQueryable<DemonstrationView> Query(AppDbContext db, int? parkId) =>
        from d in db.DemonstrationDesignations.AsNoTracking()
        where parkId == null || d.ParkId == parkId
        join p in db.Parks on d.ParkId equals p.Id
        join c in db.Campaigns on d.CampaignId equals c.Id
        orderby d.Level descending, d.EffectiveOn, p.Name
        select new DemonstrationView(d.ParkId, p.Name, c.Code, c.TitleZh, d.Level, d.Reason, d.DesignatedAtUtc, d.EffectiveOn, d.DocumentNumber);
}

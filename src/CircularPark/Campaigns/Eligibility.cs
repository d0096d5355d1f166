using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Campaigns;

/// <summary>
/// A province's decision that a park is, or is not, 具备条件 (eligible) for the transformation of a campaign (002 三(二):
/// "提出开展循环化改造的原则、条件等…研究提出本地区具备条件进行循环化改造的园区清单"), with its reason and the day it took
/// effect (ADR 0080). Decisions are kept as history: the one in force on a day is the latest that took effect by then.
/// </summary>
public sealed class ParkEligibility
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    public bool Eligible { get; set; }
    public required string Reason { get; set; }
    /// <summary>The day the decision took effect (e.g. the date of the province's list), apart from when it was recorded.</summary>
    public DateOnly EffectiveOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>The principles and conditions a province set for a campaign's eligibility (开展循环化改造的原则、条件), dated; latest in force wins.</summary>
public sealed class EligibilityPrinciples
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>The reporting unit (province, 计划单列市 or 兵团) whose principles these are.</summary>
    public int RegionId { get; set; }
    public required string Text { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

internal sealed class EligibilityConfiguration : IEntityTypeConfiguration<ParkEligibility>, IEntityTypeConfiguration<EligibilityPrinciples>
{
    public void Configure(EntityTypeBuilder<ParkEligibility> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Park>().WithMany().HasForeignKey(e => e.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CampaignId, e.ParkId, e.EffectiveOn });
    }

    public void Configure(EntityTypeBuilder<EligibilityPrinciples> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(8000);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CampaignId, e.RegionId, e.EffectiveOn });
    }
}

/// <summary>Reads eligibility as it stood on a day: the latest decision per park that took effect by then (later recordings win a tie).</summary>
public static class EligibilityAsOf
{
    /// <summary>Every park's decision in force on <paramref name="day"/> in the campaign, by park.</summary>
    public static async Task<Dictionary<int, ParkEligibility>> LoadAsync(AppDbContext db, int campaignId, DateOnly day, CancellationToken ct)
    {
        var rows = await db.ParkEligibilities.AsNoTracking().Where(e => e.CampaignId == campaignId && e.EffectiveOn <= day).ToListAsync(ct);
        return rows.GroupBy(e => e.ParkId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).Last());
    }

    /// <summary>The principles in force on <paramref name="day"/> for one reporting unit, or null.</summary>
    public static Task<EligibilityPrinciples?> PrinciplesAsync(AppDbContext db, int campaignId, int regionId, DateOnly day, CancellationToken ct) =>
        db.EligibilityPrinciples.AsNoTracking().Where(p => p.CampaignId == campaignId && p.RegionId == regionId && p.EffectiveOn <= day)
            .OrderByDescending(p => p.EffectiveOn).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
}

/// <summary>One park of a reporting unit with the eligibility decision in force (null: not yet decided).</summary>
public sealed record EligibilityLine(int ParkId, string Park, ParkLevel Level, string City, bool? Eligible, string? Reason, DateOnly? EffectiveOn);

/// <summary>A reporting unit's eligibility for a campaign: its principles and its parks of provincial level or above.</summary>
public sealed record EligibilityView(string Campaign, string UnitCode, string Unit, string? Principles, DateOnly? PrinciplesEffectiveOn,
    IReadOnlyList<EligibilityLine> Parks, DateOnly AsOf)
{
    public int EligibleCount => Parks.Count(p => p.Eligible == true);
    public int UndecidedCount => Parks.Count(p => p.Eligible is null);
}

/// <summary>Input of an eligibility decision.</summary>
public sealed record EligibilityInput(bool? Eligible, [MultiLine(1000)] string? Reason, DateOnly? EffectiveOn);

/// <summary>Input of a unit's principles.</summary>
public sealed record PrinciplesInput([MultiLine(8000)] string? Text, DateOnly? EffectiveOn);

/// <summary>
/// The reporting units of the nation (002 "各省、自治区、直辖市、计划单列市、新疆生产建设兵团"): the province-level regions
/// (the 兵团 among them) and the 计划单列市, valid on a day. A 计划单列市 reports for its own parks, so its province's list
/// leaves them out.
/// </summary>
public static class ReportingUnits
{
    /// <summary>Taiwan and the two special administrative regions (codes 71, 81, 82): divisions the national notices do not address.</summary>
    private static readonly string[] NotAddressed = ["71", "81", "82"];

    public static bool IsUnit(Region region) =>
        (region.Level == RegionLevel.Province && !NotAddressed.Contains(region.Code[..2])) || region.Kind == RegionKind.SeparatelyPlanned;

    /// <summary>
    /// The reporting unit a code names: a region of that code that is a reporting unit, valid on <paramref name="day"/>, and
    /// inside <paramref name="campaign"/>'s scope when one is given; null otherwise (the one lookup of eligibility and of the
    /// reports to the nation).
    /// </summary>
    public static Region? Find(RegionTree tree, string code, DateOnly day, Campaign? campaign = null) =>
        tree.FindByCode(code) is { } r && IsUnit(r) && r.IsValidOn(day) && (campaign is null || tree.IsWithin(r.Id, campaign.ScopeRegionId)) ? r : null;

    /// <summary>The units within <paramref name="scopeId"/> valid on <paramref name="day"/>, by code.</summary>
    public static IReadOnlyList<Region> Within(RegionTree tree, int scopeId, DateOnly day) =>
        tree.SelfAndDescendants(scopeId).Select(id => tree.Find(id)!).Where(r => IsUnit(r) && r.IsValidOn(day))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    /// <summary>The paths inside the unit that belong to another unit (a province's 计划单列市), to leave out of its parks.</summary>
    public static IReadOnlyList<string> CarvedOut(RegionTree tree, Region unit) =>
        unit.Kind == RegionKind.SeparatelyPlanned ? [] :
        tree.SelfAndDescendants(unit.Id).Select(id => tree.Find(id)!).Where(r => r.Id != unit.Id && r.Kind == RegionKind.SeparatelyPlanned)
            .Select(r => r.Path).ToList();

    /// <summary>The unit a park belongs to: its 计划单列市 when it lies in one, else its province.</summary>
    public static Region? UnitOf(RegionTree tree, int regionId)
    {
        for (var r = tree.Find(regionId); r is not null; r = r.ParentId is { } p ? tree.Find(p) : null)
            if (IsUnit(r)) return r;
        return null;
    }

    /// <summary>
    /// The parks of provincial level or above of a unit on a day (in SQL by region path, then the carve-outs): those whose
    /// eligibility a unit decides and whose expected results it reports.
    /// </summary>
    public static async Task<List<(int Id, string Name, ParkLevel Level, int? RegionId)>> ParksAsync(AppDbContext db, RegionTree tree, Region unit, DateOnly day, CancellationToken ct)
    {
        var carved = CarvedOut(tree, unit);
        var rows = await db.Parks.AsNoTracking().InRegion(unit.Path, day)
            .Where(p => p.Level == ParkLevel.National || p.Level == ParkLevel.Provincial)
            .Select(p => new
            {
                p.Id, p.Name, p.Level,
                Region = p.Memberships.Where(m => (m.ValidFrom == null || m.ValidFrom <= day) && (m.ValidTo == null || m.ValidTo > day)).Select(m => (int?)m.RegionId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Where(p => p.Region is not { } r || !carved.Any(c => (tree.PathOf(r) ?? "").StartsWith(c, StringComparison.Ordinal)))
            .OrderBy(p => p.Level).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Id, p.Name, p.Level, p.Region)).ToList();
    }
}

/// <summary>Reads a reporting unit's eligibility list for a campaign, for users whose region covers the unit.</summary>
public sealed class GetEligibility(AppDbContext db)
{
    public async Task<Outcome<EligibilityView>> ExecuteAsync(string campaignCode, string unitCode, AccessScope user, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Campaign.NotFound", campaignCode);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var day = asOf ?? db.Clock.Today();
        if (ReportingUnits.Find(tree, unitCode, day, campaign) is not { } unit || !user.Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path)))
            return Failure.NotFound("Eligibility.NoSuchUnit", unitCode);
        var parks = await ReportingUnits.ParksAsync(db, tree, unit, day, ct);
        var decisions = await EligibilityAsOf.LoadAsync(db, campaign.Id, day, ct);
        var principles = await EligibilityAsOf.PrinciplesAsync(db, campaign.Id, unit.Id, day, ct);
        var lines = parks.Select(p =>
        {
            var d = decisions.GetValueOrDefault(p.Id);
            var city = p.RegionId is { } r ? tree.AtLevel(r, RegionLevel.City)?.NameZh ?? "" : "";
            return new EligibilityLine(p.Id, p.Name, p.Level, city, d?.Eligible, d?.Reason, d?.EffectiveOn);
        }).ToList();
        return new EligibilityView(campaign.Code, unit.Code, unit.NameZh, principles?.Text, principles?.EffectiveOn, lines, day);
    }
}

/// <summary>
/// Records a reporting unit's decision on one park (eligible or not, always with its reason and the day it took effect).
/// The permission <see cref="Permissions.EligibilityDecide"/> is judged against the park's unit (its province, or its
/// 计划单列市), so an ordinary city cannot decide; only parks of provincial level or above within the campaign's scope.
/// </summary>
public sealed class DecideEligibility(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(string campaignCode, int parkId, EligibilityInput input, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Campaign.NotFound", campaignCode);
        var place = await ParkAccess.FindAsync(db, parkId, ct);
        if (place is null || !place.Allows(user, Permissions.ParkRead)) return Failure.NotFound("Park.NotFound", parkId);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        // Judged against the park's reporting unit, not the park: a city decides only when it is a unit itself (计划单列市).
        var unit = place.RegionId is { } region ? ReportingUnits.UnitOf(tree, region) : null;
        if (unit is null || !user.Allows(Permissions.EligibilityDecide, ScopeTarget.Region(unit.Path))) return Failure.Forbidden;
        if (!tree.IsWithin(unit.Id, campaign.ScopeRegionId)) return Failure.Invalid("parkId", "Eligibility.OutOfScope");
        var errors = InputCheck.Errors(input, nullsRequired: false);
        if (input.Eligible is null) errors["eligible"] = Text.Get("Eligibility.Required");
        if (string.IsNullOrWhiteSpace(input.Reason)) errors["reason"] = Text.Get("Eligibility.ReasonRequired");
        if (EffectiveDates.Required(input.EffectiveOn, db.Clock.Today()) is { } dateProblem) errors["effectiveOn"] = dateProblem;
        var level = await db.Parks.AsNoTracking().Where(p => p.Id == parkId).Select(p => p.Level).SingleAsync(ct);
        if (level is not (ParkLevel.National or ParkLevel.Provincial)) errors["parkId"] = Text.Get("Eligibility.Level");
        if (errors.Count > 0) return Failure.Invalid(errors);
        var row = new ParkEligibility
        {
            CampaignId = campaign.Id, ParkId = parkId, Eligible = input.Eligible!.Value, Reason = input.Reason!.Trim(), EffectiveOn = input.EffectiveOn!.Value,
            RecordedBy = user.Name, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.ParkEligibilities.Add(row);
        return await db.TrySaveChangesAsync(() => new Saved(row.Id, 0), ct);
    }
}

/// <summary>Records a reporting unit's principles and conditions for a campaign (dated; a new text supersedes from its day).</summary>
public sealed class SetEligibilityPrinciples(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(string campaignCode, string unitCode, PrinciplesInput input, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Campaign.NotFound", campaignCode);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (ReportingUnits.Find(tree, unitCode, db.Clock.Today(), campaign) is not { } unit || !user.Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path)))
            return Failure.NotFound("Eligibility.NoSuchUnit", unitCode);
        if (!user.Allows(Permissions.EligibilityDecide, ScopeTarget.Region(unit.Path))) return Failure.Forbidden;
        var errors = InputCheck.Errors(input, nullsRequired: false);
        if (string.IsNullOrWhiteSpace(input.Text)) errors["text"] = Text.Get("Eligibility.PrinciplesRequired");
        if (EffectiveDates.Required(input.EffectiveOn, db.Clock.Today()) is { } dateProblem) errors["effectiveOn"] = dateProblem;
        if (errors.Count > 0) return Failure.Invalid(errors);
        var row = new EligibilityPrinciples
        {
            CampaignId = campaign.Id, RegionId = unit.Id, Text = input.Text!.Trim(), EffectiveOn = input.EffectiveOn!.Value,
            RecordedBy = user.Name, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.EligibilityPrinciples.Add(row);
        return await db.TrySaveChangesAsync(() => new Saved(row.Id, 0), ct);
    }
}

using System.Text.Json;
using CircularPark.Auditing;
using CircularPark.Campaigns;
using CircularPark.Chains;
using CircularPark.Enterprises;
using CircularPark.ExchangePlatform;
using CircularPark.Identity;
using CircularPark.MaterialFlows;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CircularPark.Data;

/// <summary>
/// The one DbContext. On every save it bumps the <c>Version</c> concurrency token of modified entities and writes
/// an <see cref="AuditEntry"/> per changed entity, in the same transaction.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider clock, IActor actor)
    : IdentityDbContext<AppUser>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<ParkRegionMembership> ParkRegionMemberships => Set<ParkRegionMembership>();
    public DbSet<ParkAlias> ParkAliases => Set<ParkAlias>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignTarget> CampaignTargets => Set<CampaignTarget>();
    public DbSet<ReportRequirement> ReportRequirements => Set<ReportRequirement>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<ParticipationStateChange> ParticipationStateChanges => Set<ParticipationStateChange>();
    public DbSet<ParkEligibility> ParkEligibilities => Set<ParkEligibility>();
    public DbSet<EligibilityPrinciples> EligibilityPrinciples => Set<EligibilityPrinciples>();
    public DbSet<ReviewOpinion> ReviewOpinions => Set<ReviewOpinion>();
    public DbSet<OpinionFollowUp> OpinionFollowUps => Set<OpinionFollowUp>();
    public DbSet<FollowUpEntry> FollowUpEntries => Set<FollowUpEntry>();
    public DbSet<MfaModel> MaterialFlowModels => Set<MfaModel>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseStream> EnterpriseStreams => Set<EnterpriseStream>();
    public DbSet<StreamUse> StreamUses => Set<StreamUse>();
    public DbSet<EnterpriseInput> EnterpriseInputs => Set<EnterpriseInput>();
    public DbSet<UtilisationRoute> UtilisationRoutes => Set<UtilisationRoute>();
    public DbSet<ExchangeListing> ExchangeListings => Set<ExchangeListing>();
    public DbSet<ListingQuality> ListingQualities => Set<ListingQuality>();
    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();
    public DbSet<ProposedExchange> ProposedExchanges => Set<ProposedExchange>();
    public DbSet<Exchange> Exchanges => Set<Exchange>();
    public DbSet<ExchangeDelivery> ExchangeDeliveries => Set<ExchangeDelivery>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Statistics.ParkStatistics> ParkStatistics => Set<Statistics.ParkStatistics>();
    public DbSet<Statistics.StatisticValue> StatisticValues => Set<Statistics.StatisticValue>();
    public DbSet<Indicators.CustomDataItem> CustomDataItems => Set<Indicators.CustomDataItem>();
    public DbSet<Indicators.CustomIndicator> CustomIndicators => Set<Indicators.CustomIndicator>();
    public DbSet<Indicators.CoefficientSetRecord> CoefficientSets => Set<Indicators.CoefficientSetRecord>();
    public DbSet<Plans.ImplementationPlan> Plans => Set<Plans.ImplementationPlan>();
    public DbSet<Plans.PlanVersion> PlanVersions => Set<Plans.PlanVersion>();
    public DbSet<Reports.YearlyReport> YearlyReports => Set<Reports.YearlyReport>();
    public DbSet<Reports.ReportVersion> ReportVersions => Set<Reports.ReportVersion>();
    public DbSet<Reports.Reminder> Reminders => Set<Reports.Reminder>();
    public DbSet<Reports.SpotCheckRecord> SpotChecks => Set<Reports.SpotCheckRecord>();
    public DbSet<Acceptance.AcceptanceApplication> AcceptanceApplications => Set<Acceptance.AcceptanceApplication>();
    public DbSet<Acceptance.AcceptanceRules> AcceptanceRules => Set<Acceptance.AcceptanceRules>();
    public DbSet<Acceptance.PublishedAcceptanceResult> PublishedAcceptanceResults => Set<Acceptance.PublishedAcceptanceResult>();
    public DbSet<Acceptance.DelayRequest> DelayRequests => Set<Acceptance.DelayRequest>();
    public DbSet<Acceptance.FailedParksNoticeIssue> FailedParksNotices => Set<Acceptance.FailedParksNoticeIssue>();
    public DbSet<Acceptance.SpotCheckResult> SpotCheckResults => Set<Acceptance.SpotCheckResult>();
    public DbSet<Plans.PlanPreparation> PlanPreparations => Set<Plans.PlanPreparation>();
    public DbSet<Acceptance.DemonstrationDesignation> DemonstrationDesignations => Set<Acceptance.DemonstrationDesignation>();
    public DbSet<Acceptance.ExperienceCase> ExperienceCases => Set<Acceptance.ExperienceCase>();
    public DbSet<Accounts.UserSession> UserSessions => Set<Accounts.UserSession>();
    public DbSet<Accounts.SignInThrottle> SignInThrottles => Set<Accounts.SignInThrottle>();
    public DbSet<Imports.HeldUpload> HeldUploads => Set<Imports.HeldUpload>();
    /// <summary>The Data Protection key ring, shared by every web node of a deployment (ADR 0054); never audited.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();
    public DbSet<Funds.FundProgramme> FundProgrammes => Set<Funds.FundProgramme>();
    public DbSet<Funds.FundApplication> FundApplications => Set<Funds.FundApplication>();
    public DbSet<Funds.FundCredit> FundCredits => Set<Funds.FundCredit>();
    public DbSet<Compliance.CleanProductionAudit> CleanProductionAudits => Set<Compliance.CleanProductionAudit>();
    public DbSet<Compliance.EnergyInspection> EnergyInspections => Set<Compliance.EnergyInspection>();
    public DbSet<Compliance.PlanningEia> PlanningEias => Set<Compliance.PlanningEia>();
    public DbSet<Compliance.GreenDesignation> GreenDesignations => Set<Compliance.GreenDesignation>();
    public DbSet<Compliance.EnvironmentalReport> EnvironmentalReports => Set<Compliance.EnvironmentalReport>();
    public DbSet<Economics.RegionFigure> RegionFigures => Set<Economics.RegionFigure>();
    public DbSet<Assessments.SchemeRecord> AssessmentSchemes => Set<Assessments.SchemeRecord>();
    public DbSet<Assessments.AssessmentRun> AssessmentRuns => Set<Assessments.AssessmentRun>();
    public DbSet<Assessments.AssessmentResult> AssessmentResults => Set<Assessments.AssessmentResult>();
    public DbSet<Assessments.ScoreAdjustment> ScoreAdjustments => Set<Assessments.ScoreAdjustment>();

    public TimeProvider Clock => clock;

    /// <summary>How many saves of audited data this context committed (<see cref="DataVersion"/> reads the version again after one).</summary>
    public long Saves { get; private set; }

    /// <summary>The data version this context last read and the count of <see cref="Saves"/> it was read at (<see cref="DataVersion"/>).</summary>
    internal (long Version, long AtSave) KnownVersion { get; set; } = (0, -1);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <remarks>Changes are always accepted on success: the audit rows are written by a second save in the same transaction.</remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !IsMachinery(e.Entity))
            // An added entity is described after the save, when its generated key and the keys it refers to are real.
            .Select(e => (Entry: e, Action: e.State.ToString(), Changes: e.State == EntityState.Added ? null : DescribeChanges(e, e.State)))
            .ToList();
        foreach (var (entry, _, _) in pending)
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is not null)
                entry.Property("Version").CurrentValue = (long)entry.Property("Version").CurrentValue! + 1;

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(true, cancellationToken);
        if (pending.Count > 0) await InCommitOrderAsync(cancellationToken);
        AuditEntries.AddRange(pending.Select(p => new AuditEntry
        {
            AtUtc = now,
            Actor = actor.Name,
            Entity = p.Entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(p.Entry),
            Action = p.Action,
            Changes = p.Action == nameof(EntityState.Added) ? DescribeChanges(p.Entry, EntityState.Added) : p.Changes,
        }));
        await base.SaveChangesAsync(true, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        if (pending.Any(p => p.Entry.Entity is Region)) RegionDirectoryCache.RegionsChanged();
        if (pending.Count > 0) Saves++;
        return result;
    }

    /// <summary>
    /// A bulk load (only added rows, thousands at a time, such as a generated data set): saved without one audit row per
    /// entity; one audit row per entity type names the load and how many rows it added ("BulkAdded"), in the same
    /// transaction. Anything but additions is refused, so a change can never escape the per-entity audit this way.
    /// </summary>
    public async Task<int> SaveBulkAsync(string load, CancellationToken cancellationToken = default)
    {
        var entries = ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged && !IsMachinery(e.Entity)).ToList();
        if (entries.Any(e => e.State != EntityState.Added)) throw new InvalidOperationException("A bulk load only adds rows.");
        var counts = entries.GroupBy(e => e.Metadata.ClrType.Name).Select(g => (Entity: g.Key, Count: g.Count())).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(true, cancellationToken);
        await InCommitOrderAsync(cancellationToken);
        AuditEntries.AddRange(counts.Select(c => new AuditEntry
        {
            AtUtc = now, Actor = actor.Name, Entity = c.Entity, EntityKey = load, Action = "BulkAdded",
            Changes = JsonSerializer.Serialize(new { rows = c.Count }),
        }));
        await base.SaveChangesAsync(true, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        if (entries.Any(e => e.Entity is Region)) RegionDirectoryCache.RegionsChanged();
        Saves++;
        return result;
    }

    /// <summary>
    /// Audit ids in commit order (<see cref="DataVersion"/>): on PostgreSQL a sequence hands out ids when rows are inserted,
    /// so a transaction could take a lower id and commit after one with a higher id, leaving the newest id unchanged by its
    /// commit. A transaction-level advisory lock taken before the audit rows are inserted, held until commit, makes the order
    /// of ids the order of commits. SQLite has one writer at a time already.
    /// </summary>
    private async Task InCommitOrderAsync(CancellationToken ct)
    {
        if (Database.IsNpgsql()) await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [AuditOrderLock], ct);
    }

    private static readonly long AuditOrderLock = ExclusiveRun.KeyOf("audit-order");

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private static bool IsMachinery(object entity) => IsMachinery(entity.GetType());

    /// <summary>Audit rows themselves, sessions, throttles and keys are not audited (the key ring must never be copied out).</summary>
    internal static bool IsMachinery(Type type) =>
        type == typeof(AuditEntry) || typeof(INotAudited).IsAssignableFrom(type)
        || type == typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Old and new values of the properties <paramref name="state"/> touched (all of them when added or deleted), as JSON.</summary>
    private static string? DescribeChanges(EntityEntry entry, EntityState state)
    {
        var secret = entry.Entity is AppUser;
        var changed = entry.Properties
            .Where(p => state != EntityState.Modified || p.IsModified)
            .Where(p => !(secret && p.Metadata.Name is nameof(AppUser.PasswordHash) or nameof(AppUser.SecurityStamp) or nameof(AppUser.ConcurrencyStamp)))
            .ToDictionary(p => p.Metadata.Name, p => state switch
            {
                EntityState.Added => new { old = (object?)null, @new = p.CurrentValue },
                EntityState.Deleted => new { old = p.OriginalValue, @new = (object?)null },
                _ => new { old = p.OriginalValue, @new = p.CurrentValue },
            });
        return changed.Count == 0 ? null : JsonSerializer.Serialize(changed, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

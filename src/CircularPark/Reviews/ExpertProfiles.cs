using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>An expert as the province sees them when it picks a panel: field, organisation, home region.</summary>
public sealed record ExpertProfile(string UserName, string DisplayName, string? Field, string? Organisation, string? RegionCode,
    string? RegionZh, string? RegionEn, bool CanEdit, string? ConflictZh = null, string? ConflictEn = null);

/// <summary>What a province user may change of an expert's profile.</summary>
public sealed record ExpertProfileInput(string? DisplayName, string? Field, string? Organisation, string? RegionCode);

/// <summary>
/// Expert profiles (专家库): province, ministry and admin users read all experts (panels are drawn across regions) and
/// change those whose home region lies within their scope.
/// </summary>
public sealed class ExpertProfiles(AppDbContext db)
{
    public static bool MayRead(AccessScope user) => user.Holds(Permissions.ExpertsManage);

    public async Task<IReadOnlyList<ExpertProfile>?> ListAsync(AccessScope user, CancellationToken ct = default)
    {
        if (!MayRead(user)) return null;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        return (await ExpertsAsync(ct)).Select(e => Profile(e, tree, user)).ToList();
    }

    /// <summary>The experts the province may put on the park's panel, each with the conflict of interest that bars them, if any.</summary>
    public async Task<(AccessOutcome Outcome, IReadOnlyList<ExpertProfile>? Experts)> CandidatesAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (AccessOutcome.NotFound, null);
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        if (!MayRead(user)) return (AccessOutcome.Forbidden, null);
        var conflictOf = await ExpertConflicts.ForParkAsync(db, campaign, place!, ct);
        return (AccessOutcome.Allowed, (await ExpertsAsync(ct)).Select(e => conflictOf(e) is { } c
            ? Profile(e, place!.Tree, user) with { ConflictZh = c.Zh, ConflictEn = c.En }
            : Profile(e, place!.Tree, user)).ToList());
    }

    public async Task<Outcome<StepDone>> UpdateAsync(string userName, ExpertProfileInput input, AccessScope user, CancellationToken ct = default)
    {
        var expert = (await ExpertsAsync(ct, tracking: true)).FirstOrDefault(e => e.UserName == userName);
        if (expert is null) return Failure.NotFound(Text.Get("Review.NotExpert", userName));
        var regions = await db.RegionDirectoryAsync(ct);
        var tree = regions.Tree;
        if (!Profile(expert, tree, user).CanEdit) return Failure.Forbidden;
        var (region, problem) = RegionInput.Read(regions, input.RegionCode, db.Clock.Today(), Text.Get("Experts.RegionField"));
        if (problem is { } wrong) return Failure.Invalid("regionCode", wrong);
        if (region is not null && !user.Allows(Permissions.ExpertsManage, ScopeTarget.Region(region.Path))) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(input.DisplayName)) return Failure.Invalid("displayName", "Plan.Required", "姓名", "Name");
        expert.DisplayName = input.DisplayName.Trim();
        expert.Field = Clean(input.Field);
        expert.Organisation = Clean(input.Organisation);
        expert.ScopeRegionId = region?.Id;
        await db.SaveChangesAsync(ct);
        return new StepDone(null, null);
    }

    private async Task<List<AppUser>> ExpertsAsync(CancellationToken ct, bool tracking = false)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync(ct);
        var users = tracking ? db.Users : db.Users.AsNoTracking();
        return await users.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId)).OrderBy(u => u.UserName).ToListAsync(ct);
    }

    private static ExpertProfile Profile(AppUser e, RegionTree tree, AccessScope user)
    {
        var region = e.ScopeRegionId is { } id ? tree.Find(id) : null;
        // An expert without a home region: only those whose scope is the whole country (the ministry) may change them.
        var canEdit = user.Allows(Permissions.ExpertsManage, ScopeTarget.Region(region?.Path ?? ""));
        return new ExpertProfile(e.UserName!, e.DisplayName, e.Field, e.Organisation, region?.Code, region?.NameZh, region?.NameEn, canEdit);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

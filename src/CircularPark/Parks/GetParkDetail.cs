using CircularPark.Identity;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Parks;

public sealed record ParkDetail(
    int Id, string Name, string? ShortName, ParkLevel Level, ParkKind Kind, double? AreaKm2, string? LeadingIndustries,
    int? EnterpriseCount, int? YearFounded, string? ManagementBody, long Version, string? CurrentRegionCode, int? CurrentRegionId,
    IReadOnlyList<MembershipView> Regions, IReadOnlyList<ParticipationView> Campaigns, IReadOnlyList<OpinionView> Opinions)
{
    /// <summary>The park's other names (曾用名, 简称, variants), public like its name.</summary>
    public IReadOnlyList<AliasView> Aliases { get; init; } = [];
}

/// <summary>A dated membership with the region's full path (省 › 市 › 区县).</summary>
public sealed record MembershipView(string RegionCode, string PathZh, string PathEn, DateOnly? ValidFrom, DateOnly? ValidTo, string? Reason);

public sealed record ParticipationView(string CampaignCode, string CampaignTitleZh, string DocumentNumber, int? Sequence, int? PlannedYear,
    ParticipationState State, IReadOnlyList<StateChangeView> History);

/// <summary>One state change: the date it took effect and who recorded it when.</summary>
public sealed record StateChangeView(ParticipationState? From, ParticipationState To, string Actor, DateTime AtUtc, string Reason, DateOnly EffectiveOn);

/// <summary>
/// Everything known about one park, with its history. Users whose scope does not cover the park see its public record
/// only: campaigns where its state is public (<see cref="Participation.IsPublicState"/>), without the history's
/// actors and reasons, and opinions marked public.
/// </summary>
public sealed class GetParkDetail(AppDbContext db)
{
    public async Task<ParkDetail?> ExecuteAsync(int id, Identity.AccessScope user, CancellationToken ct = default)
    {
        var park = await db.Parks.AsNoTracking().Include(p => p.Memberships).Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (park is null) return null;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var participations = await db.Participations.AsNoTracking().Include(p => p.Campaign).Include(p => p.History)
            .Where(p => p.ParkId == id).OrderBy(p => p.Id).ToListAsync(ct);
        var opinions = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park)
            .Where(o => o.Participation!.ParkId == id).ToListAsync(ct);
        var current = park.MembershipOn(today);
        if (!user.Allows(Permissions.ParkRead, ScopeTarget.Park(park.Id, tree.PathOf(current?.RegionId))))
        {
            participations = participations.Where(p => Participation.IsPublicState(p.State)).ToList();
            participations.ForEach(p => p.History = p.History.Where(h => Participation.IsPublicState(h.To)).ToList());
            opinions = opinions.Where(o => o.IsOpenToAll).ToList();
        }
        return new ParkDetail(park.Id, park.Name, park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries,
            park.EnterpriseCount, park.YearFounded, park.ManagementBody, park.Version,
            current is null ? null : tree.Find(current.RegionId)?.Code, current?.RegionId,
            park.Memberships.OrderBy(m => m.ValidFrom ?? DateOnly.MinValue).Select(m => View(tree, m)).ToList(),
            participations.Select(p => new ParticipationView(p.Campaign!.Code, p.Campaign.TitleZh, p.Campaign.DocumentNumber, p.Sequence,
                p.PlannedYear, p.State, Participation.InEffectOrder(p.History)
                    .Select(h => new StateChangeView(h.From, h.To, h.Actor, h.AtUtc, h.Reason, h.EffectiveOn)).ToList())).ToList(),
            opinions.Select(OpinionView.From).ToList())
        { Aliases = park.Aliases.OrderBy(a => a.Kind).ThenBy(a => a.Id).Select(ChangeParkAliases.View).ToList() };
    }

    private static MembershipView View(RegionTree tree, ParkRegionMembership m)
    {
        var path = new List<Region>();
        for (var r = tree.Find(m.RegionId); r is not null && r.Level != RegionLevel.Nation; r = r.ParentId is { } p ? tree.Find(p) : null)
            path.Insert(0, r);
        return new MembershipView(path[^1].Code, string.Join(" › ", path.Select(r => r.NameZh)), string.Join(" › ", path.Select(r => r.NameEn)),
            m.ValidFrom, m.ValidTo, m.Reason);
    }
}

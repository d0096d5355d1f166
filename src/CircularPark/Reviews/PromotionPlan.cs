using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reviews;

/// <summary>A park a city's promotion plan lists, with the year it is planned to be transformed.</summary>
public sealed record PlanListing(int ParkId, int Year);

/// <summary>
/// A city records its promotion plan (推进计划) for a campaign: per year, the parks it lists. A listed park counts as an
/// applicant (domain.md §3 step 1): it enters the campaign as 列入计划 and the city may recommend it once its plan is
/// submitted. Listing a park that already applied records the plan's year on it. Parks must lie in the city.
/// </summary>
public sealed class ListInPromotionPlan(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, string cityCode, IReadOnlyList<PlanListing> listings, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound(Text.Get("Rule.campaign", campaignCode));
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var city = tree.FindByCode(cityCode ?? "");
        if (city is not { Level: RegionLevel.City } || !tree.IsWithin(city.Id, campaign.ScopeRegionId))
            return Failure.Invalid("city", "Promotion.NotACity", cityCode);
        if (!user.Allows(Permissions.SelectionPromotion, ScopeTarget.Region(city.Path)))
            return Failure.Forbidden;
        var errors = await CheckAsync(tree, campaign, city, listings, ct);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var ids = listings.Select(l => l.ParkId).ToList();
        var existing = await db.Participations.Include(p => p.History).Where(p => p.CampaignId == campaign.Id && ids.Contains(p.ParkId)).ToDictionaryAsync(p => p.ParkId, ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var listing in listings)
        {
            if (!existing.TryGetValue(listing.ParkId, out var participation))
            {
                participation = new Participation { CampaignId = campaign.Id, ParkId = listing.ParkId };
                participation.MoveTo(ParticipationState.Listed, user.Name, now, $"列入{city.NameZh}推进计划（{listing.Year} 年）");
                db.Participations.Add(participation);
            }
            participation.PlannedYear = listing.Year;
            participation.ListedByRegionId = city.Id;
        }
        await db.SaveChangesAsync(ct);
        return new StepDone(null, listings.Count);
    }

    private async Task<Dictionary<string, Bilingual>> CheckAsync(RegionTree tree, Campaign campaign, Region city, IReadOnlyList<PlanListing> listings, CancellationToken ct)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (listings.Count == 0) errors["parks"] = Text.Get("Promotion.Empty");
        var firstYear = (campaign.IssuedOn ?? db.Clock.Today()).Year;
        var today = db.Clock.Today();
        var ids = listings.Select(l => l.ParkId).ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id)).Include(p => p.Memberships).ToDictionaryAsync(p => p.Id, ct);
        for (var i = 0; i < listings.Count; i++)
        {
            if (!parks.TryGetValue(listings[i].ParkId, out var park)) errors[$"parks[{i}].parkId"] = Text.Get("Park.NotFound", listings[i].ParkId);
            else if (park.MembershipOn(today)?.RegionId is not { } region || !tree.IsWithin(region, city.Id))
                errors[$"parks[{i}].parkId"] = Text.Get("Promotion.OtherCity", park.Name, city.NameZh, city.NameEn);
            else if (listings[i].Year < firstYear || listings[i].Year > firstYear + 10)
                errors[$"parks[{i}].year"] = Text.Get("Rule.range", "计划年份", "Planned year", listings[i].Year, firstYear, firstYear + 10);
        }
        if (ids.Distinct().Count() != ids.Count) errors.TryAdd("parks", Text.Get("Promotion.Twice"));
        return errors;
    }
}

/// <summary>One park of a city's promotion plan.</summary>
public sealed record PromotionPlanRow(string CityCode, string CityZh, string CityEn, int? Year, int ParkId, string Park, ParticipationState State);

/// <summary>The promotion plans of a campaign the user may see: a city its own, a province those of all its cities.</summary>
public sealed record PromotionPlanView(string CampaignCode, string CampaignTitleZh, IReadOnlyList<PromotionPlanRow> Rows);

/// <summary>Reads promotion plans: city, province, ministry and admin users, each over the cities within their scope.</summary>
public sealed class GetPromotionPlans(AppDbContext db)
{
    public async Task<(AccessOutcome Outcome, PromotionPlanView? View)> ExecuteAsync(string campaignCode, string? cityCode, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (AccessOutcome.NotFound, null);
        if (!user.Holds(Permissions.SelectionPromotion)) return (AccessOutcome.Forbidden, null);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var city = cityCode is null ? null : tree.FindByCode(cityCode);
        if (cityCode is not null && city is null) return (AccessOutcome.NotFound, null);
        if (city is not null && !user.Allows(Permissions.SelectionPromotion, ScopeTarget.Region(city.Path))) return (AccessOutcome.Forbidden, null);
        var rows = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id && p.ListedByRegionId != null)
            .Where(p => city == null || p.ListedByRegionId == city.Id)
            .Select(p => new { City = p.ListedByRegionId!.Value, p.PlannedYear, p.ParkId, p.Park!.Name, p.State }).ToListAsync(ct);
        var visible = rows.Where(r => user.Allows(Permissions.SelectionPromotion, ScopeTarget.Region(tree.PathOf(r.City) ?? ""))).Select(r => (Region: tree.Find(r.City)!, r))
            .Select(x => new PromotionPlanRow(x.Region.Code, x.Region.NameZh, x.Region.NameEn, x.r.PlannedYear, x.r.ParkId, x.r.Name, x.r.State))
            .OrderBy(r => r.CityCode, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Park, StringComparer.Ordinal).ToList();
        return (AccessOutcome.Allowed, new PromotionPlanView(campaign.Code, campaign.TitleZh, visible));
    }
}

using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Imports;

/// <summary>Turns checked rows into new or changed parks and participations, counting what happens to each row.</summary>
internal sealed class ParkImportApplier(AppDbContext db, RegionDirectory regions, Campaign? campaign, string actor, string fileName)
{
    public (int Created, int Updated, int Unchanged) Apply(
        List<ParkRow> rows, Dictionary<string, Park> parks, Dictionary<string, Participation> participations)
    {
        int created = 0, updated = 0, unchanged = 0;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var isNew = !parks.TryGetValue(row.Name, out var park);
            if (park is null)
            {
                park = new Park { Name = row.Name };
                park.Memberships.AddRange(Memberships(row.Region));
                db.Parks.Add(park);
                parks[row.Name] = park;
            }
            var changed = CopyFields(row, park);
            if (campaign is not null) changed |= ApplyParticipation(row, park, participations, now);
            if (isNew) created++;
            else if (changed) updated++;
            else unchanged++;
        }
        return (created, updated, unchanged);
    }

    /// <summary>
    /// A new park's memberships: the region the list names as of its date and, when that region has ended since, each
    /// successor from the day it took over (a 2018 list names 莱芜市; the park is in 济南市 from 2019-01-09).
    /// </summary>
    private IEnumerable<ParkRegionMembership> Memberships(Region named)
    {
        Region? previous = null;
        foreach (var (region, from, to) in regions.Succession(named))
        {
            var reason = previous is null ? $"导入 {fileName}"
                : string.Create(CultureInfo.InvariantCulture, $"导入 {fileName}；{previous.NameZh}于{from:yyyy-MM-dd}起由{regions.FullName(region)}承继");
            yield return new ParkRegionMembership { RegionId = region.Id, ValidFrom = from, ValidTo = to, Reason = reason };
            previous = region;
        }
    }

    private static bool CopyFields(ParkRow row, Park park)
    {
        var before = (park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries, park.EnterpriseCount, park.YearFounded, park.ManagementBody);
        // An unstated level (未注明) never erases a level stored from a list that stated it.
        if (row.Level != ParkLevel.NotStated || park.Level == default) park.Level = row.Level;
        park.Kind = row.Kind;
        park.ShortName = row.ShortName ?? park.ShortName;
        park.AreaKm2 = row.AreaKm2 ?? park.AreaKm2;
        park.LeadingIndustries = row.LeadingIndustries ?? park.LeadingIndustries;
        park.EnterpriseCount = row.EnterpriseCount ?? park.EnterpriseCount;
        park.YearFounded = row.YearFounded ?? park.YearFounded;
        park.ManagementBody = row.ManagementBody ?? park.ManagementBody;
        // A county refines a membership recorded at city level.
        var refined = false;
        if (row.County is not null && row.City is { } city && park.Memberships.SingleOrDefault(m => m.ValidTo is null && m.RegionId == city.Id) is { } membership)
        {
            membership.RegionId = row.County.Id;
            refined = true;
        }
        return refined || before != (park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries, park.EnterpriseCount, park.YearFounded, park.ManagementBody);
    }

    /// <summary>
    /// The date a campaign's list took effect: its notice's date, else the campaign document's date; null (today, as
    /// recorded live) when the campaign carries neither.
    /// </summary>
    internal static DateOnly? ListDate(Campaign campaign) => campaign.NoticeIssuedOn ?? campaign.IssuedOn;

    private bool ApplyParticipation(ParkRow row, Park park, Dictionary<string, Participation> participations, DateTime now)
    {
        if (!participations.TryGetValue(row.Name, out var participation))
        {
            participation = new Participation { Campaign = campaign, Park = park, PlannedYear = row.PlannedYear, Sequence = row.Sequence };
            participation.MoveTo(row.State ?? ParticipationState.Listed, actor, now, $"导入 {fileName}（{campaign!.DocumentNumber}）", ListDate(campaign));
            db.Participations.Add(participation);
            participations[row.Name] = participation;
            return true;
        }
        var before = (participation.PlannedYear, participation.Sequence);
        participation.PlannedYear = row.PlannedYear ?? participation.PlannedYear;
        participation.Sequence = row.Sequence ?? participation.Sequence;
        return before != (participation.PlannedYear, participation.Sequence);
    }
}

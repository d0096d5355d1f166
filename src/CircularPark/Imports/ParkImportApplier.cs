using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Parks;

namespace CircularPark.Imports;

/// <summary>Turns checked rows into new or changed parks and participations, counting what happens to each row.</summary>
internal sealed class ParkImportApplier(AppDbContext db, Campaign? campaign, string actor, string fileName)
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
                park.Memberships.Add(new ParkRegionMembership { RegionId = row.Region.Id, Reason = $"导入 {fileName}" });
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

    private static bool CopyFields(ParkRow row, Park park)
    {
        var before = (park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries, park.EnterpriseCount, park.YearFounded, park.ManagementBody);
        park.Level = row.Level;
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

    private bool ApplyParticipation(ParkRow row, Park park, Dictionary<string, Participation> participations, DateTime now)
    {
        if (!participations.TryGetValue(row.Name, out var participation))
        {
            participation = new Participation { Campaign = campaign, Park = park, PlannedYear = row.PlannedYear, Sequence = row.Sequence };
            participation.MoveTo(row.State ?? ParticipationState.Listed, actor, now, $"导入 {fileName}（{campaign!.DocumentNumber}）");
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

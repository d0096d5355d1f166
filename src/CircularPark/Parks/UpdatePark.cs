using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Parks;

/// <summary>The editable facts of a park; <see cref="Version"/> is the version the editor saw.</summary>
public sealed record ParkChanges(
    string Name, string? ShortName, ParkLevel Level, ParkKind Kind, double? AreaKm2, string? LeadingIndustries,
    int? EnterpriseCount, int? YearFounded, string? ManagementBody, long Version);

/// <summary>Changes a park's facts, if the user's scope covers the park and nobody changed it meanwhile.</summary>
public sealed class UpdatePark(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int id, ParkChanges changes, AccessScope user, CancellationToken ct = default)
    {
        var park = await db.Parks.Include(p => p.Memberships).Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (park is null) return Failure.NotFound("Park.NotFound", id);
        var directory = await db.RegionDirectoryAsync(ct);
        var tree = directory.Tree;
        var today = db.Clock.Today();
        if (!user.Allows(Permissions.ParkChange, ScopeTarget.Park(park.Id, tree.PathOf(park.MembershipOn(today)?.RegionId)))) return Failure.Forbidden;

        var errors = Validate(changes);
        // A park's name is unique within its city (two cities may each have a 经济技术开发区).
        if (errors.Count == 0 && !ParkNames.Same(changes.Name, park.Name)
            && await ParksByName.TakenInCityAsync(db, directory, park, changes.Name, today, ct) is { City: var city })
            errors["name"] = Text.Get("Park.NameTaken", changes.Name.Trim(), directory.FullName(city), directory.FullName(city, english: true));
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (changes.Version != park.Version) return Failure.Conflict("Park.Conflict", id);

        db.Entry(park).Property(p => p.Version).OriginalValue = changes.Version;
        // A renamed park keeps its old name as a 曾用名, so older lists still match it.
        if (!ParkNames.Same(changes.Name, park.Name) && !park.Aliases.Any(a => ParkNames.Same(a.Name, park.Name)))
            park.Aliases.Add(new ParkAlias { Name = park.Name, Kind = ParkAliasKind.FormerName, RecordedBy = user.Name, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime, Source = "园区信息修改" });
        (park.Name, park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries, park.EnterpriseCount, park.YearFounded, park.ManagementBody) =
            (changes.Name.Trim(), Clean(changes.ShortName), changes.Level, changes.Kind, changes.AreaKm2, Clean(changes.LeadingIndustries),
             changes.EnterpriseCount, changes.YearFounded, Clean(changes.ManagementBody));
        return await db.TrySaveChangesAsync(() => new Saved(park.Id, park.Version), ct);
    }

    private static Dictionary<string, Bilingual> Validate(ParkChanges c)
    {
        var errors = new Dictionary<string, Bilingual>();
        void Fail(string field, string column, string rule, params string[] args)
        {
            var label = Imports.ParkImportColumns.Label(column);
            errors[field] = Text.Get($"Rule.{rule}", [label.Zh, label.En, .. args]);
        }
        if (string.IsNullOrWhiteSpace(c.Name)) Fail("name", "Name", "required");
        else if (c.Name.Trim().Length > 200) Fail("name", "Name", "too-long", "200");
        foreach (var (field, column, value) in new[] { ("name", "Name", c.Name), ("shortName", "ShortName", c.ShortName), ("managementBody", "ManagementBody", c.ManagementBody) })
            if (value is not null && Inputs.TextRules.FirstForbidden(value.Trim(), Inputs.TextKind.SingleLine) is var at and >= 0 && !errors.ContainsKey(field))
                Fail(field, column, "line-text", Inputs.TextRules.CodePoint(value.Trim()[at]));
        if (!Enum.IsDefined(c.Level)) Fail("level", "Level", "level", c.Level.ToString());
        if (!Enum.IsDefined(c.Kind)) Fail("kind", "Kind", "kind", c.Kind.ToString());
        if (c.AreaKm2 is { } area && (area < 0 || !double.IsFinite(area))) Fail("areaKm2", "Area", "number", Invariant(area));
        if (c.EnterpriseCount is { } count && count < 0) Fail("enterpriseCount", "EnterpriseCount", "integer", Invariant(count));
        if (c.YearFounded is { } year && (year < 1949 || year > 2060)) Fail("yearFounded", "YearFounded", "year", Invariant(year), "1949", "2060");
        foreach (var (field, column, value, max) in new[] { ("shortName", "ShortName", c.ShortName, 100), ("leadingIndustries", "LeadingIndustries", c.LeadingIndustries, 1000), ("managementBody", "ManagementBody", c.ManagementBody, 200) })
            if (value?.Trim().Length > max) Fail(field, column, "too-long", Invariant(max));
        return errors;
    }

    private static string Invariant(IFormattable value) => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

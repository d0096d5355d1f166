using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>Another name of a park as shown (public; who recorded it is in the audit log): its number, the name, its kind, when and from where.</summary>
public sealed record AliasView(int Id, string Name, ParkAliasKind Kind, DateTime RecordedAtUtc, string? Source);

/// <summary>What a user gives to record another name of a park.</summary>
public sealed record AliasInput(string Name, ParkAliasKind Kind);

/// <summary>
/// Records and removes a park's other names (曾用名, 简称, variants), which imports and searches match as the name itself.
/// Who may: whoever may change the park (<see cref="Permissions.ParkChange"/>). A name the park's city already gives
/// another park (as its name or another name) is refused: imports could not tell the two apart. Every change is audited.
/// </summary>
public sealed class ChangeParkAliases(AppDbContext db)
{
    public async Task<Outcome<AliasView>> AddAsync(int parkId, AliasInput input, AccessScope user, CancellationToken ct = default)
    {
        var (park, failure) = await FindAsync(parkId, user, ct);
        if (park is null) return failure!;
        var name = (input.Name ?? "").Trim();
        var label = Imports.ParkImportColumns.Label("OtherNames");
        if (name.Length == 0) return Failure.Invalid("name", "Rule.required", label.Zh, label.En, name);
        if (name.Length > 200) return Failure.Invalid("name", "Rule.too-long", label.Zh, label.En, name, "200");
        if (TextRules.FirstForbidden(name, TextKind.SingleLine) is var at and >= 0)
            return Failure.Invalid("name", "Rule.line-text", label.Zh, label.En, TextRules.CodePoint(name[at]));
        if (!Enum.IsDefined(input.Kind)) return Failure.Invalid("kind", "Rule.alias-kind", input.Kind.ToString());
        if (ParkNames.Same(name, park.Name) || park.Aliases.Any(a => ParkNames.Same(a.Name, name)))
            return Failure.Conflict("Park.AliasKnown", name, park.Name);
        var directory = await db.RegionDirectoryAsync(ct);
        if (await ParksByName.TakenInCityAsync(db, directory, park, name, db.Clock.Today(), ct) is var (other, city))
            return Failure.Conflict("Park.AliasTaken", name, other.Name, directory.FullName(city), directory.FullName(city, english: true));
        var alias = new ParkAlias { Name = name, Kind = input.Kind, RecordedBy = user.Name, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime, Source = "园区页面" };
        park.Aliases.Add(alias);
        await db.SaveChangesAsync(ct);
        return View(alias);
    }

    public async Task<Outcome> RemoveAsync(int parkId, int aliasId, AccessScope user, CancellationToken ct = default)
    {
        var (park, failure) = await FindAsync(parkId, user, ct);
        if (park is null) return failure!;
        if (park.Aliases.SingleOrDefault(a => a.Id == aliasId) is not { } alias) return Failure.NotFound("Park.AliasNotFound", aliasId);
        db.ParkAliases.Remove(alias);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public static AliasView View(ParkAlias a) => new(a.Id, a.Name, a.Kind, a.RecordedAtUtc, a.Source);

    private async Task<(Park? Park, Failure? Failure)> FindAsync(int parkId, AccessScope user, CancellationToken ct)
    {
        var park = await db.Parks.Include(p => p.Memberships).Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return (null, Failure.NotFound("Park.NotFound", parkId));
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var region = park.MembershipOn(db.Clock.Today())?.RegionId;
        var target = ScopeTarget.Park(park.Id, region is { } r ? tree.Find(r)?.Path : null);
        return user.Allows(Permissions.ParkChange, target) ? (park, null) : (null, Failure.Forbidden);
    }
}

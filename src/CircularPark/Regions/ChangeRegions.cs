using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Regions;

/// <summary>A new division (or reporting unit) from a date, under a parent valid on that date.</summary>
public sealed record RegionAddition(string Code, string NameZh, string? NameEn, string ParentCode, DateOnly ValidFrom, RegionLevel? Level = null, string? Note = null);

/// <summary>A division's new name from a date; the old name stays for the dates before.</summary>
public sealed record RegionRenaming(string Code, string NameZh, string? NameEn, DateOnly EffectiveOn, string? Note = null);

/// <summary>A division ends on a date; its parks belong to the successor from then (merge), or it had none (abolish).</summary>
public sealed record RegionEnding(string Code, DateOnly EffectiveOn, string? SuccessorCode, string? Note = null);

/// <summary>What a change did: the region row now in force (or ended) and the park memberships moved.</summary>
public sealed record RegionChangeResult(string Code, int RegionId, string Path, int MembershipsMoved);

/// <summary>
/// Regions administration (ADR 0052): add, rename, merge and abolish with an effective date, admin-only
/// (<see cref="Permissions.RegionsManage"/>). Nothing is rewritten: a rename or an end closes the row on the date and, for a
/// rename, opens a row with the same code and path; the parks' memberships are split on the date and continue in the new row or
/// the successor, as the Laiwu change does. Stored paths never change. Every change is audited by the save.
/// </summary>
public sealed class ChangeRegions(AppDbContext db, RegionDirectoryCache regions)
{
    public async Task<Outcome<RegionChangeResult>> AddAsync(RegionAddition input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.RegionsManage, ScopeTarget.None)) return Failure.Forbidden;
        var directory = await regions.GetAsync(db, ct);
        var errors = RegionChangeRules.Name(input.NameZh, input.NameEn);
        if (!RegionChangeRules.IsCode(input.Code)) errors["code"] = Text.Get("Regions.Code", input.Code);
        var parent = directory.FindByCode(input.ParentCode?.Trim() ?? "", input.ValidFrom);
        if (parent is null) errors["parentCode"] = Text.Get("Regions.NotOnDate", input.ParentCode, RegionChangeRules.Day(input.ValidFrom));
        var level = input.Level ?? (parent is null ? RegionLevel.County : parent.Level + 1);
        if (parent is not null && (level <= parent.Level || level > RegionLevel.County)) errors["level"] = Text.Get("Regions.Level", parent.NameZh, parent.NameEn);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (directory.Periods(input.Code).FirstOrDefault(r => r.ValidTo is null || r.ValidTo > input.ValidFrom) is { } taken)
            return Failure.Conflict("Regions.CodeInUse", input.Code, taken.NameZh, taken.NameEn);
        var region = new Region
        {
            Code = input.Code, NameZh = input.NameZh.Trim(), NameEn = RegionChangeRules.English(input.NameEn, input.NameZh), Level = level,
            ParentId = parent!.Id, Path = Region.PathUnder(parent.Path, input.Code), ValidFrom = input.ValidFrom, Note = input.Note?.Trim(),
        };
        db.Regions.Add(region);
        return await SavedAsync(() => new RegionChangeResult(region.Code, region.Id, region.Path, 0), ct);
    }

    public async Task<Outcome<RegionChangeResult>> RenameAsync(RegionRenaming input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.RegionsManage, ScopeTarget.None)) return Failure.Forbidden;
        var (region, failure) = await InForceAsync(input.Code, input.EffectiveOn, ct);
        if (failure is not null) return failure;
        var errors = RegionChangeRules.Name(input.NameZh, input.NameEn);
        if (input.NameZh?.Trim() == region!.NameZh) errors["nameZh"] = Text.Get("Regions.SameName", region.NameZh);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var renamed = new Region
        {
            Code = region.Code, NameZh = input.NameZh!.Trim(), NameEn = RegionChangeRules.English(input.NameEn, input.NameZh), Level = region.Level,
            Kind = region.Kind, ParentId = region.ParentId, Path = region.Path, ValidFrom = input.EffectiveOn, ValidTo = region.ValidTo,
            Note = input.Note?.Trim(),
        };
        var reason = Text.Get("Regions.Renamed", region.NameZh, renamed.NameZh, RegionChangeRules.Day(input.EffectiveOn)).Zh;
        return await EndAndContinueAsync(region, renamed, input.EffectiveOn, reason, ct);
    }

    public async Task<Outcome<RegionChangeResult>> EndAsync(RegionEnding input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.RegionsManage, ScopeTarget.None)) return Failure.Forbidden;
        var (region, failure) = await InForceAsync(input.Code, input.EffectiveOn, ct);
        if (failure is not null) return failure;
        var directory = await regions.GetAsync(db, ct);
        Region? successor = null;
        if (input.SuccessorCode is { Length: > 0 } code)
        {
            successor = directory.FindByCode(code.Trim(), input.EffectiveOn);
            if (successor is null || RegionDirectory.IsWithin(successor, region!))
                return Failure.Invalid("successorCode", "Regions.Successor", code, RegionChangeRules.Day(input.EffectiveOn));
        }
        var children = directory.All.Where(r => r.ParentId == region!.Id && (r.ValidTo is null || r.ValidTo > input.EffectiveOn)).ToList();
        if (children.Count > 0)
            return Failure.Conflict("Regions.HasChildren", region!.NameZh, region.NameEn, children.Count, string.Join("、", children.Take(5).Select(c => c.NameZh)));
        var reason = Text.Get("Regions.Ended", region!.NameZh, successor?.NameZh ?? "—", RegionChangeRules.Day(input.EffectiveOn)).Zh;
        var memberships = await MembershipsFromAsync(region.Id, input.EffectiveOn, ct);
        if (successor is null && memberships.Count > 0) return Failure.Conflict("Regions.HasParks", region.NameZh, region.NameEn, memberships.Count);
        region.ValidTo = input.EffectiveOn;
        region.Successors = successor?.Code;
        region.Note = input.Note?.Trim() is { Length: > 0 } note ? note : reason;
        var moved = successor is null ? 0 : Move(memberships, successor.Id, input.EffectiveOn, reason);
        return await SavedAsync(() => new RegionChangeResult(region.Code, region.Id, region.Path, moved), ct);
    }

    /// <summary>Closes <paramref name="region"/> on the date and opens <paramref name="next"/>: two saves in one transaction, since one code has one open row.</summary>
    private async Task<Outcome<RegionChangeResult>> EndAndContinueAsync(Region region, Region next, DateOnly on, string reason, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        region.ValidTo = on;
        if (await db.TrySaveChangesAsync(ct) is { Failure: { } failure }) return failure;
        db.Regions.Add(next);
        if (await db.TrySaveChangesAsync(ct) is { Failure: { } second }) return second;
        var children = await db.Regions.Where(r => r.ParentId == region.Id && (r.ValidTo == null || r.ValidTo > on)).ToListAsync(ct);
        foreach (var child in children) child.ParentId = next.Id;
        var users = await db.Users.Where(u => u.ScopeRegionId == region.Id).ToListAsync(ct);
        foreach (var scoped in users) scoped.ScopeRegionId = next.Id;
        var moved = Move(await MembershipsFromAsync(region.Id, on, ct), next.Id, on, reason);
        if (await db.TrySaveChangesAsync(ct) is { Failure: { } third }) return third;
        await transaction.CommitAsync(ct);
        RegionDirectoryCache.RegionsChanged();
        return new RegionChangeResult(next.Code, next.Id, next.Path, moved);
    }

    private async Task<(Region?, Failure?)> InForceAsync(string code, DateOnly on, CancellationToken ct)
    {
        var region = await db.Regions.Where(r => r.Code == code && (r.ValidFrom == null || r.ValidFrom < on) && (r.ValidTo == null || r.ValidTo > on))
            .FirstOrDefaultAsync(ct);
        return region is null ? (null, Failure.NotFound("Regions.NotOnDate", code, RegionChangeRules.Day(on))) : (region, null);
    }

    /// <summary>The park memberships of a region that are in force on or after the date.</summary>
    private Task<List<ParkRegionMembership>> MembershipsFromAsync(int regionId, DateOnly on, CancellationToken ct) =>
        db.ParkRegionMemberships.Where(m => m.RegionId == regionId && (m.ValidTo == null || m.ValidTo > on)).ToListAsync(ct);

    /// <summary>Memberships that started before the date end on it and continue in <paramref name="regionId"/>; later ones move whole.</summary>
    private int Move(List<ParkRegionMembership> memberships, int regionId, DateOnly on, string reason)
    {
        foreach (var membership in memberships)
        {
            if (membership.ValidFrom is { } from && from >= on)
            {
                membership.RegionId = regionId;
                continue;
            }
            db.ParkRegionMemberships.Add(new ParkRegionMembership
            {
                ParkId = membership.ParkId, RegionId = regionId, ValidFrom = on, ValidTo = membership.ValidTo, Reason = reason,
            });
            membership.ValidTo = on;
        }
        return memberships.Count;
    }

    private async Task<Outcome<RegionChangeResult>> SavedAsync(Func<RegionChangeResult> result, CancellationToken ct)
    {
        var saved = await db.TrySaveChangesAsync(result, ct);
        if (saved.IsOk) RegionDirectoryCache.RegionsChanged();
        return saved;
    }
}

using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Enterprises;

public sealed record EnterpriseView(
    int Id, string Name, string IndustryCode, double? Latitude, double? Longitude, string? Address, string? PermitNumber,
    string? PermitScope, DateOnly? PermitValidTo, bool IsExample, long Version, IReadOnlyList<StreamView> Streams, IReadOnlyList<InputView> Inputs)
{
    /// <summary>The enterprise as a draft, for editing and export.</summary>
    public EnterpriseDraft ToDraft() => new()
    {
        Name = Name, IndustryCode = IndustryCode, Latitude = Latitude, Longitude = Longitude, Address = Address,
        PermitNumber = PermitNumber, PermitScope = PermitScope, PermitValidTo = PermitValidTo, Version = Version,
        Streams = [.. Streams.Select(s => new StreamDraft
        {
            Name = s.Name, Kind = s.Kind, MaterialCode = s.MaterialCode, MaterialCategory = s.MaterialCategory, Quantity = s.Quantity,
            Unit = s.Unit, HazardCode = s.HazardCode, SolidWasteCode = s.SolidWasteCode,
            Uses = [.. s.Uses.Select(u => new UseDraft { EnterpriseId = u.EnterpriseId, OutsideUser = u.OutsideUser, Quantity = u.Quantity })],
        })],
        Inputs = [.. Inputs.Select(i => new InputDraft { Name = i.Name, MaterialCode = i.MaterialCode, Quantity = i.Quantity, Unit = i.Unit, BoughtOutsidePark = i.BoughtOutsidePark })],
    };
}

public sealed record StreamView(
    int Id, string Name, StreamKind Kind, string MaterialCode, string? MaterialCategory, double Quantity, QuantityUnit Unit,
    double TonnesPerYear, string? HazardCode, string? SolidWasteCode, IReadOnlyList<UseView> Uses);

/// <summary>A user of a stream: an enterprise of the park or a named user outside it; quantity in the stream's unit (null: all).</summary>
public sealed record UseView(int? EnterpriseId, string? EnterpriseName, string? OutsideUser, double? Quantity);

public sealed record InputView(int Id, string Name, string MaterialCode, double Quantity, QuantityUnit Unit, double TonnesPerYear, bool BoughtOutsidePark);

/// <summary>A park's enterprises as the user may see them: <see cref="Enterprises"/> is empty unless <c>Access.CanSee</c>.</summary>
public sealed record ParkEnterprises(ParkRights Access, IReadOnlyList<EnterpriseView> Enterprises);

/// <summary>The enterprises of a park with their streams, users and inputs, by name; null when the park does not exist.</summary>
public sealed class GetParkEnterprises(AppDbContext db)
{
    public async Task<ParkEnterprises?> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return null;
        return new ParkEnterprises(access, access.CanSee ? await LoadAsync(db, parkId, ct) : []);
    }

    /// <summary>The views of a park's enterprises, without a scope check (for callers that made it).</summary>
    internal static async Task<List<EnterpriseView>> LoadAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.AsNoTracking().AsSplitQuery()
            .Include(e => e.Streams).ThenInclude(s => s.Uses).Include(e => e.Inputs)
            .Where(e => e.ParkId == parkId).ToListAsync(ct);
        var names = enterprises.ToDictionary(e => e.Id, e => e.Name);
        return [.. enterprises.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new EnterpriseView(
            e.Id, e.Name, e.IndustryCode, e.Latitude, e.Longitude, e.Address, e.PermitNumber, e.PermitScope, e.PermitValidTo,
            e.IsExample, e.Version,
            [.. e.Streams.OrderBy(s => s.Id).Select(s => new StreamView(s.Id, s.Name, s.Kind, s.MaterialCode, s.MaterialCategory, s.Quantity, s.Unit,
                s.TonnesPerYear, s.HazardCode, s.SolidWasteCode,
                [.. s.Uses.OrderBy(u => u.Id).Select(u => new UseView(u.UserEnterpriseId,
                    u.UserEnterpriseId is { } id ? names.GetValueOrDefault(id) : null, u.OutsideUser, u.Quantity))]))],
            [.. e.Inputs.OrderBy(i => i.Id).Select(i => new InputView(i.Id, i.Name, i.MaterialCode, i.Quantity, i.Unit, i.TonnesPerYear, i.BoughtOutsidePark))]))];
    }
}

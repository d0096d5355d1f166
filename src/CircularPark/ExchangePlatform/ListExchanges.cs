using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

public sealed record DeliveryView(DateOnly DeliveredOn, double Tonnes, string RecordedBy, string? Note);

/// <summary>An agreed exchange with its follow-up: tonnes agreed and delivered, t.</summary>
public sealed record ExchangeView(
    int Id, int? RunId, int? AllocationNumber, int SupplierId, string SupplierName, string SupplierPark, int ReceiverId, string ReceiverName,
    string ReceiverPark, string MaterialCode, double AgreedTonnes, double DeliveredTonnes, double DistanceKm, DateOnly AgreedOn, string AgreedBy,
    ExchangeStatus Status, bool CanRecord, IReadOnlyList<DeliveryView> Deliveries);

/// <summary>The agreed exchanges of the parks the user may see (optionally one park's), newest first.</summary>
public sealed class ListExchanges(AppDbContext db)
{
    public async Task<IReadOnlyList<ExchangeView>> ExecuteAsync(int? parkId, AccessScope user, CancellationToken ct = default)
    {
        var parks = await ParkRegions.LoadAsync(db, ct);
        var query = db.Exchanges.AsNoTracking().Include(x => x.Deliveries).Include(x => x.Supplier).Include(x => x.Receiver).AsSplitQuery();
        if (parkId is { } park) query = query.Where(x => x.Supplier!.ParkId == park || x.Receiver!.ParkId == park);
        var exchanges = await query.OrderByDescending(x => x.Id).ToListAsync(ct);
        return [.. exchanges
            .Where(x => parks.CanSee(user, x.Supplier!.ParkId) || parks.CanSee(user, x.Receiver!.ParkId))
            .Select(x => new ExchangeView(x.Id, x.RunId, x.AllocationNumber, x.SupplierId, x.Supplier!.Name, parks.Name(x.Supplier.ParkId),
                x.ReceiverId, x.Receiver!.Name, parks.Name(x.Receiver.ParkId), x.MaterialCode, x.AgreedTonnes, x.DeliveredTonnes, x.DistanceKm,
                x.AgreedOn, x.AgreedBy, x.Status, parks.CanTrade(user, x.Supplier.ParkId) || parks.CanTrade(user, x.Receiver.ParkId),
                [.. x.Deliveries.OrderBy(d => d.DeliveredOn).ThenBy(d => d.Id).Select(d => new DeliveryView(d.DeliveredOn, d.Tonnes, d.RecordedBy, d.Note))]))];
    }
}

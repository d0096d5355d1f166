using CircularPark.Time;
using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

public sealed record DeliveryView(int Id, DateOnly DeliveredOn, double Tonnes, string RecordedBy, string? Note, string? ConfirmedBy);

/// <summary>
/// An exchange with each side's agreement and its follow-up: tonnes agreed, recorded as delivered by the supplier and
/// confirmed by the receiver, and what the user may do next (agree for a missing side, record, confirm).
/// </summary>
public sealed record ExchangeView(
    int Id, int? RunId, int? AllocationNumber, int SupplierId, string SupplierName, string SupplierPark, int ReceiverId, string ReceiverName,
    string ReceiverPark, string MaterialCode, double AgreedTonnes, double DeliveredTonnes, double DistanceKm, DateOnly AgreedOn, string AgreedBy,
    ExchangeStatus Status, bool CanRecord, IReadOnlyList<DeliveryView> Deliveries)
{
    public string? SupplierAgreedBy { get; init; }
    public string? ReceiverAgreedBy { get; init; }
    public double ConfirmedTonnes { get; init; }
    public bool CanAgree { get; init; }
    public bool CanConfirm { get; init; }
}

/// <summary>The agreed exchanges of the parks the user may see (optionally one park's), newest first.</summary>
public sealed class ListExchanges(AppDbContext db)
{
    public async Task<IReadOnlyList<ExchangeView>> ExecuteAsync(int? parkId, AccessScope user, CancellationToken ct = default)
    {
        var visible = db.Parks.VisibleTo(user, db.Clock.Today()).Select(p => p.Id);
        var query = db.Exchanges.AsNoTracking().Include(x => x.Deliveries).Include(x => x.Supplier).Include(x => x.Receiver).AsSplitQuery()
            .Where(x => visible.Contains(x.Supplier!.ParkId) || visible.Contains(x.Receiver!.ParkId));
        if (parkId is { } park) query = query.Where(x => x.Supplier!.ParkId == park || x.Receiver!.ParkId == park);
        var exchanges = await query.OrderByDescending(x => x.Id).ToListAsync(ct);
        var parks = await ParkRegions.LoadAsync(db, exchanges.SelectMany(x => new[] { x.Supplier!.ParkId, x.Receiver!.ParkId }), ct);
        return [.. exchanges
            .Select(x =>
            {
                var forSupplier = parks.CanTradeFor(user, x.SupplierId, x.Supplier!.ParkId);
                var forReceiver = parks.CanTradeFor(user, x.ReceiverId, x.Receiver!.ParkId);
                var proposed = x.Status == ExchangeStatus.Proposed;
                return new ExchangeView(x.Id, x.RunId, x.AllocationNumber, x.SupplierId, x.Supplier.Name, parks.Name(x.Supplier.ParkId),
                    x.ReceiverId, x.Receiver.Name, parks.Name(x.Receiver.ParkId), x.MaterialCode, x.AgreedTonnes, x.DeliveredTonnes, x.DistanceKm,
                    x.AgreedOn, x.AgreedBy, x.Status, forSupplier && !proposed && x.DeliveredTonnes < x.AgreedTonnes - 1e-6,
                    [.. x.Deliveries.OrderBy(d => d.DeliveredOn).ThenBy(d => d.Id).Select(d => new DeliveryView(d.Id, d.DeliveredOn, d.Tonnes, d.RecordedBy, d.Note, d.ConfirmedBy))])
                {
                    SupplierAgreedBy = x.SupplierAgreedBy, ReceiverAgreedBy = x.ReceiverAgreedBy, ConfirmedTonnes = x.ConfirmedTonnes,
                    CanAgree = proposed && x.RunId is not null && ((forSupplier && x.SupplierAgreedBy is null) || (forReceiver && x.ReceiverAgreedBy is null)),
                    CanConfirm = forReceiver && x.Deliveries.Any(d => d.ConfirmedBy is null),
                };
            })];
    }
}

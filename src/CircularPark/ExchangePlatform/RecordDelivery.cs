using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>A delivery to record: the day it arrived (not in the future) and the tonnes (&gt; 0).</summary>
public sealed record DeliveryDraft(DateOnly DeliveredOn, double Tonnes, string? Note = null);

/// <summary>
/// Records a delivery of a binding exchange (follow-up), by a user who may speak for the supplier (issue 12, finding 6):
/// the receiver confirms it (<see cref="ConfirmDelivery"/>). Deliveries add up to at most the agreed tonnes; when the
/// confirmed ones reach them the exchange is completed.
/// </summary>
public sealed class RecordDelivery(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int exchangeId, DeliveryDraft draft, AccessScope user, CancellationToken ct = default)
    {
        var exchange = await db.Exchanges.Include(x => x.Deliveries).Include(x => x.Supplier).Include(x => x.Receiver)
            .SingleOrDefaultAsync(x => x.Id == exchangeId, ct);
        if (exchange is null) return Failure.NotFound("Exchange.NotFound", exchangeId);
        var parks = await ParkRegions.LoadAsync(db, [exchange.Supplier!.ParkId], ct);
        if (!parks.CanTradeFor(user, exchange.SupplierId, exchange.Supplier!.ParkId)) return Failure.Forbidden;
        if (exchange.Status == ExchangeStatus.Proposed)
            return Failure.Conflict(Text.Get("Exchange.NotBinding", exchange.MaterialCode,
                Text.Label(exchange.SupplierAgreedBy is null ? ExchangeSide.Supplier : ExchangeSide.Receiver)));
        var today = db.Clock.Today();
        var check = new FieldChecker();
        var open = exchange.AgreedTonnes - exchange.DeliveredTonnes;
        if (draft.DeliveredOn > today) check.Fail("deliveredOn", "ListingField.DeliveredOn", "future-date", draft.DeliveredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (!(double.IsFinite(draft.Tonnes) && draft.Tonnes > 0 && draft.Tonnes <= open + 1e-6))
            check.Fail("tonnes", "ListingField.Tonnes", "range", EnterpriseRules.Invariant(draft.Tonnes), "0", EnterpriseRules.Invariant(Math.Max(0, open)));
        check.TextField("note", "ListingField.Note", draft.Note, ListingDraft.NoteLength, required: false, Inputs.TextKind.MultiLine);
        if (check.Errors.Count > 0) return Failure.Invalid(check.Errors);
        exchange.Deliveries.Add(new ExchangeDelivery { DeliveredOn = draft.DeliveredOn, Tonnes = draft.Tonnes, RecordedBy = user.Name, Note = EnterpriseWriter.Clean(draft.Note) });
        db.Entry(exchange).Property(x => x.Status).IsModified = true; // two recordings at once clash on the exchange's version
        return await db.TrySaveChangesAsync(ct) is { Failure: not null } ? Failure.Conflict("Listing.Conflict", exchangeId) : new Saved(exchange.Id, exchange.Version);
    }
}

/// <summary>
/// The receiver confirms a delivery the supplier recorded: only confirmed tonnes complete the exchange and count in the
/// parks' statistics (<see cref="GetDeliveredExchanges"/>).
/// </summary>
public sealed class ConfirmDelivery(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int deliveryId, AccessScope user, CancellationToken ct = default)
    {
        var exchangeId = await db.ExchangeDeliveries.Where(d => d.Id == deliveryId).Select(d => (int?)d.ExchangeId).SingleOrDefaultAsync(ct);
        if (exchangeId is null) return Failure.NotFound("Exchange.DeliveryNotFound", deliveryId);
        var exchange = await db.Exchanges.Include(x => x.Deliveries).Include(x => x.Receiver).SingleAsync(x => x.Id == exchangeId, ct);
        var parks = await ParkRegions.LoadAsync(db, [exchange.Receiver!.ParkId], ct);
        if (!parks.CanTradeFor(user, exchange.ReceiverId, exchange.Receiver!.ParkId)) return Failure.Forbidden;
        var delivery = exchange.Deliveries.Single(d => d.Id == deliveryId);
        if (delivery.ConfirmedBy is not null) return Failure.Conflict(Text.Get("Exchange.DeliveryConfirmed"));
        (delivery.ConfirmedBy, delivery.ConfirmedAtUtc) = (user.Name, db.Clock.UtcNow());
        exchange.Status = exchange.ConfirmedTonnes >= exchange.AgreedTonnes - 1e-6 ? ExchangeStatus.Completed : ExchangeStatus.Agreed;
        db.Entry(exchange).Property(x => x.Status).IsModified = true; // two recordings at once clash on the exchange's version
        return await db.TrySaveChangesAsync(ct) is { Failure: not null } ? Failure.Conflict("Exchange.Conflict") : new Saved(exchange.Id, exchange.Version);
    }
}

using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>A delivery to record: the day it arrived (not in the future) and the tonnes (&gt; 0).</summary>
public sealed record DeliveryDraft(DateOnly DeliveredOn, double Tonnes, string? Note = null);

/// <summary>
/// Records a delivery of an agreed exchange (follow-up), by a user who may trade for either party's park. Deliveries
/// add up to at most the agreed tonnes; when they reach them the exchange is completed.
/// </summary>
public sealed class RecordDelivery(AppDbContext db)
{
    public async Task<SaveResult> ExecuteAsync(int exchangeId, DeliveryDraft draft, AccessScope user, CancellationToken ct = default)
    {
        var exchange = await db.Exchanges.Include(x => x.Deliveries).Include(x => x.Supplier).Include(x => x.Receiver)
            .SingleOrDefaultAsync(x => x.Id == exchangeId, ct);
        if (exchange is null) return SaveResult.NotFound;
        var parks = await ParkRegions.LoadAsync(db, ct);
        if (!parks.CanTrade(user, exchange.Supplier!.ParkId) && !parks.CanTrade(user, exchange.Receiver!.ParkId)) return SaveResult.Forbidden;
        var today = db.Clock.Today();
        var check = new FieldChecker();
        var open = exchange.AgreedTonnes - exchange.DeliveredTonnes;
        if (draft.DeliveredOn > today) check.Fail("deliveredOn", "ListingField.DeliveredOn", "future-date", draft.DeliveredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (!(double.IsFinite(draft.Tonnes) && draft.Tonnes > 0 && draft.Tonnes <= open + 1e-6))
            check.Fail("tonnes", "ListingField.Tonnes", "range", EnterpriseRules.Invariant(draft.Tonnes), "0", EnterpriseRules.Invariant(Math.Max(0, open)));
        check.TextField("note", "ListingField.Note", draft.Note, ListingDraft.NoteLength, required: false, Inputs.TextKind.MultiLine);
        if (check.Errors.Count > 0) return SaveResult.Invalid(check.Errors);
        exchange.Deliveries.Add(new ExchangeDelivery { DeliveredOn = draft.DeliveredOn, Tonnes = draft.Tonnes, RecordedBy = user.Name, Note = EnterpriseWriter.Clean(draft.Note) });
        exchange.Status = exchange.DeliveredTonnes >= exchange.AgreedTonnes - 1e-6 ? ExchangeStatus.Completed : ExchangeStatus.Agreed;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(UpdateOutcome.Conflict);
        }
        return SaveResult.Saved(exchange.Id, exchange.Version);
    }
}

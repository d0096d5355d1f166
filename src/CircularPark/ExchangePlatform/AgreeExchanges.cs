using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>One allocation of a run to agree; <see cref="Tonnes"/> may be less than proposed (null: as proposed).</summary>
public sealed record AgreeItem(int Number, double? Tonnes = null);

/// <summary>
/// Records each side's agreement to a run's allocations (issue 12, finding 6). A user agrees for the sides they may speak
/// for (<see cref="ParkRegions.CanTradeFor"/>: an enterprise for itself, a park committee or official for the enterprises
/// in its scope). The first agreement proposes the exchange and reserves its tonnes, which must still be open on both
/// listings; it binds only when the other side agrees too (to the same tonnes). All items are stored together or none.
/// </summary>
public sealed class AgreeExchanges(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<int>>> ExecuteAsync(int runId, IReadOnlyList<AgreeItem> items, AccessScope user, CancellationToken ct = default)
    {
        var run = await db.MatchingRuns.Include(r => r.Allocations).SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return Failure.NotFound("Run.NotFound", runId);
        var check = new FieldChecker();
        var today = db.Clock.Today();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var before = await db.Exchanges.Where(x => x.RunId == runId).ToListAsync(ct);
        var partyIds = run.Allocations.SelectMany(a => new[] { a.SupplierId, a.ReceiverId }).Distinct().ToList();
        var parties = await db.Enterprises.AsNoTracking().Where(e => partyIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ParkId, ct);
        var parks = await ParkRegions.LoadAsync(db, parties.Values, ct);
        bool MayTrade(int enterpriseId) => parties.TryGetValue(enterpriseId, out var park) && parks.CanTradeFor(user, enterpriseId, park);
        var chosen = new List<(int Index, ProposedExchange Allocation, double Tonnes)>();
        var seconded = new List<(Exchange Exchange, ExchangeSide Side)>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = check.At("items", i);
            var allocation = run.Allocations.SingleOrDefault(a => a.Number == items[i].Number);
            var number = items[i].Number.ToString(CultureInfo.InvariantCulture);
            if (allocation is null) { at.Fail("number", "ListingField.Allocation", "unknown-allocation", number); continue; }
            var sides = Sides(allocation.SupplierId, allocation.ReceiverId, MayTrade);
            // A party that no longer exists leaves its listing gone too: that is reported below as tonnes no longer open.
            if (sides.Count == 0 && (parties.ContainsKey(allocation.SupplierId) || parties.ContainsKey(allocation.ReceiverId)))
                return Failure.Forbidden;
            var existing = before.SingleOrDefault(x => x.AllocationNumber == allocation.Number);
            if (existing is not null)
            {
                // The other side's answer to a proposal: it binds at the proposed tonnes.
                var missing = sides.Where(s => (s == ExchangeSide.Supplier ? existing.SupplierAgreedBy : existing.ReceiverAgreedBy) is null).ToList();
                if (existing.Status != ExchangeStatus.Proposed || missing.Count == 0 || seconded.Any(s => s.Exchange == existing))
                    at.Fail("number", "ListingField.Allocation", "already-agreed", number);
                else if (items[i].Tonnes is { } t && Math.Abs(t - existing.AgreedTonnes) > 1e-6)
                    at.Fail("tonnes", "ListingField.Tonnes", "not-proposed", EnterpriseRules.Invariant(t), EnterpriseRules.Invariant(existing.AgreedTonnes));
                else seconded.AddRange(missing.Select(s => (existing, s)));
            }
            else if (chosen.Any(c => c.Allocation == allocation)) at.Fail("number", "ListingField.Allocation", "already-agreed", number);
            else if (items[i].Tonnes is { } t && !(t > 0 && t <= allocation.Tonnes)) at.Fail("tonnes", "ListingField.Tonnes", "range", EnterpriseRules.Invariant(t), "0", EnterpriseRules.Invariant(allocation.Tonnes));
            else chosen.Add((i, allocation, items[i].Tonnes ?? allocation.Tonnes));
        }
        if (items.Count == 0) check.Fail("items", "ListingField.Allocation", "required", "");
        await CheckOpenTonnesAsync(check, chosen, ct);
        if (check.Errors.Count > 0) return Failure.Invalid(check.Errors);
        var exchanges = chosen.Select(c =>
        {
            var exchange = new Exchange
            {
                RunId = runId, AllocationNumber = c.Allocation.Number, OfferId = c.Allocation.OfferId, NeedId = c.Allocation.NeedId,
                SupplierId = c.Allocation.SupplierId, ReceiverId = c.Allocation.ReceiverId, MaterialCode = c.Allocation.MaterialCode, AgreedTonnes = c.Tonnes,
                DistanceKm = c.Allocation.DistanceKm, TransportCostPerTonne = c.Allocation.TransportCostPerTonne, AgreedOn = today, AgreedBy = user.Name,
                Status = ExchangeStatus.Proposed,
            };
            foreach (var side in Sides(c.Allocation.SupplierId, c.Allocation.ReceiverId, MayTrade)) exchange.Agree(side, user.Name, now, today);
            return exchange;
        }).ToList();
        foreach (var (exchange, side) in seconded) exchange.Agree(side, user.Name, now, today);
        db.Exchanges.AddRange(exchanges);
        if (await db.TrySaveChangesAsync(ct) is { Failure: not null }) return Failure.Conflict("Exchange.Conflict");
        return new Outcome<IReadOnlyList<int>>([.. seconded.Select(s => s.Exchange.Id).Distinct(), .. exchanges.Select(x => x.Id)]);
    }

    private static List<ExchangeSide> Sides(int supplierId, int receiverId, Func<int, bool> mayTrade) =>
        [.. new[] { (ExchangeSide.Supplier, supplierId), (ExchangeSide.Receiver, receiverId) }.Where(s => mayTrade(s.Item2)).Select(s => s.Item1)];

    /// <summary>The listings must still exist, not withdrawn, with the tonnes open (after exchanges agreed since the run).</summary>
    private async Task CheckOpenTonnesAsync(FieldChecker check, List<(int Index, ProposedExchange Allocation, double Tonnes)> chosen, CancellationToken ct)
    {
        var ids = chosen.SelectMany(c => new[] { c.Allocation.OfferId, c.Allocation.NeedId }).Distinct().ToList();
        var listings = await db.ExchangeListings.AsNoTracking().Where(l => ids.Contains(l.Id) && !l.Withdrawn).ToDictionaryAsync(l => l.Id, l => l.Tonnes, ct);
        var open = (await SearchListings.AgreedTonnesAsync(db, ids, ct)) is var agreed
            ? listings.ToDictionary(l => l.Key, l => l.Value - agreed.GetValueOrDefault(l.Key)) : [];
        foreach (var (index, a, tonnes) in chosen)
        {
            foreach (var id in new[] { a.OfferId, a.NeedId })
            {
                if (open.TryGetValue(id, out var left) && left + 1e-6 >= tonnes) open[id] = left - tonnes;
                else check.At("items", index).Fail("tonnes", "ListingField.Tonnes", "not-open",
                    EnterpriseRules.Invariant(tonnes), EnterpriseRules.Invariant(Math.Max(0, open.GetValueOrDefault(id))));
            }
        }
    }
}

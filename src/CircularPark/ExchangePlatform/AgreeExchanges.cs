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
/// Records exchanges agreed from a run's allocations, by a user who may trade for the supplier's or the receiver's
/// park. Each allocation is agreed once; the tonnes must still be open on both listings (another exchange may have
/// taken them since the run); all items are stored together or none.
/// </summary>
public sealed class AgreeExchanges(AppDbContext db)
{
    public async Task<Lookup<IReadOnlyList<int>>> ExecuteAsync(int runId, IReadOnlyList<AgreeItem> items, AccessScope user, CancellationToken ct = default)
    {
        var run = await db.MatchingRuns.Include(r => r.Allocations).SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return Lookup.NotFound<IReadOnlyList<int>>();
        var parks = await ParkRegions.LoadAsync(db, ct);
        var check = new FieldChecker();
        var today = db.Clock.Today();
        var agreedBefore = await db.Exchanges.Where(x => x.RunId == runId).Select(x => x.AllocationNumber).ToListAsync(ct);
        var chosen = new List<(int Index, ProposedExchange Allocation, double Tonnes)>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = check.At("items", i);
            var allocation = run.Allocations.SingleOrDefault(a => a.Number == items[i].Number);
            var number = items[i].Number.ToString(CultureInfo.InvariantCulture);
            if (allocation is null) at.Fail("number", "ListingField.Allocation", "unknown-allocation", number);
            else if (agreedBefore.Contains(allocation.Number) || chosen.Any(c => c.Allocation == allocation)) at.Fail("number", "ListingField.Allocation", "already-agreed", number);
            else if (items[i].Tonnes is { } t && !(t > 0 && t <= allocation.Tonnes)) at.Fail("tonnes", "ListingField.Tonnes", "range", EnterpriseRules.Invariant(t), "0", EnterpriseRules.Invariant(allocation.Tonnes));
            else chosen.Add((i, allocation, items[i].Tonnes ?? allocation.Tonnes));
        }
        if (items.Count == 0) check.Fail("items", "ListingField.Allocation", "required", "");
        var partyIds = chosen.SelectMany(c => new[] { c.Allocation.SupplierId, c.Allocation.ReceiverId }).Distinct().ToList();
        var parties = await db.Enterprises.AsNoTracking().Where(e => partyIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ParkId, ct);
        bool MayTrade(int enterpriseId) => parties.TryGetValue(enterpriseId, out var park) && parks.CanTrade(user, park);
        // A party that no longer exists leaves its listing gone too: that is reported below as tonnes no longer open.
        if (chosen.Any(c => !MayTrade(c.Allocation.SupplierId) && !MayTrade(c.Allocation.ReceiverId)
            && (parties.ContainsKey(c.Allocation.SupplierId) || parties.ContainsKey(c.Allocation.ReceiverId))))
            return Lookup.Forbidden<IReadOnlyList<int>>();
        await CheckOpenTonnesAsync(check, chosen, ct);
        if (check.Errors.Count > 0) return Lookup.Invalid<IReadOnlyList<int>>(check.Errors);
        var exchanges = chosen.Select(c => new Exchange
        {
            RunId = runId, AllocationNumber = c.Allocation.Number, OfferId = c.Allocation.OfferId, NeedId = c.Allocation.NeedId,
            SupplierId = c.Allocation.SupplierId, ReceiverId = c.Allocation.ReceiverId, MaterialCode = c.Allocation.MaterialCode, AgreedTonnes = c.Tonnes,
            DistanceKm = c.Allocation.DistanceKm, TransportCostPerTonne = c.Allocation.TransportCostPerTonne, AgreedOn = today, AgreedBy = user.Name,
            Status = ExchangeStatus.Agreed,
        }).ToList();
        db.Exchanges.AddRange(exchanges);
        await db.SaveChangesAsync(ct);
        return Lookup.Found<IReadOnlyList<int>>([.. exchanges.Select(x => x.Id)]);
    }

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

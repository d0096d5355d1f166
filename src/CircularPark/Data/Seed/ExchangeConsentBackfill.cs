using CircularPark.ExchangePlatform;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>
/// Exchanges agreed before both sides had to agree (ADR 0072): one user's agreement then bound both sides and a delivery
/// counted as soon as it was recorded. Such an exchange (not proposed, neither side's agreement recorded) is taken as agreed
/// by both through the user who agreed it, and its deliveries as confirmed by whoever recorded them, so the parks'
/// statistics do not change. Runs with the seed; touches only those rows.
/// </summary>
internal static class ExchangeConsentBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var older = await db.Exchanges.Include(x => x.Deliveries)
            .Where(x => x.Status != ExchangeStatus.Proposed && x.SupplierAgreedBy == null && x.ReceiverAgreedBy == null).ToListAsync(ct);
        foreach (var exchange in older)
        {
            var at = Time.ChinaTime.StartOfDayUtc(exchange.AgreedOn);
            (exchange.SupplierAgreedBy, exchange.SupplierAgreedAtUtc, exchange.ReceiverAgreedBy, exchange.ReceiverAgreedAtUtc) = (exchange.AgreedBy, at, exchange.AgreedBy, at);
            foreach (var delivery in exchange.Deliveries.Where(d => d.ConfirmedBy is null))
                (delivery.ConfirmedBy, delivery.ConfirmedAtUtc) = (delivery.RecordedBy, Time.ChinaTime.StartOfDayUtc(delivery.DeliveredOn));
        }
        if (older.Count > 0) await db.SaveChangesAsync(ct);
        return older.Count;
    }
}

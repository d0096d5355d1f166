using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

/// <summary>Whether the park sent the material (its enterprise supplied it) or received it.</summary>
public enum ExchangeDirection
{
    Sent = 1,
    Received = 2,
}

/// <summary>Tonnes of a material a park's enterprises delivered to others (sent) or took from others (received) in a year.</summary>
public sealed record DeliveredMaterial(string MaterialCode, ExchangeDirection Direction, double Tonnes);

/// <summary>
/// Delivered exchanges of a park in a calendar year, by material and direction, for the park statistics (issue 3):
/// deliveries dated in the year and confirmed by the receiver, counted as sent when the supplier is an enterprise of the park and as received when
/// the receiver is (an exchange inside the park counts both ways). No scope check: the caller decides who may ask.
/// </summary>
public sealed class GetDeliveredExchanges(AppDbContext db)
{
    public async Task<IReadOnlyList<DeliveredMaterial>> ExecuteAsync(int parkId, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var deliveries = await db.ExchangeDeliveries.AsNoTracking().Where(d => d.ConfirmedBy != null)
            .Join(db.Exchanges, d => d.ExchangeId, x => x.Id, (d, x) => new { d.DeliveredOn, d.Tonnes, x.MaterialCode, SupplierPark = x.Supplier!.ParkId, ReceiverPark = x.Receiver!.ParkId })
            .Where(d => d.DeliveredOn >= from && d.DeliveredOn <= to && (d.SupplierPark == parkId || d.ReceiverPark == parkId))
            .ToListAsync(ct);
        return [.. deliveries
            .SelectMany(d => new[]
            {
                (d.MaterialCode, Direction: d.SupplierPark == parkId ? ExchangeDirection.Sent : (ExchangeDirection?)null, d.Tonnes),
                (d.MaterialCode, Direction: d.ReceiverPark == parkId ? ExchangeDirection.Received : (ExchangeDirection?)null, d.Tonnes),
            })
            .Where(x => x.Direction is not null)
            .GroupBy(x => (x.MaterialCode, Direction: x.Direction!.Value))
            .OrderBy(g => g.Key.MaterialCode, StringComparer.Ordinal).ThenBy(g => g.Key.Direction)
            .Select(g => new DeliveredMaterial(g.Key.MaterialCode, g.Key.Direction, g.Sum(x => x.Tonnes)))];
    }
}

using System.Globalization;
using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Inbox;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// The exchange's inbox tasks, for the parties (<see cref="Permissions.ExchangeTasks"/>: an enterprise, its park
/// committee): an exchange proposed from a matching run, waiting for the side the user speaks for to agree
/// (待确认交换协议); deliveries the supplier recorded, waiting for the receiver the user speaks for to confirm them
/// (待确认交付). Neither has a deadline, so neither is dated; the detail says since when it waits.
/// </summary>
internal static class ExchangeInbox
{
    public static async Task<List<InboxTask>> TasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        if (!user.Holds(Permissions.ExchangeTasks)) return [];
        var visible = db.Parks.VisibleTo(user, db.Clock.Today()).Select(p => p.Id);
        var open = await db.Exchanges.AsNoTracking()
            .Where(x => visible.Contains(x.Supplier!.ParkId) || visible.Contains(x.Receiver!.ParkId))
            .Where(x => (x.Status == ExchangeStatus.Proposed && x.RunId != null) || x.Deliveries.Any(d => d.ConfirmedBy == null))
            .Select(x => new
            {
                x.Id, x.Status, x.AgreedOn, x.MaterialCode, x.AgreedTonnes, x.SupplierAgreedBy, x.ReceiverAgreedBy,
                x.SupplierId, Supplier = x.Supplier!.Name, SupplierPark = x.Supplier.ParkId,
                x.ReceiverId, Receiver = x.Receiver!.Name, ReceiverPark = x.Receiver.ParkId,
                Unconfirmed = x.Deliveries.Where(d => d.ConfirmedBy == null).Min(d => (DateOnly?)d.DeliveredOn),
            }).ToListAsync(ct);
        var parks = await ParkRegions.LoadAsync(db, open.SelectMany(x => new[] { x.SupplierPark, x.ReceiverPark }), ct);
        bool Mine(int enterpriseId, int parkId) => parks.Allows(user, Permissions.ExchangeTasks, parkId, enterpriseId);
        var tasks = new List<InboxTask>();
        foreach (var x in open)
        {
            var zh = $"{x.Supplier} → {x.Receiver}：{MaterialNames.Of(x.MaterialCode, Zh)} {Tonnes(x.AgreedTonnes)} 吨";
            var en = $"{x.Supplier} → {x.Receiver}: {MaterialNames.Of(x.MaterialCode, En)} {Tonnes(x.AgreedTonnes)} t";
            InboxTask Task(InboxTaskKind kind, string subject, int parkId, DateOnly since)
            {
                var day = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var (sinceZh, sinceEn) = kind == InboxTaskKind.AgreeExchange ? ($"{day} 提出", $"proposed {day}") : ($"{day} 交付", $"delivered {day}");
                return new(kind, null, null, parkId, subject, null, false) { DetailZh = $"{zh}（{sinceZh}）", DetailEn = $"{en} ({sinceEn})", Link = "/exchange/agreed" };
            }
            if (x.Status == ExchangeStatus.Proposed)
            {
                if (x.SupplierAgreedBy is null && Mine(x.SupplierId, x.SupplierPark)) tasks.Add(Task(InboxTaskKind.AgreeExchange, x.Supplier, x.SupplierPark, x.AgreedOn));
                if (x.ReceiverAgreedBy is null && Mine(x.ReceiverId, x.ReceiverPark)) tasks.Add(Task(InboxTaskKind.AgreeExchange, x.Receiver, x.ReceiverPark, x.AgreedOn));
            }
            else if (x.Unconfirmed is { } delivered && Mine(x.ReceiverId, x.ReceiverPark))
                tasks.Add(Task(InboxTaskKind.ConfirmDelivery, x.Receiver, x.ReceiverPark, delivered));
        }
        return tasks;
    }

    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN"), En = CultureInfo.GetCultureInfo("en");

    private static string Tonnes(double tonnes) => tonnes.ToString("#,##0.##", CultureInfo.InvariantCulture);
}

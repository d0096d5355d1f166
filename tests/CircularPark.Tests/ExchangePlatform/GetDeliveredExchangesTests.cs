using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Parks;
using CircularPark.ExchangePlatform;

namespace CircularPark.Tests.ExchangePlatform;

public class GetDeliveredExchangesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Confirmed_deliveries_of_the_year_add_up_by_material_and_direction_and_an_exchange_inside_the_park_counts_both_ways()
    {
        await using var db = database.NewContext();
        var (east, west) = (new Park { Name = "东园" }, new Park { Name = "西园" });
        var power = Enterprise(east, "电厂");
        var cement = Enterprise(east, "水泥厂");
        var bricks = Enterprise(west, "砖厂");
        db.AddRange(power, cement, bricks);
        Exchange(db, power, cement, "fly-ash", (2025, 12, 31, 70), (2026, 1, 5, 100), (2026, 6, 1, 50));
        Exchange(db, power, bricks, "fly-ash", (2026, 3, 1, 30));
        Exchange(db, bricks, cement, "sand", (2026, 4, 1, 12.5), (2027, 1, 1, 99));
        Exchange(db, power, bricks, "fly-ash", confirmed: false, (2026, 5, 1, 500)); // recorded by the supplier, not yet confirmed
        await db.SaveChangesAsync();
        var delivered = new GetDeliveredExchanges(db);

        var eastIn2026 = await delivered.ExecuteAsync(east.Id, 2026);
        var westIn2026 = await delivered.ExecuteAsync(west.Id, 2026);
        var eastIn2025 = await delivered.ExecuteAsync(east.Id, 2025);

        Assert.Equal(
        [
            new DeliveredMaterial("fly-ash", ExchangeDirection.Sent, 180), new DeliveredMaterial("fly-ash", ExchangeDirection.Received, 150),
            new DeliveredMaterial("sand", ExchangeDirection.Received, 12.5),
        ], eastIn2026);
        Assert.Equal([new DeliveredMaterial("fly-ash", ExchangeDirection.Received, 30), new DeliveredMaterial("sand", ExchangeDirection.Sent, 12.5)], westIn2026);
        Assert.Equal([new DeliveredMaterial("fly-ash", ExchangeDirection.Sent, 70), new DeliveredMaterial("fly-ash", ExchangeDirection.Received, 70)], eastIn2025);
    }

    private static Enterprise Enterprise(Park park, string name) => new() { Park = park, Name = name, IndustryCode = "C3011", Latitude = 24, Longitude = 113 };

    private static void Exchange(AppDbContext db, Enterprise supplier, Enterprise receiver, string material, params (int Year, int Month, int Day, double Tonnes)[] deliveries) =>
        Exchange(db, supplier, receiver, material, true, deliveries);

    private static void Exchange(AppDbContext db, Enterprise supplier, Enterprise receiver, string material, bool confirmed, params (int Year, int Month, int Day, double Tonnes)[] deliveries)
    {
        var offer = new ExchangeListing { Side = ListingSide.Offer, Enterprise = supplier, MaterialCode = material, Tonnes = 1000 };
        var need = new ExchangeListing { Side = ListingSide.Need, Enterprise = receiver, MaterialCode = material, Tonnes = 1000 };
        db.Exchanges.Add(new Exchange
        {
            Supplier = supplier, Receiver = receiver, MaterialCode = material, AgreedTonnes = 1000, AgreedBy = "test", AgreedOn = new DateOnly(2025, 12, 1),
            Offer = offer, Need = need, Deliveries = [.. deliveries.Select(d => new ExchangeDelivery { DeliveredOn = new DateOnly(d.Year, d.Month, d.Day), Tonnes = d.Tonnes, RecordedBy = "supplier", ConfirmedBy = confirmed ? "receiver" : null })],
        });
    }
}

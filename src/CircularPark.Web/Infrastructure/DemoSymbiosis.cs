using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.ExchangePlatform;
using Enterprise = CircularPark.Enterprises.Enterprise;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Illustrative enterprises, streams, offers and needs (示例数据, flagged <c>IsExample</c> and named "（示例）"), created
/// only in demo mode and only once. 广东梅州经济开发区（东升工业园区）: the circuit-board and Chinese-medicine plants the
/// expert opinion (粤工信节能函〔2020〕923号) describes, so the chain-gap report shows the missing links it names for
/// 电路板废弃物 and 中药渣; 英德市英红工业园: receivers for the exchange (one with a hazardous-waste permit, one without).
/// None of the quantities come from a source.
/// </summary>
internal static class DemoSymbiosis
{
    public const string Park = "广东梅州经济开发区（东升工业园区）";
    public const string ReceiverPark = "英德市英红工业园";

    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock)
    {
        if (await db.Enterprises.AnyAsync(e => e.IsExample)) return;
        var meizhou = await db.Parks.SingleAsync(p => p.Name == Park);
        var yingde = await db.Parks.SingleAsync(p => p.Name == ReceiverPark);
        var today = clock.Today();

        var power = Add(db, meizhou.Id, "梅州示例热电厂（示例）", "D4412", 24.258, 116.130);
        var herbs = Add(db, meizhou.Id, "梅州示例中药厂（示例）", "C2740", 24.275, 116.138);
        var boardsA = Add(db, meizhou.Id, "梅州示例电路板厂甲（示例）", "C3982", 24.262, 116.145);
        var boardsB = Add(db, meizhou.Id, "梅州示例电路板厂乙（示例）", "C3982", 24.268, 116.152);
        var building = Add(db, meizhou.Id, "梅州示例建材厂（示例）", "C3024", 24.280, 116.160);
        var food = Add(db, meizhou.Id, "梅州示例食品厂（示例）", "C1411", 24.271, 116.128);

        Stream(power, "蒸汽", StreamKind.Energy, "steam", "steam", 19_000, uses: [(herbs, 8_000), (boardsA, 6_000), (food, 5_000)]);
        Stream(power, "粉煤灰", StreamKind.ByProduct, "fly-ash", "fly-ash", 12_000, uses: [(building, null)]);
        Stream(power, "脱硫石膏", StreamKind.ByProduct, "fgd-gypsum", "desulphurisation-gypsum", 4_000);
        Input(power, "燃煤", "coal", 60_000, bought: true);
        Stream(herbs, "中成药", StreamKind.Product, "chinese-patent-medicine", null, 3_000);
        Stream(herbs, "中药渣", StreamKind.Waste, "herb-residue", "chinese-medicine-residue", 6_000);
        Input(herbs, "中药材", "medicinal-herbs", 9_500, bought: true);
        Input(herbs, "蒸汽", "steam", 8_000, bought: false);
        Stream(boardsA, "印制电路板", StreamKind.Product, "printed-circuit-board", null, 12_000);
        Stream(boardsA, "废电路板边角料", StreamKind.Waste, "waste-circuit-board", "circuit-board-waste", 800, hazard: "900-045-49");
        Stream(boardsA, "含铜蚀刻废液", StreamKind.Waste, "spent-etchant", "spent-etchant", 1_500, hazard: "398-004-22");
        Stream(boardsA, "处理后中水", StreamKind.Water, "reclaimed-water", "reclaimed-water", 5, QuantityUnit.TenThousandCubicMetres, [(building, null)]);
        Input(boardsA, "覆铜板", "copper-clad-laminate", 9_000, bought: true);
        Stream(boardsB, "印制电路板", StreamKind.Product, "printed-circuit-board", null, 6_000);
        Stream(boardsB, "废电路板边角料", StreamKind.Waste, "waste-circuit-board", "circuit-board-waste", 500, hazard: "900-045-49");
        Input(boardsB, "覆铜板", "copper-clad-laminate", 5_000, bought: true);
        Stream(building, "石膏砌块", StreamKind.Product, "gypsum-block", null, 20_000);
        Input(building, "天然石膏", "natural-gypsum", 3_000, bought: true);
        Stream(food, "糕点", StreamKind.Product, "pastry", null, 5_000);

        var recycler = Add(db, yingde.Id, "英德示例再生资源公司（示例）", "C4210", 24.190, 113.402, permit: "HW49; HW22", permitValidTo: today.AddYears(2));
        var station = Add(db, yingde.Id, "英德示例废旧物资回收站（示例）", "C4210", 24.176, 113.390);
        var fertiliser = Add(db, yingde.Id, "英德示例有机肥厂（示例）", "C2625", 24.205, 113.420);
        var window = (today, today.AddYears(1));
        Listing(db, ListingSide.Offer, boardsA, "waste-circuit-board", 600, 3_500, window, category: "circuit-board-waste", hazard: "900-045-49");
        Listing(db, ListingSide.Offer, boardsB, "waste-circuit-board", 400, 3_500, window, category: "circuit-board-waste", hazard: "900-045-49");
        Listing(db, ListingSide.Offer, herbs, "herb-residue", 4_000, 150, window, category: "chinese-medicine-residue", quality: [("moisture-%", 58, null, null)]);
        Listing(db, ListingSide.Need, recycler, "waste-circuit-board", 700, 4_000, window);
        Listing(db, ListingSide.Need, station, "waste-circuit-board", 500, 4_000, window);
        Listing(db, ListingSide.Need, fertiliser, "organic-fertiliser-raw", 3_000, 260, window, quality: [("moisture-%", null, null, 60)]);
        await db.SaveChangesAsync();
        // The demo enterprise account speaks for the recycler: on the exchange an enterprise acts only for itself (ADR 0072).
        await db.Users.Where(u => u.Email == "enterprise@demo.cn" && u.ScopeEnterpriseId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ScopeEnterpriseId, recycler.Id));
    }

    private static Enterprise Add(AppDbContext db, int parkId, string name, string industry, double lat, double lon, string? permit = null, DateOnly? permitValidTo = null) =>
        db.Enterprises.Add(new Enterprise
        {
            ParkId = parkId, Name = name, IndustryCode = industry, Latitude = lat, Longitude = lon, IsExample = true,
            PermitScope = permit, PermitValidTo = permitValidTo, PermitNumber = permit is null ? null : "示例-危废经营许可",
        }).Entity;

    private static void Stream(Enterprise e, string name, StreamKind kind, string code, string? category, double quantity,
        QuantityUnit unit = QuantityUnit.Tonne, (Enterprise User, double? Quantity)[]? uses = null, string? hazard = null) =>
        e.Streams.Add(new EnterpriseStream
        {
            Name = name, Kind = kind, MaterialCode = code, MaterialCategory = category, Quantity = quantity, Unit = unit, HazardCode = hazard,
            Uses = [.. (uses ?? []).Select(u => new StreamUse { UserEnterprise = u.User, Quantity = u.Quantity })],
        });

    private static void Input(Enterprise e, string name, string code, double quantity, bool bought) =>
        e.Inputs.Add(new EnterpriseInput { Name = name, MaterialCode = code, Quantity = quantity, Unit = QuantityUnit.Tonne, BoughtOutsidePark = bought });

    private static void Listing(AppDbContext db, ListingSide side, Enterprise e, string material, double tonnes, double cost, (DateOnly From, DateOnly To) window,
        string? category = null, string? hazard = null, (string Attribute, double? Value, double? Min, double? Max)[]? quality = null) =>
        db.ExchangeListings.Add(new ExchangeListing
        {
            Side = side, Enterprise = e, MaterialCode = material, MaterialCategory = category, HazardCode = hazard, Tonnes = tonnes,
            AvailableFrom = window.From, AvailableTo = window.To, Latitude = e.Latitude!.Value, Longitude = e.Longitude!.Value, CostPerTonne = cost,
            IsExample = true, Note = "示例数据",
            Quality = [.. (quality ?? []).Select(q => new ListingQuality { Attribute = q.Attribute, Value = q.Value, Min = q.Min, Max = q.Max })],
        });
}

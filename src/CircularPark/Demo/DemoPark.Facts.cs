using System.Globalization;
using CircularPark.Enterprises;
using CircularPark.ExchangePlatform;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Demo;

/// <summary>The park's present facts: enterprises with their streams, statistics year by year, and a waste exchange.</summary>
public sealed partial class DemoPark
{
    /// <summary>The enterprises of <c>enterprises-yinghong.json</c>, created in file order (a stream's users come earlier); a use naming a park enterprise links to it.</summary>
    private async Task<int> EnterprisesAsync(int parkId, AccessScope park, DateOnly today, CancellationToken ct)
    {
        var drafts = await ReadAsync<List<EnterpriseDraft>>("enterprises-yinghong.json", ct);
        await using var db = At(today);
        var names = drafts.Select(d => d.Name).ToList();
        if (await db.Enterprises.AnyAsync(e => e.ParkId == parkId && names.Contains(e.Name), ct)) return 0;
        var create = new CreateEnterprise(db);
        foreach (var draft in drafts)
        {
            var ids = await db.Enterprises.Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.Name, e => e.Id, ct);
            foreach (var use in draft.Streams.SelectMany(s => s.Uses).Where(u => u.OutsideUser is { } n && ids.ContainsKey(n)))
                (use.EnterpriseId, use.OutsideUser) = (ids[use.OutsideUser!], null);
            var saved = Ok(await create.ExecuteAsync(parkId, draft, park, ct), $"enterprise {draft.Name}");
            (await db.Enterprises.SingleAsync(e => e.Id == saved.Id, ct)).IsExample = true;
            await db.SaveChangesAsync(ct);
        }
        return drafts.Count;
    }

    /// <summary>
    /// <c>statistics-yinghong.csv</c>: 数据项, 名称, 单位, then a column per year. A year's statistics are saved and submitted on
    /// 20 March of the next year (money at constant prices of the first year); a year already stored, or not yet due, is skipped.
    /// </summary>
    private async Task<int> StatisticsAsync(int parkId, AccessScope park, DateOnly today, CancellationToken ct)
    {
        using var reader = new StreamReader(File("statistics-yinghong.csv"));
        var lines = (await reader.ReadToEndAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(',')).ToList();
        var years = lines[0][3..].Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        var added = 0;
        foreach (var (year, column) in years.Select((y, i) => (y, i + 3)))
        {
            var on = new DateOnly(year + 1, 3, 20);
            if (on > today) continue;
            await using var db = At(on);
            if (await db.ParkStatistics.AnyAsync(s => s.ParkId == parkId && s.Year == year, ct)) continue;
            var catalog = new IndicatorCatalog(db);
            var setup = (await catalog.LoadAsync(null, ct))!;
            var entries = lines.Skip(1).Select(l => new StatisticsEntry(l[0], double.Parse(l[column], CultureInfo.InvariantCulture), l[2],
                PriceBaseYear: setup.Catalogue[l[0]].RequiresPriceBaseYear ? years[0] : null)).ToList();
            Ok(await new SaveParkStatistics(db, catalog).ExecuteAsync(parkId, year, entries, null, park, ct), $"statistics {year}");
            Ok(await new SubmitParkStatistics(db, catalog).ExecuteAsync(parkId, year, park, ct), $"submitting statistics {year}");
            added++;
        }
        return added;
    }

    private const string Material = "ceramic-waste";

    /// <summary>
    /// The ceramics works offers its spare 废瓷渣, the wall-materials works needs it instead of river sand; the park matches them
    /// two months ago, agrees for both sides (ADR 0072), and the first load is delivered and confirmed three weeks ago.
    /// </summary>
    private async Task<int> ExchangeAsync(int parkId, AccessScope park, DateOnly today, CancellationToken ct)
    {
        int supplier, receiver;
        await using (var db = At(today))
        {
            if (await db.ExchangeListings.AnyAsync(l => l.MaterialCode == Material && l.Enterprise!.ParkId == parkId, ct)) return 0;
            var ids = await db.Enterprises.Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.Name, e => e.Id, ct);
            if (!ids.TryGetValue("英红示例陶瓷有限公司（示例）", out supplier) || !ids.TryGetValue("英红示例新型墙材有限公司（示例）", out receiver)) return 0;
        }
        var window = (From: today.AddDays(-75), To: today.AddDays(290));
        int offer, need;
        await using (var db = At(window.From))
        {
            var save = new SaveListing(db);
            offer = Ok(await save.ExecuteAsync(null, ListingSide.Offer, Listing(supplier, 20_000, 45, window, "（示例）抛光前工序废瓷渣，粒径≤50 mm，含水率＜5%。", "ceramic-waste"), park, ct), "offer").Id;
            need = Ok(await save.ExecuteAsync(null, ListingSide.Need, Listing(receiver, 15_000, 80, window, "（示例）替代河砂作砌块骨料。", null), park, ct), "need").Id;
            await db.ExchangeListings.Where(l => l.Id == offer || l.Id == need).ForEachAsync(l => l.IsExample = true, ct);
            await db.SaveChangesAsync(ct);
        }
        int run;
        await using (var db = At(today.AddDays(-60)))
            run = Ok(await new RunMatching(db).ExecuteAsync(new MatchingRequest(ParkId: parkId), park, ct), "matching").Id;
        int exchange;
        await using (var db = At(today.AddDays(-58)))
        {
            var number = await db.ProposedExchanges.Where(a => a.RunId == run && a.OfferId == offer && a.NeedId == need).Select(a => a.Number).SingleAsync(ct);
            exchange = Ok(await new AgreeExchanges(db).ExecuteAsync(run, [new AgreeItem(number, 12_000)], park, ct), "agreement").Single();
        }
        await using (var db = At(today.AddDays(-21)))
            Ok(await new RecordDelivery(db).ExecuteAsync(exchange, new DeliveryDraft(today.AddDays(-22), 3_200, "（示例）首批交付"), park, ct), "delivery");
        await using (var db = At(today.AddDays(-20)))
        {
            var id = await db.ExchangeDeliveries.Where(d => d.ExchangeId == exchange).Select(d => d.Id).SingleAsync(ct);
            Ok(await new ConfirmDelivery(db).ExecuteAsync(id, park, ct), "confirming the delivery");
        }
        return 1;
    }

    private static ListingDraft Listing(int enterprise, double tonnes, double cost, (DateOnly From, DateOnly To) window, string note, string? category) => new()
    {
        EnterpriseId = enterprise, MaterialCode = Material, MaterialCategory = category, Tonnes = tonnes, CostPerTonne = cost,
        AvailableFrom = window.From, AvailableTo = window.To, Note = note,
    };
}

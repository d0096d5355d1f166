using System.Text.Json;
using System.Text.Json.Serialization;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.ExchangePlatform;

/// <summary>An allocation of a run, with the exchange agreed from it (if any).</summary>
public sealed record AllocationView(
    int Number, int OfferId, int NeedId, int SupplierId, string SupplierName, int ReceiverId, string ReceiverName, string MaterialCode,
    string NeedMaterialCode, double Tonnes, double DistanceKm, double TransportCostPerTonne, double TransportCostYuan, double Co2Kg,
    double SupplierSavingYuan, double ReceiverSavingYuan, string? RouteUse, int? ExchangeId);

/// <summary>What is left of an offer (to disposal) or a need (bought virgin): t and yuan.</summary>
public sealed record RemainderView(int ListingId, string EnterpriseName, string MaterialCode, double Tonnes, double CostYuan);

/// <summary>What an enterprise saves in one role, yuan.</summary>
public sealed record PartyView(int EnterpriseId, string EnterpriseName, ExchangeRole Role, double SavingYuan);

/// <summary>A compatible pair a hard rule excluded (hazardous waste without permit, time window, quality limit).</summary>
public sealed record ExclusionView(int OfferId, int NeedId, string SupplierName, string ReceiverName, string MaterialCode,
    PairExclusionReasons Reasons, IReadOnlyList<string> FailedAttributes);

/// <summary>The parts of a run's report kept as JSON.</summary>
public sealed record RunDetails(IReadOnlyList<RemainderView> Disposed, IReadOnlyList<RemainderView> VirginBought,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<ExclusionView> Exclusions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunDetails FromJson(string json) => JsonSerializer.Deserialize<RunDetails>(json, Json)!;
}

/// <summary>A matching run as reported: scope, terms, totals (money in yuan, mass in t, CO₂ in kg), allocations and details.</summary>
public sealed record MatchingRunView(
    int Id, string ScopeName, int? RegionId, int? ParkId, DateTime RunAtUtc, string RunBy, double RateYuanPerTonneKm, double Co2KgPerTonneKm,
    int Offers, int Needs, int FeasiblePairs, ExchangeTotals Totals, IReadOnlyList<AllocationView> Allocations, RunDetails Details)
{
    internal static MatchingRunView From(MatchingRun r, IReadOnlyDictionary<int, int> exchangeByAllocation) => new(
        r.Id, r.ScopeName, r.RegionId, r.ParkId, r.RunAtUtc, r.RunBy, r.RateYuanPerTonneKm, r.Co2KgPerTonneKm, r.Offers, r.Needs, r.FeasiblePairs,
        new ExchangeTotals(r.TonnesOffered, r.TonnesNeeded, r.TonnesDiverted, r.TransportCostYuan, r.DisposalCostYuan, r.VirginCostYuan,
            r.TotalCostYuan, r.BaselineCostYuan, r.SavingsYuan, r.TransportCo2Kg),
        [.. r.Allocations.OrderBy(a => a.Number).Select(a => new AllocationView(a.Number, a.OfferId, a.NeedId, a.SupplierId, a.SupplierName,
            a.ReceiverId, a.ReceiverName, a.MaterialCode, a.NeedMaterialCode, a.Tonnes, a.DistanceKm, a.TransportCostPerTonne, a.TransportCostYuan,
            a.Co2Kg, a.SupplierSavingYuan, a.ReceiverSavingYuan, a.RouteUse, exchangeByAllocation.TryGetValue(a.Number, out var x) ? x : null))],
        RunDetails.FromJson(r.DetailsJson));
}

using System.Globalization;
using CircularPark.Exports;
using CircularPark.Localization;

namespace CircularPark.ExchangePlatform;

/// <summary>A matching run as a workbook for the record: totals, allocations, savings by party, what stays unmatched,
/// and the compatible pairs a hard rule excluded. Money in yuan, mass in t, CO₂ in kg.</summary>
public static class MatchingRunExport
{
    public static readonly string[] Totals =
        ["TonnesOffered", "TonnesNeeded", "TonnesDiverted", "TransportCostYuan", "DisposalCostYuan", "VirginCostYuan", "TotalCostYuan", "BaselineCostYuan", "SavingsYuan", "TransportCo2Kg"];

    private static readonly string[] AllocationColumns =
        ["Number", "Supplier", "Receiver", "Material", "NeedMaterial", "Tonnes", "Distance", "TransportPerTonne", "TransportCost", "Co2", "SupplierSaving", "ReceiverSaving", "Route"];

    public static byte[] Xlsx(MatchingRunView run, CultureInfo culture)
    {
        string T(string key) => Text.Get(key).In(culture);
        var book = new XlsxBuilder();
        var t = run.Totals;
        double[] values = [t.TonnesOffered, t.TonnesNeeded, t.TonnesDiverted, t.TransportCostYuan, t.DisposalCostYuan, t.VirginCostYuan, t.TotalCostYuan, t.BaselineCostYuan, t.SavingsYuan, t.TransportCo2Kg];
        var totals = book.Sheet(T("RunSheet.Totals"));
        totals.Row(XlsxStyle.Title, $"{run.ScopeName} · {run.RunAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        totals.Row(XlsxStyle.Header, T("RunColumn.Item"), T("RunColumn.Value"));
        foreach (var (key, value) in Totals.Zip(values)) totals.Row(XlsxStyle.Bordered, T("RunTotal." + key), Math.Round(value, 2));
        totals.Row(XlsxStyle.Bordered, T("ListingField.Rate"), run.RateYuanPerTonneKm).Row(XlsxStyle.Bordered, T("ListingField.Co2"), run.Co2KgPerTonneKm);
        totals.ColumnWidths(36, 18);

        var allocations = book.Sheet(T("RunSheet.Allocations"));
        allocations.Row(XlsxStyle.Header, [.. AllocationColumns.Select(k => (object?)T("RunColumn." + k))]);
        foreach (var a in run.Allocations)
            allocations.Row(XlsxStyle.Bordered, a.Number, a.SupplierName, a.ReceiverName, a.MaterialCode, a.NeedMaterialCode, a.Tonnes, Math.Round(a.DistanceKm, 1),
                a.TransportCostPerTonne, Math.Round(a.TransportCostYuan, 2), Math.Round(a.Co2Kg, 1), Math.Round(a.SupplierSavingYuan, 2), Math.Round(a.ReceiverSavingYuan, 2), a.RouteUse);
        allocations.ColumnWidths(6, 28, 28, 20, 20, 10, 10, 10, 12, 12, 14, 14, 24);

        var parties = book.Sheet(T("RunSheet.Parties"));
        parties.Row(XlsxStyle.Header, T("RunColumn.Enterprise"), T("RunColumn.Role"), T("RunColumn.Saving"));
        foreach (var p in run.Details.Parties) parties.Row(XlsxStyle.Bordered, p.EnterpriseName, Text.Label(p.Role, culture), Math.Round(p.SavingYuan, 2));
        parties.ColumnWidths(32, 10, 16);

        var remainders = book.Sheet(T("RunSheet.Remainders"));
        remainders.Row(XlsxStyle.Header, T("RunColumn.Remainder"), T("RunColumn.Enterprise"), T("RunColumn.Material"), T("RunColumn.Tonnes"), T("RunColumn.Cost"));
        foreach (var r in run.Details.Disposed) remainders.Row(XlsxStyle.Bordered, T("RunRemainder.Disposed"), r.EnterpriseName, r.MaterialCode, r.Tonnes, Math.Round(r.CostYuan, 2));
        foreach (var r in run.Details.VirginBought) remainders.Row(XlsxStyle.Bordered, T("RunRemainder.Virgin"), r.EnterpriseName, r.MaterialCode, r.Tonnes, Math.Round(r.CostYuan, 2));
        remainders.ColumnWidths(16, 32, 20, 12, 14);

        var exclusions = book.Sheet(T("RunSheet.Exclusions"));
        exclusions.Row(XlsxStyle.Header, T("RunColumn.Supplier"), T("RunColumn.Receiver"), T("RunColumn.Material"), T("RunColumn.Reasons"));
        foreach (var x in run.Details.Exclusions) exclusions.Row(XlsxStyle.Bordered, x.SupplierName, x.ReceiverName, x.MaterialCode, Reasons(x, culture));
        exclusions.ColumnWidths(32, 32, 20, 60);
        return book.Build();
    }

    /// <summary>"接收方没有…；质量指标不符合需求（水分）".</summary>
    public static string Reasons(ExclusionView x, CultureInfo culture) => string.Join(Bilingual.IsEnglish(culture) ? "; " : "；",
        Enum.GetValues<Engines.Symbiosis.PairExclusionReasons>().Where(r => r != 0 && x.Reasons.HasFlag(r)).Select(r =>
            Text.Label(r, culture) + (r == Engines.Symbiosis.PairExclusionReasons.QualityLimit && x.FailedAttributes.Count > 0 ? $" ({string.Join(", ", x.FailedAttributes)})" : "")));
}

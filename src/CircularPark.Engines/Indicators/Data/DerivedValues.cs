using CircularPark.Engines.Indicators.Carbon;
using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Indicators.Data;

/// <summary>
/// Fills the derived items a park did not report: W_FRESH = W_TAP + W_SELF; E_TOTAL = the carriers' tce;
/// CO2 = the carriers' t CO₂. A reported value is kept. A sum is formed when at least one part is present,
/// a missing part counting as zero (a park without self-supplied water leaves it blank).
/// </summary>
public static class DerivedValues
{
    /// <summary>A copy of <paramref name="values"/> with the derived items filled in.</summary>
    public static ItemValues Complete(ItemValues values, EnergyCarbonResult energy)
    {
        var result = values.Copy();
        var tap = values[TapWater];
        var self = values[SelfSuppliedWater];
        if (!values.Has(FreshWater) && (tap is not null || self is not null)) result.Set(FreshWater, (tap ?? 0) + (self ?? 0));
        if (energy.Carriers.Count == 0) return result;
        if (!values.Has(EnergyTotal)) result.Set(EnergyTotal, energy.TotalTce);
        if (!values.Has(Co2)) result.Set(Co2, energy.TotalCo2Tonnes);
        return result;
    }
}

using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Data;
using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Tests.Indicators;

/// <summary>
/// A hand-checked example park: 2023 against the 2021 baseline, in canonical units.
///
/// 2023 energy (built-in set, calorific basis, national grid 2023 0.5306 kg/kWh):
///   coal 100,000 t × 0.7143 = 71,430 tce;          CO₂ 100,000 t × 1.90 = 190,000 t
///   gas 1,000 万m³ = 10⁷ m³ × 1.2143 kgce = 12,143 tce; CO₂ 10⁷ m³ × 2.16 kg = 21,600 t
///   electricity 50,000 万kWh = 5·10⁸ kWh × 0.1229 kgce = 61,450 tce; CO₂ 5·10⁸ × 0.5306 kg = 265,300 t
///   total 145,023 tce; 476,900 t CO₂; of it clean (gas + electricity) 73,593 tce, renewable 14,502.3 tce
/// 2021 energy (grid 2021 0.5568):
///   coal 110,000 t → 78,573 tce, 209,000 t CO₂; gas 800 万m³ → 9,714.4 tce, 17,280 t;
///   electricity 45,000 万kWh = 4.5·10⁸ kWh → 55,305 tce, 250,560 t; total 143,592.4 tce, 476,840 t CO₂
/// </summary>
internal static class ExamplePark
{
    public static ParkYearValues Year2023() => new(2023, DataItemCatalogue.BuiltIn.NewValues()
        .Set(ValueAdded, 500_000).Set(GrossOutput, 1_800_000)
        .Set(Coal, 100_000).Set(NaturalGas, 1_000).Set(Electricity, 50_000)
        .Set(TapWater, 8_000_000).Set(SelfSuppliedWater, 2_000_000).Set(ReusedWater, 40_000_000)
        .Set(Land, 10).Set(MainMinerals, 2_000_000)
        .Set(SolidWasteGenerated, 400_000).Set(SolidWasteUtilisedFromStock, 20_000).Set(SolidWasteUtilised, 357_000)
        .Set(SolidWasteStored, 13_000).Set(SolidWasteDisposed, 30_000).Set(HazardousWaste, 5_000)
        .Set(Wastewater, 6_000_000).Set(Cod, 300).Set(AmmoniaNitrogen, 30)
        .Set(SulphurDioxide, 800).Set(NitrogenOxides, 1_200).Set(Particulates, 400)
        .Set(DomesticWasteRecoveryRate, 60).Set(CleanProductionAuditRate, 75)
        .Set(CleanEnergy, 73_593).Set(RenewableEnergy, 14_502.3).Set(WasteHeatRecovered, 8_000)
        .Set(ReclaimedWater, 1_500_000).Set(NonConventionalWater, 200_000));

    public static ParkYearValues Baseline2021() => new(2021, DataItemCatalogue.BuiltIn.NewValues()
        .Set(ValueAdded, 400_000)
        .Set(Coal, 110_000).Set(NaturalGas, 800).Set(Electricity, 45_000)
        .Set(TapWater, 9_000_000).Set(SelfSuppliedWater, 3_000_000)
        .Set(SolidWasteDisposed, 50_000).Set(Wastewater, 7_000_000).Set(Cod, 400).Set(AmmoniaNitrogen, 40)
        .Set(SulphurDioxide, 1_000).Set(NitrogenOxides, 1_500).Set(Particulates, 500));

    public static ParkYearResult Compute() => IndicatorEngine.BuiltIn.Compute(Year2023(), IndicatorEngine.BuiltIn.Baseline(Baseline2021()));
}

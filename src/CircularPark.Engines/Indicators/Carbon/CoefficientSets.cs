using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Indicators.Carbon;

/// <summary>
/// The built-in coefficient set, seeded from domain.md §10. Choices made where the sources give a range or no
/// figure (see docs/adr/0031): natural gas 1.2143 kgce/m³ (the low end of GB/T 2589's 1.2143–1.3300 range given
/// in domain.md); oil products as diesel, 1.4571 kgce/kg and 3.10 kg CO₂/kg (42.652 GJ/t × 20.2 tC/TJ × 0.98
/// oxidation × 44/12); low-pressure steam 0.1286 kgce/kg (3,763 MJ/t); heat and steam CO₂ 0.11 t/GJ, steam at
/// 3.763 GJ/t = 0.4139 kg/kg; "other energy" (already in tce) has no CO₂ factor and is left out of CO₂ with a
/// note. No generation-basis figures are seeded: a set that uses that basis must carry them.
/// </summary>
public static class CoefficientSets
{
    /// <summary>National default, figures of domain.md §10, grid factors 2021–2023.</summary>
    public static CoefficientSet ChinaDefault { get; } = new(
        "CN-DEFAULT-2023",
        "全国默认折标准煤与二氧化碳排放系数（2023）",
        "GB/T 2589 综合能耗计算通则（折标准煤系数）；生态环境部、国家统计局 全国电网平均排放因子 2021–2023；燃料排放因子按 低位发热量×单位热值含碳量×碳氧化率×44/12",
        2023,
        CoefficientSet.NationalRegion)
    {
        ElectricityBasis = ElectricityBasis.Calorific,
        Carriers =
        [
            new(Coal, new(0.7143, "kgce/kg"), new(1.90, "kg/kg")),
            new(NaturalGas, new(1.2143, "kgce/m³"), new(2.16, "kg/m³")),
            new(OilProducts, new(1.4571, "kgce/kg"), new(3.10, "kg/kg")),
            new(Electricity, new(0.1229, "kgce/kWh"), null),
            new(Heat, new(0.03412, "kgce/MJ"), new(0.11, "t/GJ")),
            new(Steam, new(0.1286, "kgce/kg"), new(0.4139, "kg/kg")),
            new(OtherEnergy, new(1, "tce/tce"), null),
        ],
        GridFactors =
        [
            new(2021, CoefficientSet.NationalRegion, 0.5568, "生态环境部 全国电网平均排放因子 2021"),
            new(2022, CoefficientSet.NationalRegion, 0.5366, "生态环境部、国家统计局 全国电力平均二氧化碳排放因子 2022"),
            new(2023, CoefficientSet.NationalRegion, 0.5306, "生态环境部、国家统计局 全国电力平均二氧化碳排放因子 2023"),
        ],
    };
}

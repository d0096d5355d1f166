using static CircularPark.Engines.Indicators.Library.Direction;
using static CircularPark.Engines.Indicators.Library.IndicatorGroup;

namespace CircularPark.Engines.Indicators.Library;

/// <summary>
/// The 35 built-in indicators: the park-level circular-economy indicators of domain.md §9 (2007 national
/// evaluation system), the expected results of the national 14th-FYP notice (§7) and its energy and water tasks
/// (clean and renewable energy shares, waste heat, reclaimed and non-conventional water). Energy saved, water saved
/// and CO₂ cut are measured on intensity (the baseline year's use per 万元 of value added, minus this year's,
/// times this year's value added, as 节能量 is usually reckoned); cuts of waste and pollutants are the
/// baseline year's quantity minus this year's.
/// </summary>
public static class BuiltInIndicators
{
    private const string Evaluation2007 = "循环经济评价指标体系（2007，园区层面）";
    private const string Notice1004 = "发改办环资〔2021〕1004号 预期成效";
    private const string Carbon = "碳排放强度：能源消费折标（GB/T 2589）与排放因子（生态环境部、国家统计局）";
    private const string Tasks1004 = "发改办环资〔2021〕1004号 三(三) 推动节能降碳、三(四) 推进资源高效利用";

    /// <summary>All built-in indicators, in table order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Define("RP_MINERAL", "主要矿产资源产出率", "Main mineral resource productivity", Output, "万元/t", HigherIsBetter, "VA / MINERAL", Evaluation2007),
        Define("EP_ENERGY", "能源产出率", "Energy productivity", Output, "万元/tce", HigherIsBetter, "VA / E_TOTAL", Evaluation2007),
        Define("LP_LAND", "土地产出率", "Land productivity", Output, "亿元/km²", HigherIsBetter, "VA / LAND", Evaluation2007),
        Define("WP_WATER", "水资源产出率", "Water productivity", Output, "元/m³", HigherIsBetter, "VA / W_FRESH", Evaluation2007),
        Define("EI_ENERGY", "单位生产总值能耗", "Energy per unit of output", Consumption, "tce/万元", LowerIsBetter, "E_TOTAL / VA", Evaluation2007),
        Define("WI_WATER", "单位生产总值取水量", "Water per unit of output", Consumption, "m³/万元", LowerIsBetter, "W_FRESH / VA", Evaluation2007),
        Define("SWUR", "工业固体废物综合利用率", "Industrial solid-waste utilisation rate", Utilisation, "%", HigherIsBetter,
            "SW_UTIL / (SW_GEN + SW_UTIL_STOCK) × 100%", Evaluation2007),
        Define("WRR", "工业用水重复利用率", "Industrial water reuse rate", Utilisation, "%", HigherIsBetter,
            "W_REUSED / (W_REUSED + W_FRESH) × 100%", Evaluation2007),
        Define("DWRR", "生活垃圾资源化利用率", "Domestic-waste recovery rate", Utilisation, "%", HigherIsBetter, "DW_RECOVERY_RATE",
            "鲁经信循〔2018〕336号"),
        Define("CE_SHARE", "清洁能源消费占比", "Clean-energy share of energy consumption", Utilisation, "%", HigherIsBetter,
            "E_CLEAN / E_TOTAL × 100%", Tasks1004),
        Define("RE_SHARE", "可再生能源消费占比", "Renewable share of energy consumption", Utilisation, "%", HigherIsBetter,
            "E_RENEW / E_TOTAL × 100%", Tasks1004),
        Define("WHR", "余热余压利用量", "Waste heat and pressure used", Utilisation, "tce", HigherIsBetter, "E_WASTE_HEAT", Tasks1004),
        Define("RWR", "中水回用量", "Reclaimed water reused", Utilisation, "m³", HigherIsBetter, "W_RECLAIMED", Tasks1004),
        Define("NCW", "海水淡化等非常规水利用量", "Non-conventional water used", Utilisation, "m³", HigherIsBetter, "W_NONCONV", Tasks1004),
        Define("CPAR", "清洁生产审核覆盖率", "Clean-production audit coverage", Management, "%", HigherIsBetter, "CP_AUDIT_RATE",
            "韶工信函〔2022〕125号"),
        Discharge("D_SW_DISPOSED", "工业固体废物处置量", "Industrial solid waste disposed", "SW_DISPOSED"),
        Discharge("D_HW", "危险废物产生量", "Hazardous waste generated", "HW"),
        Discharge("D_WW", "工业废水排放量", "Industrial wastewater discharged", "WW"),
        Discharge("D_COD", "化学需氧量排放量", "COD discharged", "COD"),
        Discharge("D_NH3N", "氨氮排放量", "Ammonia nitrogen discharged", "NH3N"),
        Discharge("D_SO2", "二氧化硫排放量", "SO₂ emitted", "SO2"),
        Discharge("D_NOX", "氮氧化物排放量", "NOx emitted", "NOX"),
        Discharge("D_PM", "颗粒物排放量", "Particulates emitted", "PM"),
        Define("CO2_EMISSION", "二氧化碳排放量", "CO₂ emitted", IndicatorGroup.Carbon, "t", LowerIsBetter, "CO2", Carbon),
        Define("CI_CARBON", "单位工业增加值二氧化碳排放", "CO₂ per unit of value added", IndicatorGroup.Carbon, "t/万元", LowerIsBetter,
            "CO2 / VA", Carbon),
        Result("ES_ENERGY", "节能量", "Energy saved", "tce", "(BASE(E_TOTAL / VA) − E_TOTAL / VA) × VA"),
        Result("WS_WATER", "节水量", "Water saved", "m³", "(BASE(W_FRESH / VA) − W_FRESH / VA) × VA"),
        Result("CC_CO2", "二氧化碳减排量", "CO₂ cut", "t", "(BASE(CO2 / VA) − CO2 / VA) × VA"),
        Cut("SC_SW", "固体废物减量", "Solid waste disposed, cut", "SW_DISPOSED"),
        Cut("WC_WW", "废水减排量", "Wastewater cut", "WW"),
        Cut("C_COD", "化学需氧量减排量", "COD cut", "COD"),
        Cut("C_NH3N", "氨氮减排量", "Ammonia nitrogen cut", "NH3N"),
        Cut("C_SO2", "二氧化硫减排量", "SO₂ cut", "SO2"),
        Cut("C_NOX", "氮氧化物减排量", "NOx cut", "NOX"),
        Cut("C_PM", "颗粒物减排量", "Particulates cut", "PM"),
    ];

    private static IndicatorDefinition Define(string code, string zh, string en, IndicatorGroup group, string unit, Direction direction,
        string formula, string source) => new(code, zh, en, group, unit, direction, formula, source) { IsBuiltIn = true };

    private static IndicatorDefinition Discharge(string code, string zh, string en, string item) =>
        Define(code, zh, en, IndicatorGroup.Discharge, "t", LowerIsBetter, item, Evaluation2007);

    private static IndicatorDefinition Result(string code, string zh, string en, string unit, string formula) =>
        Define(code, zh, en, ExpectedResults, unit, HigherIsBetter, formula, Notice1004);

    private static IndicatorDefinition Cut(string code, string zh, string en, string item) =>
        Result(code, zh, en, "t", $"BASE({item}) − {item}");
}

using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Indicators.Data;

/// <summary>
/// The built-in statistics of issue 3 item 1, with canonical units as Chinese statistical reports write them
/// (万元, t, 万m³, 万kWh, GJ, m³, km²). Value added and gross output are at constant prices and need a price
/// base year on entry. Energy carriers are parts of <c>E_TOTAL</c> (compared in tce); tap and self-supplied
/// water are parts of <c>W_FRESH</c>. <c>E_TOTAL</c>, <c>W_FRESH</c> and <c>CO2</c> are derived when not reported.
/// </summary>
public static class BuiltInDataItems
{
    /// <summary>
    /// The park economics a city tracks (seed 001): investment, projects signed, in the pipeline and producing, standard
    /// factories, idle land. Official figures: a part above its total only warns (the source's own parts exceed its total).
    /// </summary>
    private static IReadOnlyList<DataItem> EconomicItems { get; } =
    [
        Economy(FixedAssetInvestment, "固定资产投资", "Fixed-asset investment", "万元"),
        Economy(IndustrialInvestment, "其中：工业投资", "of which industrial investment", "万元", FixedAssetInvestment),
        Economy(InfrastructureInvestment, "其中：基础设施配套投资", "of which supporting infrastructure investment", "万元", FixedAssetInvestment),
        Economy(SignedProjects, "新签约项目数", "Projects newly signed", "个"),
        Economy(SignedValue, "新签约项目合同投资额", "Contract value of the projects signed", "万元"),
        Economy(SignedLargeProjects, "其中：亿元以上项目数", "of which projects of 100 million yuan or more", "个", SignedProjects),
        Economy(SignedLargeValue, "其中：亿元以上项目合同投资额", "Contract value of the projects of 100 million yuan or more", "万元", SignedValue),
        Economy(SignedHugeProjects, "其中：100亿元以上项目数", "of which projects of 10 billion yuan or more", "个", SignedLargeProjects),
        Economy(PipelineProjects, "累计入库项目数", "Projects in the pipeline (cumulative)", "个"),
        Economy(PipelineValue, "入库项目备案金额", "Registered value of the projects in the pipeline", "万元"),
        Economy(PipelineIndustrialProjects, "其中：工业项目数", "of which industrial projects", "个", PipelineProjects),
        Economy(PipelineIndustrialValue, "其中：工业项目备案金额", "Registered value of the industrial projects", "万元", PipelineValue),
        Economy(NewProductionProjects, "新增投产项目数", "Projects newly in production", "个"),
        Economy(NewProductionEnterprises, "其中：新投产企业数", "of which enterprises newly in production", "个", NewProductionProjects),
        Economy(FactoryProjects, "在建标准厂房项目数", "Standard-factory projects under construction", "个"),
        Economy(FactoryAreaBuilt, "全年建成标准厂房面积", "Standard-factory floor area completed in the year", "m²"),
        Economy(IdleLandDisposed, "处置低效用地面积", "Low-efficiency land disposed of", "亩"),
    ];

    /// <summary>All built-in items, in form order.</summary>
    public static IReadOnlyList<DataItem> All { get; } =
    [
        Money(ValueAdded, "工业增加值（可比价）", "Industrial value added (constant prices)") with { Group = DataItemGroup.Economy },
        Money(GrossOutput, "工业总产值（可比价）", "Industrial gross output (constant prices)") with { Group = DataItemGroup.Economy },
        Carrier(Coal, "原煤", "Raw coal", "t"),
        Carrier(NaturalGas, "天然气", "Natural gas", "万m³"),
        Carrier(OilProducts, "油品", "Oil products", "t"),
        Carrier(Electricity, "电力", "Electricity", "万kWh"),
        Carrier(Heat, "热力", "Heat", "GJ"),
        Carrier(Steam, "蒸汽", "Steam", "t"),
        Carrier(OtherEnergy, "其他能源", "Other energy", "tce"),
        Quantity(EnergyTotal, "综合能源消费量", "Comprehensive energy consumption", "tce") with { IsDerived = true },
        Quantity(TapWater, "自来水取水量", "Tap water drawn", "m³") with { TotalCode = FreshWater },
        Quantity(SelfSuppliedWater, "自备水取水量", "Self-supplied water drawn", "m³") with { TotalCode = FreshWater },
        Quantity(FreshWater, "工业新鲜水取用量", "Industrial fresh water drawn", "m³") with { IsDerived = true },
        Quantity(ReusedWater, "工业重复用水量", "Industrial water reused", "m³"),
        // The national notice's energy and water tasks (发改办环资〔2021〕1004号 三(三)(四)): shares of the total, not parts added to it.
        Quantity(CleanEnergy, "清洁能源消费量", "Clean energy consumed", "tce"),
        Quantity(RenewableEnergy, "可再生能源消费量", "Renewable energy consumed", "tce"),
        Quantity(WasteHeatRecovered, "余热余压回收利用量", "Waste heat and pressure recovered", "tce"),
        Quantity(ReclaimedWater, "中水回用量", "Reclaimed water reused", "m³"),
        Quantity(NonConventionalWater, "海水淡化等非常规水利用量", "Desalinated and other non-conventional water used", "m³"),
        Quantity(Land, "工业用地面积", "Industrial land area", "km²"),
        Quantity(SolidWasteGenerated, "一般工业固体废物产生量", "Industrial solid waste generated", "t"),
        Quantity(SolidWasteUtilised, "一般工业固体废物综合利用量", "Industrial solid waste utilised", "t"),
        Quantity(SolidWasteUtilisedFromStock, "综合利用往年贮存量", "Solid waste utilised from earlier storage", "t") with { TotalCode = SolidWasteUtilised },
        Quantity(SolidWasteStored, "一般工业固体废物贮存量", "Industrial solid waste stored", "t"),
        Quantity(SolidWasteDisposed, "一般工业固体废物处置量", "Industrial solid waste disposed", "t"),
        Quantity(HazardousWaste, "危险废物产生量", "Hazardous waste generated", "t"),
        Quantity(Wastewater, "工业废水排放量", "Industrial wastewater discharged", "t") with { TonnesPerCubicMetre = 1.0 },
        Quantity(Cod, "化学需氧量排放量", "COD discharged", "t"),
        Quantity(AmmoniaNitrogen, "氨氮排放量", "Ammonia nitrogen (NH₃-N) discharged", "t"),
        Quantity(SulphurDioxide, "二氧化硫排放量", "SO₂ emitted", "t"),
        Quantity(NitrogenOxides, "氮氧化物排放量", "NOx emitted", "t"),
        Quantity(Particulates, "颗粒物排放量", "Particulates emitted", "t"),
        Quantity(MainMinerals, "主要矿产资源消费量", "Main mineral resources consumed", "t"),
        Quantity(Co2, "二氧化碳排放量（能源活动）", "CO₂ emitted by energy use", "t") with { IsDerived = true },
        Rate(CleanProductionAuditRate, "清洁生产审核覆盖率", "Clean-production audit coverage"),
        Rate(DomesticWasteRecoveryRate, "生活垃圾资源化利用率", "Domestic-waste recovery rate"),
        .. EconomicItems,
    ];

    private static DataItem Economy(string code, string zh, string en, string unit, string? total = null) =>
        new(code, zh, en, unit, unit.EndsWith('元') ? DataItemKind.Money : DataItemKind.Quantity) { IsBuiltIn = true, Group = DataItemGroup.Economy, TotalCode = total };

    private static DataItem Quantity(string code, string zh, string en, string unit) =>
        new(code, zh, en, unit, DataItemKind.Quantity) { IsBuiltIn = true };

    private static DataItem Carrier(string code, string zh, string en, string unit) =>
        Quantity(code, zh, en, unit) with { IsEnergyCarrier = true, TotalCode = EnergyTotal };

    private static DataItem Money(string code, string zh, string en) =>
        new(code, zh, en, "万元", DataItemKind.Money) { IsBuiltIn = true, RequiresPriceBaseYear = true };

    private static DataItem Rate(string code, string zh, string en) =>
        new(code, zh, en, "%", DataItemKind.Rate) { IsBuiltIn = true };
}

namespace CircularPark.Engines.Indicators.Data;

/// <summary>Codes of the built-in data items, as written in formulas (see <see cref="BuiltInDataItems"/>).</summary>
public static class DataItemCodes
{
    /// <summary>industrial value added, 万元 at constant prices.</summary>
    public const string ValueAdded = "VA";

    /// <summary>industrial gross output, 万元 at constant prices.</summary>
    public const string GrossOutput = "GO";

    /// <summary>raw coal consumed, t.</summary>
    public const string Coal = "E_COAL";

    /// <summary>natural gas consumed, 万m³.</summary>
    public const string NaturalGas = "E_GAS";

    /// <summary>oil products consumed, t.</summary>
    public const string OilProducts = "E_OIL";

    /// <summary>electricity consumed, 万kWh.</summary>
    public const string Electricity = "E_ELEC";

    /// <summary>heat bought, GJ.</summary>
    public const string Heat = "E_HEAT";

    /// <summary>steam bought, t.</summary>
    public const string Steam = "E_STEAM";

    /// <summary>other energy, already in tce.</summary>
    public const string OtherEnergy = "E_OTHER";

    /// <summary>comprehensive energy consumption, tce (derived from the carriers when not reported).</summary>
    public const string EnergyTotal = "E_TOTAL";

    /// <summary>tap water drawn, m³.</summary>
    public const string TapWater = "W_TAP";

    /// <summary>self-supplied water drawn, m³.</summary>
    public const string SelfSuppliedWater = "W_SELF";

    /// <summary>fresh water, m³ (tap + self-supplied when not reported).</summary>
    public const string FreshWater = "W_FRESH";

    /// <summary>water reused, m³.</summary>
    public const string ReusedWater = "W_REUSED";

    /// <summary>clean energy consumed (natural gas, electricity, renewables and other clean sources), tce: a share of <see cref="EnergyTotal"/>, not added to it.</summary>
    public const string CleanEnergy = "E_CLEAN";

    /// <summary>renewable energy consumed (solar, wind, biomass, geothermal…), tce: a share of <see cref="EnergyTotal"/>, not added to it.</summary>
    public const string RenewableEnergy = "E_RENEW";

    /// <summary>waste heat and pressure recovered and used (余热余压), tce.</summary>
    public const string WasteHeatRecovered = "E_WASTE_HEAT";

    /// <summary>reclaimed water (中水) reused, m³.</summary>
    public const string ReclaimedWater = "W_RECLAIMED";

    /// <summary>non-conventional water used (desalinated seawater, brackish water, rainwater), m³.</summary>
    public const string NonConventionalWater = "W_NONCONV";

    /// <summary>industrial land area, km².</summary>
    public const string Land = "LAND";

    /// <summary>industrial solid waste generated, t.</summary>
    public const string SolidWasteGenerated = "SW_GEN";

    /// <summary>industrial solid waste utilised (including from earlier storage), t.</summary>
    public const string SolidWasteUtilised = "SW_UTIL";

    /// <summary>solid waste utilised out of earlier years' storage, t.</summary>
    public const string SolidWasteUtilisedFromStock = "SW_UTIL_STOCK";

    /// <summary>solid waste stored, t.</summary>
    public const string SolidWasteStored = "SW_STORED";

    /// <summary>solid waste disposed, t.</summary>
    public const string SolidWasteDisposed = "SW_DISPOSED";

    /// <summary>hazardous waste generated, t.</summary>
    public const string HazardousWaste = "HW";

    /// <summary>wastewater discharged, t.</summary>
    public const string Wastewater = "WW";

    /// <summary>COD discharged, t.</summary>
    public const string Cod = "COD";

    /// <summary>ammonia nitrogen (NH₃-N) discharged, t.</summary>
    public const string AmmoniaNitrogen = "NH3N";

    /// <summary>SO₂ emitted, t.</summary>
    public const string SulphurDioxide = "SO2";

    /// <summary>NOx emitted, t.</summary>
    public const string NitrogenOxides = "NOX";

    /// <summary>particulates emitted, t.</summary>
    public const string Particulates = "PM";

    /// <summary>main mineral resources consumed, t.</summary>
    public const string MainMinerals = "MINERAL";

    /// <summary>CO₂ emitted from energy use, t (derived from the carriers when not reported).</summary>
    public const string Co2 = "CO2";

    /// <summary>share of enterprises with a clean-production audit, %.</summary>
    public const string CleanProductionAuditRate = "CP_AUDIT_RATE";

    /// <summary>domestic-waste recovery rate, %.</summary>
    public const string DomesticWasteRecoveryRate = "DW_RECOVERY_RATE";

    /// <summary>fixed-asset investment completed (固定资产投资), 万元.</summary>
    public const string FixedAssetInvestment = "FAI";

    /// <summary>of which industrial investment (工业投资), 万元.</summary>
    public const string IndustrialInvestment = "FAI_IND";

    /// <summary>of which supporting infrastructure investment (基础设施配套投资), 万元.</summary>
    public const string InfrastructureInvestment = "FAI_INFRA";

    /// <summary>projects newly signed (新签约项目), 个.</summary>
    public const string SignedProjects = "PRJ_SIGNED";

    /// <summary>contract value of the projects newly signed (合同投资额), 万元.</summary>
    public const string SignedValue = "PRJ_SIGNED_VALUE";

    /// <summary>of which projects of 1 亿元 or more (亿元以上项目), 个.</summary>
    public const string SignedLargeProjects = "PRJ_SIGNED_LARGE";

    /// <summary>contract value of the projects of 1 亿元 or more, 万元.</summary>
    public const string SignedLargeValue = "PRJ_SIGNED_LARGE_VALUE";

    /// <summary>of which projects of 100 亿元 or more (100亿元以上项目), 个.</summary>
    public const string SignedHugeProjects = "PRJ_SIGNED_HUGE";

    /// <summary>projects in the pipeline, cumulative (累计入库项目), 个.</summary>
    public const string PipelineProjects = "PRJ_PIPELINE";

    /// <summary>registered value of the projects in the pipeline (备案金额), 万元.</summary>
    public const string PipelineValue = "PRJ_PIPELINE_VALUE";

    /// <summary>of which industrial projects (工业项目), 个.</summary>
    public const string PipelineIndustrialProjects = "PRJ_PIPELINE_IND";

    /// <summary>registered value of the industrial projects in the pipeline, 万元.</summary>
    public const string PipelineIndustrialValue = "PRJ_PIPELINE_IND_VALUE";

    /// <summary>projects newly in production (新增投产项目), 个.</summary>
    public const string NewProductionProjects = "PRJ_PRODUCING";

    /// <summary>of which enterprises newly in production (新投产企业), 个.</summary>
    public const string NewProductionEnterprises = "ENT_PRODUCING";

    /// <summary>standard-factory projects under construction (在建标准厂房项目), 个.</summary>
    public const string FactoryProjects = "FACTORY_PROJECTS";

    /// <summary>standard-factory floor area completed in the year (建成标准厂房面积), m².</summary>
    public const string FactoryAreaBuilt = "FACTORY_AREA";

    /// <summary>low-efficiency land disposed of (处置低效用地), 亩.</summary>
    public const string IdleLandDisposed = "LAND_IDLE_DISPOSED";
}

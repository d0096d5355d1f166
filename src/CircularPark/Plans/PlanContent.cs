using CircularPark.Inputs;

namespace CircularPark.Plans;

/// <summary>
/// The editable content of a plan version, as the API and the pages exchange it. Money in 万元, savings in tce, m³
/// and t per year; targets in the indicator's unit.
/// </summary>
public sealed record PlanContent(
    int BaselineYear, int PeriodStartYear, int PeriodEndYear,
    string BasicSituation, string MaterialFlowAnalysis, string BenefitEconomic, string BenefitEnvironmental, string BenefitSocial, string Safeguards,
    IReadOnlyList<TaskContent> Tasks, IReadOnlyList<ProjectContent> Projects, IReadOnlyList<TargetContent> Targets, IReadOnlyList<PollutantContent> Pollutants)
{
    public static PlanContent From(PlanVersion v) => new(
        v.BaselineYear, v.PeriodStartYear, v.PeriodEndYear, v.BasicSituation, v.MaterialFlowAnalysis, v.BenefitEconomic, v.BenefitEnvironmental,
        v.BenefitSocial, v.Safeguards,
        v.Tasks.OrderBy(t => t.TaskCode, StringComparer.Ordinal).Select(t => new TaskContent(t.TaskCode, t.Text)).ToList(),
        v.Projects.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ProjectContent(p.Key, p.Name, p.Class, p.OwnerEnterprise, p.ContentAndScale,
            p.TotalInvestment, p.SubsidyRequested, p.SelfFunded, p.OtherFunding, p.StartYear, p.EndYear, p.DesignCapacityYear,
            p.YearlyInvestment.OrderBy(y => y.Year).Select(y => new YearValue(y.Year, y.Value)).ToList(),
            p.EnergySavedTce, p.WaterSavedM3, p.Co2CutT, p.SolidWasteCutT, p.WastewaterCutT, p.AirPollutantsCutT)).ToList(),
        v.Targets.OrderBy(t => t.IndicatorCode, StringComparer.Ordinal).Select(t => new TargetContent(t.IndicatorCode, t.BaselineValue,
            t.Yearly.OrderBy(y => y.Year).Select(y => new YearValue(y.Year, y.Value)).ToList())).ToList(),
        v.Pollutants.OrderBy(p => p.Id).Select(p => new PollutantContent(p.Pollutant, p.DischargeT, p.Treatment)).ToList());

    /// <summary>Writes this content into <paramref name="v"/>, replacing its chapters and tables.</summary>
    public void ApplyTo(PlanVersion v)
    {
        (v.BaselineYear, v.PeriodStartYear, v.PeriodEndYear) = (BaselineYear, PeriodStartYear, PeriodEndYear);
        (v.BasicSituation, v.MaterialFlowAnalysis, v.BenefitEconomic, v.BenefitEnvironmental, v.BenefitSocial, v.Safeguards) =
            (BasicSituation ?? "", MaterialFlowAnalysis ?? "", BenefitEconomic ?? "", BenefitEnvironmental ?? "", BenefitSocial ?? "", Safeguards ?? "");
        v.Tasks = Tasks.Select(t => new PlanTask { TaskCode = t.Code, Text = t.Text ?? "" }).ToList();
        v.Projects = Projects.Select(p => new KeyProject
        {
            Key = p.Key, Name = p.Name, Class = p.Class, OwnerEnterprise = p.OwnerEnterprise ?? "", ContentAndScale = p.ContentAndScale ?? "",
            TotalInvestment = p.TotalInvestment, SubsidyRequested = p.SubsidyRequested, SelfFunded = p.SelfFunded, OtherFunding = p.OtherFunding,
            StartYear = p.StartYear, EndYear = p.EndYear, DesignCapacityYear = p.DesignCapacityYear,
            YearlyInvestment = (p.YearlyInvestment ?? []).Select(y => new YearAmount { Year = y.Year, Value = y.Value }).ToList(),
            EnergySavedTce = p.EnergySavedTce, WaterSavedM3 = p.WaterSavedM3, Co2CutT = p.Co2CutT, SolidWasteCutT = p.SolidWasteCutT,
            WastewaterCutT = p.WastewaterCutT, AirPollutantsCutT = p.AirPollutantsCutT,
        }).ToList();
        v.Targets = Targets.Select(t => new IndicatorTarget
        {
            IndicatorCode = t.IndicatorCode, BaselineValue = t.BaselineValue,
            Yearly = (t.Yearly ?? []).Select(y => new YearAmount { Year = y.Year, Value = y.Value }).ToList(),
        }).ToList();
        v.Pollutants = Pollutants.Select(p => new PollutantLine { Pollutant = p.Pollutant, DischargeT = p.DischargeT, Treatment = p.Treatment ?? "" }).ToList();
    }
}

public sealed record TaskContent([SingleLine(20)] string Code, string Text);

public sealed record ProjectContent([SingleLine(20)] string Key, [SingleLine(300)] string Name, ProjectClass Class, [SingleLine(300)] string? OwnerEnterprise,
    [MultiLine(4000)] string? ContentAndScale,
    double TotalInvestment, double SubsidyRequested, double SelfFunded, double OtherFunding, int StartYear, int EndYear, int? DesignCapacityYear,
    IReadOnlyList<YearValue>? YearlyInvestment, double? EnergySavedTce, double? WaterSavedM3, double? Co2CutT, double? SolidWasteCutT,
    double? WastewaterCutT, double? AirPollutantsCutT);

public sealed record TargetContent([SingleLine(32)] string IndicatorCode, double? BaselineValue, IReadOnlyList<YearValue>? Yearly);

public sealed record PollutantContent([SingleLine(100)] string Pollutant, double? DischargeT, [MultiLine(2000)] string? Treatment);

public sealed record YearValue(int Year, double Value);

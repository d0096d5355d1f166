using CircularPark.Plans;

namespace CircularPark.Web.Pages.Plans;

/// <summary>
/// The plan editor's form: the content of a version with a few blank rows for new projects, targets and pollutants
/// (rows left blank are dropped). Yearly investment is a table: one column per year (万元).
/// </summary>
public sealed class PlanForm
{
    public int BaselineYear { get; set; }
    public int PeriodStartYear { get; set; }
    public int PeriodEndYear { get; set; }
    public long Version { get; set; }
    public string? BasicSituation { get; set; }
    public string? MaterialFlowAnalysis { get; set; }
    public string? BenefitEconomic { get; set; }
    public string? BenefitEnvironmental { get; set; }
    public string? BenefitSocial { get; set; }
    public string? Safeguards { get; set; }
    public List<TaskRow> Tasks { get; set; } = [];
    public List<ProjectRow> Projects { get; set; } = [];
    public List<TargetRow> Targets { get; set; } = [];
    public List<PollutantRow> Pollutants { get; set; } = [];

    public sealed class ProjectRow
    {
        public string? Key { get; set; }
        public string? Name { get; set; }
        public ProjectClass Class { get; set; } = ProjectClass.ChainFilling;
        public string? OwnerEnterprise { get; set; }
        public string? ContentAndScale { get; set; }
        public double? TotalInvestment { get; set; }
        public double? SubsidyRequested { get; set; }
        public double? SelfFunded { get; set; }
        public double? OtherFunding { get; set; }
        public int? StartYear { get; set; }
        public int? EndYear { get; set; }
        public int? DesignCapacityYear { get; set; }
        /// <summary>The investment planned for each year of <see cref="PlanForm.InvestmentYears"/> (万元), in the same order.</summary>
        public List<double?> Investments { get; set; } = [];

        /// <summary>While reading a stored plan: the year of each of <see cref="Investments"/>, before they are aligned to the table.</summary>
        internal List<int> InvestmentYearsOfRow { get; set; } = [];
        public double? EnergySavedTce { get; set; }
        public double? WaterSavedM3 { get; set; }
        public double? Co2CutT { get; set; }
        public double? SolidWasteCutT { get; set; }
        public double? WastewaterCutT { get; set; }
        public double? AirPollutantsCutT { get; set; }
    }

    public sealed class TaskRow
    {
        public string Code { get; set; } = "";
        public string? Text { get; set; }
    }

    public sealed class TargetRow
    {
        public string? IndicatorCode { get; set; }
        public double? BaselineValue { get; set; }
        public List<double?> Values { get; set; } = [];
    }

    public sealed class PollutantRow
    {
        public string? Pollutant { get; set; }
        public double? DischargeT { get; set; }
        public string? Treatment { get; set; }
    }

    public IEnumerable<int> PeriodYears => Enumerable.Range(PeriodStartYear, Math.Clamp(PeriodEndYear - PeriodStartYear + 1, 0, 10));

    /// <summary>
    /// The columns of the yearly-investment table: the plan's years, and any other year a project already plans money for
    /// (so nothing stored is dropped when the period changes). Posted back with the form.
    /// </summary>
    public List<int> InvestmentYears { get; set; } = [];

    public static PlanForm From(PlanContent c, long version)
    {
        var form = new PlanForm
        {
            BaselineYear = c.BaselineYear, PeriodStartYear = c.PeriodStartYear, PeriodEndYear = c.PeriodEndYear, Version = version,
            BasicSituation = c.BasicSituation, MaterialFlowAnalysis = c.MaterialFlowAnalysis, BenefitEconomic = c.BenefitEconomic,
            BenefitEnvironmental = c.BenefitEnvironmental, BenefitSocial = c.BenefitSocial, Safeguards = c.Safeguards,
            Tasks = c.Tasks.Select(t => new TaskRow { Code = t.Code, Text = t.Text }).ToList(),
            Projects = c.Projects.Select(p => new ProjectRow
            {
                Key = p.Key, Name = p.Name, Class = p.Class, OwnerEnterprise = p.OwnerEnterprise, ContentAndScale = p.ContentAndScale,
                TotalInvestment = p.TotalInvestment, SubsidyRequested = p.SubsidyRequested, SelfFunded = p.SelfFunded, OtherFunding = p.OtherFunding,
                StartYear = p.StartYear, EndYear = p.EndYear, DesignCapacityYear = p.DesignCapacityYear,
                Investments = [.. (p.YearlyInvestment ?? []).Select(y => (double?)y.Value)],
                InvestmentYearsOfRow = [.. (p.YearlyInvestment ?? []).Select(y => y.Year)],
                EnergySavedTce = p.EnergySavedTce, WaterSavedM3 = p.WaterSavedM3, Co2CutT = p.Co2CutT, SolidWasteCutT = p.SolidWasteCutT,
                WastewaterCutT = p.WastewaterCutT, AirPollutantsCutT = p.AirPollutantsCutT,
            }).ToList(),
            Pollutants = c.Pollutants.Select(p => new PollutantRow { Pollutant = p.Pollutant, DischargeT = p.DischargeT, Treatment = p.Treatment }).ToList(),
        };
        form.Targets = c.Targets.Select(t => new TargetRow
        {
            IndicatorCode = t.IndicatorCode, BaselineValue = t.BaselineValue,
            Values = form.PeriodYears.Select(y => t.Yearly?.FirstOrDefault(v => v.Year == y)?.Value).ToList(),
        }).ToList();
        return form.WithBlankRows();
    }

    public PlanForm WithBlankRows()
    {
        if (Projects.Any(p => p.InvestmentYearsOfRow.Count > 0) || InvestmentYears.Count == 0)
        {
            var years = PeriodYears.Union(Projects.SelectMany(p => p.InvestmentYearsOfRow)).Order().ToList();
            foreach (var p in Projects.Where(p => p.InvestmentYearsOfRow.Count > 0))
            {
                var byYear = p.InvestmentYearsOfRow.Zip(p.Investments).ToDictionary(x => x.First, x => x.Second);
                (p.Investments, p.InvestmentYearsOfRow) = ([.. years.Select(y => byYear.GetValueOrDefault(y))], []);
            }
            InvestmentYears = years;
        }
        while (Projects.Count(p => string.IsNullOrWhiteSpace(p.Name)) < 2) Projects.Add(new ProjectRow { Key = $"P{Projects.Count + 1:00}" });
        while (Targets.Count(t => string.IsNullOrWhiteSpace(t.IndicatorCode)) < 3) Targets.Add(new TargetRow());
        while (Pollutants.Count(p => string.IsNullOrWhiteSpace(p.Pollutant)) < 2) Pollutants.Add(new PollutantRow());
        foreach (var t in Targets) while (t.Values.Count < PeriodYears.Count()) t.Values.Add(null);
        foreach (var p in Projects) while (p.Investments.Count < InvestmentYears.Count) p.Investments.Add(null);
        return this;
    }

    /// <summary>The content this form describes (<paramref name="errors"/> is kept for the callers; the table leaves nothing to parse).</summary>
    public PlanContent ToContent(Dictionary<string, string> errors)
    {
        var years = PeriodYears.ToList();
        var projects = Projects.Select((p, i) => (p, i)).Where(x => !string.IsNullOrWhiteSpace(x.p.Name)).Select(x => new ProjectContent(
            x.p.Key?.Trim() ?? "", x.p.Name!.Trim(), x.p.Class, x.p.OwnerEnterprise, x.p.ContentAndScale, x.p.TotalInvestment ?? 0,
            x.p.SubsidyRequested ?? 0, x.p.SelfFunded ?? 0, x.p.OtherFunding ?? 0, x.p.StartYear ?? 0, x.p.EndYear ?? 0, x.p.DesignCapacityYear,
            InvestmentYears.Zip(x.p.Investments).Where(y => y.Second is not null).Select(y => new YearValue(y.First, y.Second!.Value)).ToList(), x.p.EnergySavedTce, x.p.WaterSavedM3, x.p.Co2CutT,
            x.p.SolidWasteCutT, x.p.WastewaterCutT, x.p.AirPollutantsCutT)).ToList();
        var targets = Targets.Where(t => !string.IsNullOrWhiteSpace(t.IndicatorCode)).Select(t => new TargetContent(t.IndicatorCode!, t.BaselineValue,
            years.Zip(t.Values).Where(x => x.Second is not null).Select(x => new YearValue(x.First, x.Second!.Value)).ToList())).ToList();
        var pollutants = Pollutants.Where(p => !string.IsNullOrWhiteSpace(p.Pollutant)).Select(p => new PollutantContent(p.Pollutant!.Trim(), p.DischargeT, p.Treatment)).ToList();
        return new PlanContent(BaselineYear, PeriodStartYear, PeriodEndYear, BasicSituation ?? "", MaterialFlowAnalysis ?? "", BenefitEconomic ?? "",
            BenefitEnvironmental ?? "", BenefitSocial ?? "", Safeguards ?? "", Tasks.Select(t => new TaskContent(t.Code, t.Text ?? "")).ToList(), projects, targets, pollutants);
    }
}

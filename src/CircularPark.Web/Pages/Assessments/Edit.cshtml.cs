using System.Globalization;
using CircularPark.Assessments;
using CircularPark.Engines.Assessment;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>
/// The scheme editor: a new scheme (empty, from an example, or copied from last year's with <c>?from=</c>) or an existing one
/// until its assessment is published. Saving goes through <see cref="SaveScheme"/>; refusals are listed by row and field.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class EditModel(GetAssessment get, SaveScheme save, IndicatorCatalog catalog, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public SchemeForm Form { get; set; } = new();
    public int? Id { get; private set; }
    /// <summary>A new scheme's owner region is chosen only by a user without a region of their own (an administrator); others define their own region's.</summary>
    public bool ChoosesOwner => CircularPark.Identity.AccessScope.From(User).Unbounded;
    public IReadOnlyList<MetricInfo> Metrics { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? from, CancellationToken ct)
    {
        Id = id;
        Metrics = AssessmentMetrics.All((await catalog.LoadAsync(null, ct))!);
        var source = id ?? from;
        if (source is null)
        {
            Form = Example(AccessScope.From(User), CircularPark.Time.ChinaTime.Today(clock).Year - 1);
            return Page();
        }
        var outcome = await get.ExecuteAsync(source.Value, AccessScope.From(User), ct);
        if (!outcome.IsOk) return NotFound();
        var s = outcome.Value.Scheme;
        if (id is not null && !outcome.Value.CanEditScheme) return Forbid();
        Form = new SchemeForm
        {
            RegionCode = s.OwnerCode, Year = (s.Year + (id is null ? 1 : 0)).ToString(CultureInfo.InvariantCulture), NameZh = s.NameZh, NameEn = s.NameEn,
            Document = s.Document, Missing = s.Missing, Ties = s.Ties, Version = id is null ? null : s.Version,
            Items = s.Items.Select(ItemRow.From).ToList(), Adjustments = s.Adjustments.Select(AdjustmentRow.From).ToList(),
        }.WithSpareRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        Metrics = AssessmentMetrics.All((await catalog.LoadAsync(null, ct))!);
        var (input, errors, itemRows, adjustmentRows) = Form.ToInput();
        if (input is not null)
        {
            var outcome = await save.ExecuteAsync(Form.RegionCode ?? "", id, input, AccessScope.From(User), ct);
            if (outcome.IsOk) return Redirect($"/assessment/{outcome.Value.Id}");
            if (outcome.Failure!.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
            errors = outcome.Failure.Errors?.ToDictionary() ?? new() { [""] = new Bilingual(outcome.Failure.Explain(false), outcome.Failure.Explain(true)) };
        }
        Errors = errors.Select(e => Describe(e.Key, e.Value, itemRows, adjustmentRows)).ToList();
        return Page();
    }

    /// <summary>"计分项目第 2 行 · 权重：…" from <c>items[1].weight</c>, numbering rows as the form shows them.</summary>
    private string Describe(string field, Bilingual message, List<int> itemRows, List<int> adjustmentRows)
    {
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        var text = message.In(english);
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^(items|adjustments)\[(\d+)\]\.?(\w*)$");
        if (!match.Success) return field.Length == 0 ? text : $"{Label(field)}：{text}";
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var rows = match.Groups[1].Value == "items" ? itemRows : adjustmentRows;
        var row = (index < rows.Count ? rows[index] : index) + 1;
        var table = Text.Get(match.Groups[1].Value == "items" ? "Asm.ItemsRow" : "Asm.AdjustmentsRow", row).In(english);
        return match.Groups[3].Value.Length == 0 ? $"{table}：{text}" : $"{table} · {Label(match.Groups[3].Value)}：{text}";
    }

    private string Label(string field) => localizer[$"Asm.Field.{field}"] is { ResourceNotFound: false } found ? found.Value : field;

    /// <summary>A new scheme pre-filled with an example to adapt (the sources give the items a city scores, not their weights).</summary>
    private static SchemeForm Example(AccessScope user, int year) => new SchemeForm
    {
        RegionCode = user.RegionPath?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(),
        Year = year.ToString(CultureInfo.InvariantCulture), NameZh = "产业园区工作绩效考核", NameEn = "Industrial park performance assessment",
        Items =
        [
            new() { Code = "va-growth", NameZh = "规上工业增加值增速", Category = ItemCategory.Economic, Metric = "growth:VA", Weight = "30", Method = ScoringMethod.Linear, Floor = "0", Target = "15" },
            new() { Code = "va-per-mu", NameZh = "亩均工业增加值", Category = ItemCategory.Economic, Metric = "permu:VA", Weight = "20", Method = ScoringMethod.RankPoints, Step = "2" },
            new() { Code = "fai-growth", NameZh = "固定资产投资增速", Category = ItemCategory.Economic, Metric = "growth:FAI", Weight = "20", Method = ScoringMethod.Linear, Floor = "0", Target = "20" },
            new() { Code = "cp-audit", NameZh = "清洁生产审核覆盖率", Category = ItemCategory.Compliance, Metric = "cp-coverage", Weight = "15", Method = ScoringMethod.Linear, Floor = "0", Target = "100" },
            new() { Code = "reports", NameZh = "年度进展报告按时报送", Category = ItemCategory.Timeliness, Metric = "report-on-time", Weight = "15", Method = ScoringMethod.PassFail, Threshold = "1" },
        ],
        Adjustments =
        [
            new() { Code = "green", NameZh = "绿色制造称号", Category = ItemCategory.Compliance, Metric = "green", PointsEach = "2", Cap = "6" },
            new() { Code = "eia", NameZh = "规划环评在有效期内", Category = ItemCategory.Compliance, Metric = "eia-valid", PointsEach = "2" },
            new() { Code = "overdue", NameZh = "节能监察整改逾期", Category = ItemCategory.Compliance, Metric = "rectification-overdue", PointsEach = "-3", Cap = "9" },
        ],
    }.WithSpareRows();
}

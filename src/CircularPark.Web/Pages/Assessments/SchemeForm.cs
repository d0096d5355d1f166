using System.Globalization;
using CircularPark.Assessments;
using CircularPark.Engines.Assessment;
using CircularPark.Localization;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>A scored item's row in the editor: everything as typed (numbers are parsed, and a bad one named).</summary>
public sealed class ItemRow
{
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public ItemCategory Category { get; set; } = ItemCategory.Economic;
    public string? Metric { get; set; }
    public string? Weight { get; set; }
    public ScoringMethod Method { get; set; } = ScoringMethod.Linear;
    public string? Floor { get; set; }
    public string? Target { get; set; }
    public string? Threshold { get; set; }
    public string? Step { get; set; }
    public bool LowerIsBetter { get; set; }

    public bool IsBlank => new[] { Code, NameZh, NameEn, Metric, Weight, Floor, Target, Threshold, Step }.All(string.IsNullOrWhiteSpace);

    public static ItemRow From(SchemeItemInput i) => new()
    {
        Code = i.Code, NameZh = i.NameZh, NameEn = i.NameEn, Category = i.Category, Metric = i.Metric, Weight = SchemeForm.Text(i.Weight), Method = i.Method,
        Floor = SchemeForm.Text(i.Floor), Target = SchemeForm.Text(i.Target), Threshold = SchemeForm.Text(i.Threshold), Step = SchemeForm.Text(i.Step),
        LowerIsBetter = i.LowerIsBetter,
    };
}

/// <summary>A bonus or penalty item's row in the editor.</summary>
public sealed class AdjustmentRow
{
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public ItemCategory Category { get; set; } = ItemCategory.Compliance;
    public string? Metric { get; set; }
    public string? PointsEach { get; set; }
    public string? Cap { get; set; }

    public bool IsBlank => new[] { Code, NameZh, NameEn, Metric, PointsEach, Cap }.All(string.IsNullOrWhiteSpace);

    public static AdjustmentRow From(SchemeAdjustmentInput a) => new()
    {
        Code = a.Code, NameZh = a.NameZh, NameEn = a.NameEn, Category = a.Category, Metric = a.Metric, PointsEach = SchemeForm.Text(a.PointsEach),
        Cap = SchemeForm.Text(a.Cap),
    };
}

/// <summary>
/// The scheme editor's form. Rows left wholly blank are spare rows, not input; every other row goes to the use case, whose
/// field-keyed errors are named back with the row's number as the user sees it.
/// </summary>
public sealed class SchemeForm
{
    public string? RegionCode { get; set; }
    public string? Year { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Document { get; set; }
    public MissingDataRule Missing { get; set; } = MissingDataRule.ScoreZero;
    public TieRule Ties { get; set; } = TieRule.SharedRank;
    public long? Version { get; set; }
    public List<ItemRow> Items { get; set; } = [];
    public List<AdjustmentRow> Adjustments { get; set; } = [];

    /// <summary>The input for the use case, or the numbers that are not numbers (field → message).</summary>
    public (SchemeInput? Input, Dictionary<string, Bilingual> Errors, List<int> ItemRows, List<int> AdjustmentRows) ToInput()
    {
        var errors = new Dictionary<string, Bilingual>();
        var itemRows = Items.Select((r, i) => (r, i)).Where(x => !x.r.IsBlank).Select(x => x.i).ToList();
        var adjustmentRows = Adjustments.Select((r, i) => (r, i)).Where(x => !x.r.IsBlank).Select(x => x.i).ToList();
        double? Parse(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            errors.TryAdd(field, Localization.Text.Get("Asm.NotANumber", text.Trim()));
            return null;
        }
        var items = new List<SchemeItemInput>();
        foreach (var (r, n) in itemRows.Select((row, n) => (Items[row], n)))
            items.Add(new SchemeItemInput(r.Code ?? "", r.NameZh ?? "", r.NameEn, r.Category, r.Metric ?? "", Parse(r.Weight, $"items[{n}].weight") ?? 0,
                r.Method, Parse(r.Floor, $"items[{n}].floor"), Parse(r.Target, $"items[{n}].target"), Parse(r.Threshold, $"items[{n}].threshold"),
                Parse(r.Step, $"items[{n}].step"), r.LowerIsBetter));
        var adjustments = new List<SchemeAdjustmentInput>();
        foreach (var (a, n) in adjustmentRows.Select((row, n) => (Adjustments[row], n)))
            adjustments.Add(new SchemeAdjustmentInput(a.Code ?? "", a.NameZh ?? "", a.NameEn, a.Category, a.Metric ?? "",
                Parse(a.PointsEach, $"adjustments[{n}].pointsEach") ?? 0, Parse(a.Cap, $"adjustments[{n}].cap")));
        var year = int.TryParse(Year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : 0;
        if (year == 0) errors.TryAdd("year", Localization.Text.Get("Compliance.Year"));
        return (errors.Count > 0 ? null : new SchemeInput(year, NameZh, NameEn, Document, Missing, Ties, items, adjustments, Version), errors, itemRows, adjustmentRows);
    }

    /// <summary>Adds spare blank rows so the form always offers some.</summary>
    public SchemeForm WithSpareRows(int items = 2, int adjustments = 2)
    {
        Items.AddRange(Enumerable.Range(0, items).Select(_ => new ItemRow()));
        Adjustments.AddRange(Enumerable.Range(0, adjustments).Select(_ => new AdjustmentRow()));
        return this;
    }

    public static string? Text(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}

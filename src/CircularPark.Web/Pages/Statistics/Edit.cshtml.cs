using CircularPark.Time;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Statistics;

/// <summary>A park-year's statistics as a form: every data item, a value in any convertible unit, a comment; save checks every rule.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, IndicatorCatalog catalog, GetParkStatistics get, SaveParkStatistics save, SubmitParkStatistics submit,
    CircularPark.ExchangePlatform.GetDeliveredExchanges delivered) : PageModel
{
    public sealed class Row
    {
        public string Code { get; set; } = "";
        public string? Value { get; set; }
        public string? Unit { get; set; }
        public string? Comment { get; set; }
        public int? PriceBaseYear { get; set; }
        public bool NeedsBaseYear { get; set; }
        public string NameZh { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string CanonicalUnit { get; set; } = "";
    }

    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public List<Row> Rows { get; set; } = [];
    public StatisticsStatus Status { get; private set; } = StatisticsStatus.Draft;
    public long? Version { get; private set; }
    public bool Exists { get; private set; }
    public bool Locked => Status == StatisticsStatus.Submitted;
    public bool CanChange { get; private set; }
    public bool Saved { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public string UpdatedAt { get; private set; } = "";
    public IReadOnlyList<RuleFinding> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        if (await LoadAsync(parkId, ct) is { } denied) return denied;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int parkId, long? version, CancellationToken ct)
    {
        var posted = Rows;
        if (await LoadAsync(parkId, ct) is { } denied) return denied;
        var entries = new List<StatisticsEntry>();
        var problems = new List<RuleFinding>();
        foreach (var row in posted.Where(r => !string.IsNullOrWhiteSpace(r.Value)))
        {
            if (double.TryParse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                entries.Add(new StatisticsEntry(row.Code, value, string.IsNullOrWhiteSpace(row.Unit) ? null : row.Unit.Trim(), row.Comment, row.PriceBaseYear));
            else
            {
                var message = Localization.Text.Get("Stats.NotANumber", row.Code, row.Value);
                problems.Add(new RuleFinding("Data.NotANumber", "error", row.Code, message.Zh, message.En));
            }
        }
        var result = problems.Count > 0 ? Failure.Rejected(problems)
            : await save.ExecuteAsync(parkId, Year!.Value, entries, version, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return RedirectToPage(new { parkId, year = Year, saved = true });
        Problems = result.Failure!.FindingsOrReason();
        Rows = Merge(Rows, posted);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int parkId, CancellationToken ct)
    {
        if (await LoadAsync(parkId, ct) is { } denied) return denied;
        var result = await submit.ExecuteAsync(parkId, Year!.Value, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return RedirectToPage(new { parkId, year = Year });
        Problems = result.Failure!.FindingsOrReason();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        // One look-up answers both questions: may the user see the park, and may they change it.
        var rights = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (rights is null) return NotFound();
        if (!rights.CanSee) return Forbid();
        (ParkId, ParkName, CanChange) = (parkId, rights.ParkName, rights.CanChange);
        Year ??= db.Clock.Today().Year - 1;
        Saved = Request.Query.ContainsKey("saved");
        var (found, view) = await get.ExecuteAsync(parkId, Year.Value, user, ct);
        var setup = (await catalog.LoadAsync(view?.CoefficientSetId, ct))!;
        Exists = found == AccessOutcome.Allowed;
        if (view is not null)
        {
            (Status, Version, UpdatedBy, Problems) = (view.Status, view.Version, view.UpdatedBy, view.Problems);
            UpdatedAt = Infrastructure.Format.Time(view.UpdatedAtUtc, CultureInfo.CurrentUICulture);
        }
        // The waste-exchange follow-up feeds the statistics: delivered tonnes fill their items unless a value is stored.
        var exchange = ExchangeItems.Totals(await delivered.ExecuteAsync(parkId, Year.Value, ct));
        var fromExchange = Localization.Text.Get("Stats.FromExchange").In(CultureInfo.CurrentUICulture);
        Rows = setup.Catalogue.Items.Where(i => !i.IsDerived).Select(i =>
        {
            var stored = view?.Values.FirstOrDefault(v => v.Code == i.Code);
            if (stored is null && exchange.TryGetValue(i.Code, out var tonnes))
                return new Row { Code = i.Code, NameZh = i.NameZh, NameEn = i.NameEn, CanonicalUnit = i.Unit, Value = tonnes.ToString("R", CultureInfo.InvariantCulture), Comment = fromExchange };
            return new Row
            {
                Code = i.Code, NameZh = i.NameZh, NameEn = i.NameEn, CanonicalUnit = i.Unit, Comment = stored?.Comment, Unit = stored?.EnteredUnit,
                NeedsBaseYear = i.RequiresPriceBaseYear, PriceBaseYear = stored?.PriceBaseYear,
                Value = stored?.EnteredValue.ToString("R", CultureInfo.InvariantCulture),
            };
        }).ToList();
        return null;
    }

    private static List<Row> Merge(List<Row> fresh, List<Row> posted)
    {
        foreach (var row in fresh)
            if (posted.FirstOrDefault(p => p.Code == row.Code) is { } p)
                (row.Value, row.Unit, row.Comment, row.PriceBaseYear) = (p.Value, p.Unit, p.Comment, p.PriceBaseYear);
        return fresh;
    }
}

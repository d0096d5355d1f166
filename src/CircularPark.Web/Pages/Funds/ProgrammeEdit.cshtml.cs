using CircularPark.Engines.Funds;
using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>The programme form: shares are typed as percentages (30 = 30 %), money in 万元; up to four tranches.</summary>
public sealed class ProgrammeForm
{
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? OwnerRegion { get; set; }
    public FundSource Source { get; set; } = FundSource.ProvincialSpecial;
    public int Year { get; set; }
    public decimal Budget { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? ApplicationOpensOn { get; set; }
    public DateOnly? ApplicationClosesOn { get; set; }
    public decimal EligibleSharePercent { get; set; } = 30;
    public decimal? CapPerProject { get; set; }
    public decimal? CapPerPark { get; set; }
    public decimal DemonstrationBonusPercent { get; set; }
    public decimal GreenBonusPercent { get; set; }
    public decimal RecoverySharePercent { get; set; } = 50;
    public int RecoveryDays { get; set; } = 30;
    public List<decimal?> TranchePercents { get; set; } = [60, 40, null, null];
    public List<TrancheTrigger> TrancheTriggers { get; set; } = [TrancheTrigger.OnAward, TrancheTrigger.OnAcceptance, TrancheTrigger.OnAcceptance, TrancheTrigger.OnAcceptance];
    public List<string> SubTypes { get; set; } = [];
    public long? Version { get; set; }

    public FundProgrammeInput ToInput() => new(Code, NameZh, NameEn, OwnerRegion, Source, Year, Budget, DocumentNumber, ApplicationOpensOn, ApplicationClosesOn,
        EligibleSharePercent / 100, CapPerProject, CapPerPark,
        TranchePercents.Select((p, i) => (p, i)).Where(x => x.p is not null).Select(x => new TrancheInput(x.p!.Value / 100, TrancheTriggers.ElementAtOrDefault(x.i))).ToList(),
        DemonstrationBonusPercent / 100, GreenBonusPercent / 100, RecoverySharePercent / 100, RecoveryDays, SubTypes, Version);

    public static ProgrammeForm From(FundProgrammeView v) => new()
    {
        Code = v.Programme.Code, NameZh = v.Programme.NameZh, NameEn = v.Programme.NameEn, OwnerRegion = v.Programme.OwnerCode, Source = v.Programme.Source,
        Year = v.Programme.Year, Budget = v.Programme.Budget, DocumentNumber = v.DocumentNumber, ApplicationOpensOn = v.Programme.ApplicationOpensOn,
        ApplicationClosesOn = v.Programme.ApplicationClosesOn, EligibleSharePercent = v.EligibleShare * 100, CapPerProject = v.CapPerProject, CapPerPark = v.CapPerPark,
        DemonstrationBonusPercent = v.DemonstrationBonus * 100, GreenBonusPercent = v.GreenBonus * 100, RecoverySharePercent = v.RecoveryShare * 100,
        RecoveryDays = v.RecoveryDays, SubTypes = [.. v.SubTypes], Version = v.Programme.Version,
        TranchePercents = [.. Enumerable.Range(0, 4).Select(i => i < v.Tranches.Count ? v.Tranches[i].Share * 100 : (decimal?)null)],
        TrancheTriggers = [.. Enumerable.Range(0, 4).Select(i => i < v.Tranches.Count ? v.Tranches[i].Trigger : TrancheTrigger.OnAcceptance)],
    };
}

/// <summary>Sets up a programme (<c>/funds/programmes/edit</c>) or changes one (<c>/funds/programmes/edit/{id}</c>); the use case checks scope and rules.</summary>
[Authorize]
public sealed class ProgrammeEditModel(SaveFundProgramme save, GetFundProgramme get, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Form.OwnerRegion = AccessScope.From(User).RegionPath?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            Form.Year = CircularPark.Time.ChinaTime.Today(clock).Year;
            return Page();
        }
        var view = await get.ExecuteAsync(id.Value, AccessScope.From(User), ct);
        if (!view.IsOk) return PageOutcomes.Show(this, view.Failure!, m => Message = m) ?? Page();
        Form = ProgrammeForm.From(view.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (FundPages.Unreadable(this) is { } unreadable) { Message = unreadable; return Page(); }
        var saved = await save.ExecuteAsync(id, Form.ToInput(), AccessScope.From(User), ct);
        if (saved.IsOk) return Redirect($"/funds/programmes/{saved.Value}");
        return PageOutcomes.Show(this, saved.Failure!, m => Message = m) ?? Page();
    }
}

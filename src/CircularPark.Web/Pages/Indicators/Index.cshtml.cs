using CircularPark.Engines.Indicators.Library;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Indicators;

/// <summary>The indicator library for everyone; province users add their own indicators, the formula checked before saving.</summary>
public sealed class IndexModel(IndicatorCatalog catalog, DefineIndicator define) : PageModel
{
    public IReadOnlyList<CompiledIndicator> Indicators { get; private set; } = [];
    public IReadOnlyList<string> Items { get; private set; } = [];
    public bool CanDefine { get; private set; }
    public IndicatorInput? Input { get; private set; }
    public IReadOnlyList<RuleFinding> Problems { get; private set; } = [];
    public string? Added { get; private set; }

    public async Task OnGetAsync(string? added, CancellationToken ct)
    {
        Added = added;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string code, string nameZh, string nameEn, string unit, Direction direction, string formula, string? source, CancellationToken ct)
    {
        Input = new IndicatorInput(code ?? "", nameZh ?? "", nameEn ?? "", unit ?? "", direction, formula ?? "", source);
        var result = await define.AddIndicatorAsync(Input, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return RedirectToPage(new { added = Input.Code });
        Problems = result.Failure!.FindingsOrReason();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostItemAsync(string code, string nameZh, string nameEn, string unit, Engines.Indicators.Data.DataItemKind kind, CancellationToken ct)
    {
        var result = await define.AddDataItemAsync(new DataItemInput(code ?? "", nameZh ?? "", nameEn ?? "", unit ?? "", kind), AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return RedirectToPage(new { added = code });
        Problems = result.Failure!.FindingsOrReason();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        Indicators = setup.Library.Indicators;
        Items = setup.Catalogue.Items.Select(i => $"{i.Code}（{i.NameZh}，{i.Unit}）").ToList();
        CanDefine = AccessScope.From(User).Holds(Permissions.CatalogueEdit);
    }
}

using CircularPark.Outcomes;
using System.Globalization;
using System.Text.RegularExpressions;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Enterprises;

/// <summary>A row of the users table: which stream (by material code) goes to an enterprise of the park or a user outside it.</summary>
public sealed class LinkRow
{
    public string? StreamCode { get; set; }
    public int? EnterpriseId { get; set; }
    public string? OutsideUser { get; set; }
    public double? Quantity { get; set; }
}

/// <summary>Adds or edits an enterprise: facts and permit, stream rows, input rows and user rows (blank rows are ignored).</summary>
[Authorize]
public sealed partial class EditModel(GetParkEnterprises get, CreateEnterprise create, UpdateEnterprise update, DeleteEnterprise delete) : PageModel
{
    public const int BlankRows = 3;

    [BindProperty] public EnterpriseDraft Input { get; set; } = new();
    [BindProperty] public List<LinkRow> Links { get; set; } = [];
    public ParkEnterprises? Park { get; private set; }
    public int? Id { get; private set; }
    public IReadOnlyList<(string Where, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int parkId, int? id, CancellationToken ct)
    {
        if (await LoadAsync(parkId, id, ct) is { } refused) return refused;
        if (id is not null)
        {
            var view = Park!.Enterprises.FirstOrDefault(e => e.Id == id);
            if (view is null) return NotFound();
            Input = view.ToDraft();
            Links = [.. view.Streams.SelectMany(s => s.Uses.Select(u => new LinkRow { StreamCode = s.MaterialCode, EnterpriseId = u.EnterpriseId, OutsideUser = u.OutsideUser, Quantity = u.Quantity }))];
            foreach (var s in Input.Streams) s.Uses = [];
        }
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int parkId, int? id, CancellationToken ct)
    {
        if (await LoadAsync(parkId, id, ct) is { } refused) return refused;
        var (draft, kept, linkErrors) = Draft();
        var result = id is null
            ? await create.ExecuteAsync(parkId, draft, AccessScope.From(User), ct)
            : await update.ExecuteAsync(parkId, id.Value, draft, AccessScope.From(User), ct);
        if (result.IsOk && linkErrors.Count == 0) return Redirect($"/parks/{parkId}/enterprises");
        if (result.Kind is OutcomeKind.NotFound) return NotFound();
        if (result.Kind is OutcomeKind.Forbidden) return Forbid();
        var conflict = result.Kind == OutcomeKind.Conflict ? [("", Text.Get("Enterprise.Conflict", id ?? 0).In(CultureInfo.CurrentUICulture))] : Array.Empty<(string, string)>();
        Errors = [.. conflict, .. linkErrors, .. (result.Failure?.Errors ?? new Dictionary<string, Bilingual>()).Select(e => (Where(e.Key, kept), e.Value.In(CultureInfo.CurrentUICulture)))];
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int parkId, int id, CancellationToken ct)
    {
        var result = await delete.ExecuteAsync(parkId, id, AccessScope.From(User), ct);
        if (result.IsOk) return Redirect($"/parks/{parkId}/enterprises");
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        await OnGetAsync(parkId, id, ct);
        Errors = [("", PageOutcomes.Explain(result.Failure!))];
        return Page();
    }

    /// <summary>The other enterprises of the park, possible users of this one's streams.</summary>
    public IEnumerable<EnterpriseView> Others => Park!.Enterprises.Where(e => e.Id != Id);

    private async Task<IActionResult?> LoadAsync(int parkId, int? id, CancellationToken ct)
    {
        Park = await get.ExecuteAsync(parkId, AccessScope.From(User), ct);
        Id = id;
        if (Park is null) return NotFound();
        return Park.Access.CanChange ? null : Forbid();
    }

    /// <summary>The draft without blank rows, the form row of each kept stream and input, and problems of the users table.</summary>
    private (EnterpriseDraft Draft, Dictionary<string, int> Kept, List<(string, string)> Errors) Draft()
    {
        var kept = new Dictionary<string, int>();
        var streams = Input.Streams.Select((s, i) => (s, i)).Where(x => !string.IsNullOrWhiteSpace(x.s.MaterialCode) || !string.IsNullOrWhiteSpace(x.s.Name)).ToList();
        var inputs = Input.Inputs.Select((s, i) => (s, i)).Where(x => !string.IsNullOrWhiteSpace(x.s.MaterialCode) || !string.IsNullOrWhiteSpace(x.s.Name)).ToList();
        for (var k = 0; k < streams.Count; k++) kept[$"streams[{k}]"] = streams[k].i;
        for (var k = 0; k < inputs.Count; k++) kept[$"inputs[{k}]"] = inputs[k].i;
        var errors = new List<(string, string)>();
        foreach (var s in streams) s.s.Uses = [];
        foreach (var (link, row) in Links.Select((l, i) => (l, i)).Where(x => !string.IsNullOrWhiteSpace(x.l.StreamCode)))
        {
            var stream = streams.FirstOrDefault(s => s.s.MaterialCode.Trim() == link.StreamCode!.Trim()).s;
            if (stream is null) errors.Add((Where($"links[{row}]", kept), Text.Get("Rule.link-stream", link.StreamCode).In(CultureInfo.CurrentUICulture)));
            else stream.Uses.Add(new UseDraft { EnterpriseId = link.EnterpriseId, OutsideUser = link.OutsideUser, Quantity = link.Quantity });
        }
        Input.Streams = [.. streams.Select(s => s.s)];
        Input.Inputs = [.. inputs.Select(s => s.s)];
        return (Input, kept, errors);
    }

    /// <summary>"streams[1].uses[0].enterpriseId" → "产出物料第 3 行 · 使用方".</summary>
    private static string Where(string key, Dictionary<string, int> kept)
    {
        var m = RowPattern().Match(key);
        if (!m.Success) return "";
        var section = m.Groups["section"].Value;
        var row = section == "links" ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)
            : kept.GetValueOrDefault($"{section}[{m.Groups["index"].Value}]");
        var text = Text.Get($"EnterpriseForm.{section}Row", row + 1).In(CultureInfo.CurrentUICulture);
        return m.Groups["use"].Success ? text + " · " + Text.Get("StreamColumn.User").In(CultureInfo.CurrentUICulture) : text;
    }

    private void Pad()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Input.Streams.Add(new StreamDraft());
            Input.Inputs.Add(new InputDraft());
            Links.Add(new LinkRow());
        }
    }

    [GeneratedRegex(@"^(?<section>streams|inputs|links)\[(?<index>\d+)\](?<use>\.uses)?")]
    private static partial Regex RowPattern();
}

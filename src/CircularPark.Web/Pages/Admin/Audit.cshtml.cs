using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CircularPark.Auditing;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Admin;

/// <summary>
/// The audit log (ADR 0071) through <see cref="ReadAuditLog"/>, the same use case as <c>GET /api/audit</c>: administrators
/// read every entry, province users their province's accounts' actions; filter by user, entity and Beijing dates; times in
/// Beijing time; long change sets folded.
/// </summary>
[Authorize]
public sealed class AuditModel(ReadAuditLog log) : PageModel
{
    /// <summary>Changes longer than this are folded in a &lt;details&gt; with the start as its summary.</summary>
    public const int ShortChanges = 80;

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "size")] public int PageSize { get; set; } = ReadAuditLog.DefaultPageSize;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditPage? Entries { get; private set; }
    public IReadOnlyList<string> Entities { get; private set; } = [];
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await log.ExecuteAsync(new AuditFilter(UserFilter, Entity, Key, From, To, PageNumber, PageSize), AccessScope.From(User), ct);
        if (outcome.Kind == OutcomeKind.Forbidden) return Forbid();
        if (outcome.IsOk) Entries = outcome.Value;
        else Errors = outcome.Failure!.Errors ?? new Dictionary<string, Bilingual> { ["audit"] = outcome.Failure.Message!.Value };
        Entities = log.Entities();
        return Page();
    }

    /// <summary>The query string of this filter on page <paramref name="page"/>.</summary>
    public string PageQuery(long page)
    {
        var pairs = new Dictionary<string, string?>
        {
            ["user"] = UserFilter, ["entity"] = Entity, ["key"] = Key, ["from"] = From, ["to"] = To,
            ["size"] = PageSize == ReadAuditLog.DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture),
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return string.Join('&', pairs.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => $"{x.Key}={Uri.EscapeDataString(x.Value!)}"));
    }

    /// <summary>The start of long changes, as the summary of the folded whole (never half a surrogate pair).</summary>
    public static string Preview(string changes)
    {
        var length = Math.Min(ShortChanges, changes.Length);
        return changes[..(char.IsHighSurrogate(changes[length - 1]) ? length - 1 : length)];
    }

    /// <summary>The recorded changes indented for reading (as stored when they are not JSON).</summary>
    public static string Indented(string changes)
    {
        try
        {
            return JsonNode.Parse(changes)?.ToJsonString(Readable) ?? changes;
        }
        catch (JsonException)
        {
            return changes;
        }
    }

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

using System.Globalization;
using CircularPark.Accounts;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Auditing;

/// <summary>
/// The filters of the audit log as a user types them (checked by <see cref="ReadAuditLog"/>): part of the actor's user name
/// (an e-mail), an entity type, an entity key, Beijing dates <c>yyyy-MM-dd</c> from and to (both inclusive), a page.
/// </summary>
public sealed record AuditFilter(
    string? User = null, string? Entity = null, string? Key = null, string? From = null, string? To = null,
    int Page = 1, int PageSize = ReadAuditLog.DefaultPageSize);

/// <summary>One entry as read: the instant in UTC and in Beijing time (UTC+8), who, what, and the changes as JSON.</summary>
public sealed record AuditLine(
    long Id, DateTime AtUtc, DateTimeOffset AtChina, string Actor, string Entity, string EntityKey, string Action, string? Changes);

/// <summary>A page of the log, newest first; <see cref="Total"/> counts every entry the filters and the reader's scope let through.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLine> Items, long Total, int Page, int PageSize)
{
    public long Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Reads the audit log (ADR 0071) with <see cref="Permissions.AuditRead"/>: an administrator every entry; a province user the
/// entries whose actor is an account lying within the province (its region, or its park's current region), decided in SQL
/// on region paths; anyone else is refused. Filters by user, entity, key and Beijing dates; newest first, paged.
/// </summary>
public sealed class ReadAuditLog(AppDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    /// <summary>The page sizes the page offers (the API takes any size from 1 to <see cref="MaxPageSize"/>).</summary>
    public static readonly IReadOnlyList<int> PageSizes = [50, 100, 200];
    /// <summary>Dates outside these are refused: the log cannot hold them, and the day's bounds in UTC stay representable.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);
    /// <summary>The entity name of account events (sign-in, created, role changed …) written by <see cref="AccountStore"/>.</summary>
    public const string AccountEntity = "Account";

    /// <summary>Whether <paramref name="reader"/> may read the log at all (of their own region; administrators all of it).</summary>
    public static bool MayRead(AccessScope reader) =>
        reader.Allows(Permissions.AuditRead, ScopeTarget.Region(reader.RegionPath ?? ""));

    public async Task<Outcome<AuditPage>> ExecuteAsync(AuditFilter filter, AccessScope reader, CancellationToken ct)
    {
        if (!MayRead(reader)) return Failure.Forbidden;
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        var from = ReadDate(filter.From, "from", "Audit.From", errors);
        var to = ReadDate(filter.To, "to", "Audit.To", errors);
        if (from is { } f && to is { } t && t < f) errors["to"] = Text.Get("Audit.ToBeforeFrom", Iso(t), Iso(f));
        var user = filter.User?.Trim() ?? "";
        if (user.Length > 200) errors["user"] = Field("Rule.too-long", "Audit.User", 200);
        var entity = filter.Entity?.Trim() ?? "";
        if (entity.Length > 0 && !Entities().Contains(entity, StringComparer.Ordinal)) errors["entity"] = Text.Get("Audit.EntityUnknown", entity);
        if (filter.Page < 1) errors["page"] = Field("Rule.range", "Audit.Page", filter.Page, 1, int.MaxValue);
        if (filter.PageSize is < 1 or > MaxPageSize) errors["pageSize"] = Field("Rule.range", "Audit.PageSize", filter.PageSize, 1, MaxPageSize);
        if (errors.Count > 0) return Failure.Invalid(errors);

        var query = Visible(reader);
        if (user.Length > 0)
        {
            var lower = user.ToLowerInvariant();
            // Any case: SQL lower() on both providers (EF translates ToLower, not ToLowerInvariant; no .NET culture is involved).
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(a => a.Actor.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (entity.Length > 0) query = query.Where(a => a.Entity == entity);
        if (filter.Key?.Trim() is { Length: > 0 } key) query = query.Where(a => a.EntityKey == key);
        if (from is { } start)
        {
            var since = ChinaTime.StartOfDayUtc(start);
            query = query.Where(a => a.AtUtc >= since);
        }
        if (to is { } end)
        {
            // The whole Beijing day: everything before the next day's first moment (EndOfDayUtc stops at 23:59:59).
            var before = ChinaTime.StartOfDayUtc(end.AddDays(1));
            query = query.Where(a => a.AtUtc < before);
        }
        return await PageAsync(query, filter.Page, filter.PageSize, ct);
    }

    /// <summary>
    /// The entity names the log holds: every audited entity type of the model (by CLR name, as <see cref="AppDbContext"/>
    /// writes them) and <see cref="AccountEntity"/>, sorted.
    /// </summary>
    public IReadOnlyList<string> Entities() => db.Model.GetEntityTypes()
        .Where(t => !t.HasSharedClrType && !AppDbContext.IsMachinery(t.ClrType))
        .Select(t => t.ClrType.Name).Append(AccountEntity)
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Administrators: every entry. Province users: entries whose actor is an account within their region.</summary>
    private IQueryable<AuditEntry> Visible(AccessScope reader)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (reader.Unbounded) return entries;
        var actors = AccountStore.Within(db, db.Users, reader.RegionPath!).Select(u => u.UserName);
        return entries.Where(a => actors.Contains(a.Actor));
    }

    private static async Task<AuditPage> PageAsync(IQueryable<AuditEntry> query, int page, int size, CancellationToken ct)
    {
        var total = await query.LongCountAsync(ct);
        // A page past the last is empty; the offset is computed in 64 bits so a page number near int.MaxValue cannot wrap.
        var skip = (page - 1L) * size;
        if (skip >= total || skip > int.MaxValue) return new AuditPage([], total, page, size);
        var rows = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Skip((int)skip).Take(size).ToListAsync(ct);
        return new AuditPage(rows.Select(Line).ToList(), total, page, size);
    }

    private static AuditLine Line(AuditEntry a)
    {
        var utc = DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc);
        return new AuditLine(a.Id, utc, new DateTimeOffset(ChinaTime.ToChina(utc), ChinaTime.Offset), a.Actor, a.Entity, a.EntityKey, a.Action, a.Changes);
    }

    /// <summary>A Beijing date as <c>yyyy-MM-dd</c> between <see cref="Earliest"/> and <see cref="Latest"/>; blank is no bound.</summary>
    private static DateOnly? ReadDate(string? text, string field, string label, Dictionary<string, Bilingual> errors)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors[field] = Field("Rule.date", label, value);
        else if (date < Earliest || date > Latest) errors[field] = Field("Rule.range", label, value, Iso(Earliest), Iso(Latest));
        else return date;
        return null;
    }

    /// <summary>A rule's message whose first two arguments are the field's name in Chinese and in English.</summary>
    private static Bilingual Field(string rule, string label, params object?[] args)
    {
        var name = Text.Get(label);
        return Text.Get(rule, [name.Zh, name.En, .. args]);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Acceptance;

/// <summary>What a library entry is. Values are stored; never renumber.</summary>
public enum CaseKind
{
    /// <summary>经验做法.</summary>
    Experience = 1,
    /// <summary>典型案例 / 典型模式.</summary>
    TypicalCase = 2,
}

/// <summary>
/// An entry of the library of experiences and typical cases (经验与典型案例; 002 §六, 003 §四, 004 §三), linked to a
/// park; written by its park or by province users, public once the province publishes it.
/// </summary>
public sealed class ExperienceCase
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public CaseKind Kind { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public required string Author { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public long Version { get; set; }
}

internal sealed class ExperienceCaseConfiguration : IEntityTypeConfiguration<ExperienceCase>
{
    public void Configure(EntityTypeBuilder<ExperienceCase> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.Body).HasMaxLength(50_000);
        builder.Property(c => c.Author).HasMaxLength(200);
        builder.Property(c => c.PublishedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Park>().WithMany().HasForeignKey(c => c.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>An entry as written: the park it is about, its kind and text.</summary>
public sealed record CaseInput(int ParkId, CaseKind Kind, [SingleLine(200)] string? Title, [MultiLine(2000)] string? Summary, [MultiLine(50_000)] string? Body);

/// <summary>An entry as read: public once published; drafts only to their writers' scope.</summary>
public sealed record CaseView(int Id, int ParkId, string Park, CaseKind Kind, string Title, string Summary, string Body, string Author,
    DateTime CreatedAtUtc, DateTime? PublishedAtUtc)
{
    internal static CaseView Of(ExperienceCase c, string park) =>
        new(c.Id, c.ParkId, park, c.Kind, c.Title, c.Summary, c.Body, c.Author, c.CreatedAtUtc, c.PublishedAtUtc);
}

/// <summary>
/// Writes an entry (new when <c>id</c> is null): users of the park itself and province users whose region covers it.
/// A published entry can no longer be changed.
/// </summary>
public sealed class SaveExperienceCase(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(int? id, CaseInput input, AccessScope user, CancellationToken ct = default)
    {
        if (Check(input) is { } invalid) return invalid;
        var entry = id is { } i ? await db.ExperienceCases.SingleOrDefaultAsync(c => c.Id == i, ct) : null;
        if (id is not null && entry is null) return Failure.NotFound(Text.Get("Case.NotFound"));
        foreach (var parkId in new[] { entry?.ParkId, input.ParkId }.OfType<int>().Distinct())
            if (await CaseRights.CheckAsync(db, parkId, user, ct) is { } refused) return refused;
        if (entry?.PublishedAtUtc is not null) return Failure.Conflict("Case.Published");
        if (entry is null)
        {
            entry = new ExperienceCase { Title = "", Author = user.Name, CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime };
            db.ExperienceCases.Add(entry);
        }
        (entry.ParkId, entry.Kind, entry.Title, entry.Summary, entry.Body) = (input.ParkId, input.Kind, input.Title!.Trim(), input.Summary?.Trim() ?? "", input.Body?.Trim() ?? "");
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(null, entry.Id);
    }

    private static Failure? Check(CaseInput input)
    {
        if (!Enum.IsDefined(input.Kind)) return Failure.Invalid("kind", "Case.Kind");
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200) return Failure.Invalid("title", "Case.Title");
        if ((input.Summary?.Length ?? 0) > 2000) return Failure.Invalid("summary", "Acceptance.TooLong", 2000);
        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > 50_000) return Failure.Invalid("body", "Case.Body");
        return null;
    }
}

/// <summary>The province publishes an entry about a park in its region; from then on anyone can read it.</summary>
public sealed class PublishExperienceCase(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        var entry = await db.ExperienceCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entry is null) return Failure.NotFound(Text.Get("Case.NotFound"));
        if (await CaseRights.CheckAsync(db, entry.ParkId, user, ct, Permissions.CasePublish) is { } refused) return refused;
        if (entry.PublishedAtUtc is not null) return Failure.Conflict("Case.Published");
        (entry.PublishedBy, entry.PublishedAtUtc) = (user.Name, db.Clock.GetUtcNow().UtcDateTime);
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(null, entry.Id);
    }
}

/// <summary>
/// Who may write (<see cref="Permissions.CaseWrite"/>) or publish (<see cref="Permissions.CasePublish"/>) library entries
/// about a park, as the permissions table says: a park outside the user's scope is refused as every park read is, a step
/// the user's role lacks is forbidden.
/// </summary>
internal static class CaseRights
{
    public static async Task<Failure?> CheckAsync(AppDbContext db, int parkId, AccessScope user, CancellationToken ct, Permission? permission = null)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return Plans.PlanAccess.Refusal(access);
        return place!.Allows(user, permission ?? Permissions.CaseWrite) ? null : Failure.Forbidden;
    }
}

/// <summary>
/// The library: published entries for anyone, searched by words in the title, summary, text or park name; a user who may
/// write about a park also sees its unpublished drafts.
/// </summary>
public sealed class SearchExperienceCases(AppDbContext db)
{
    public async Task<IReadOnlyList<CaseView>> ExecuteAsync(string? query, AccessScope user, CancellationToken ct = default)
    {
        var writable = user.Holds(Permissions.CaseWrite) ? await ParkAccess.VisibleParkIdsAsync(db, user, null, ct) : [];
        var q = (query ?? "").Trim();
        var rows = await db.ExperienceCases.AsNoTracking()
            .Where(c => c.PublishedAtUtc != null || writable.Contains(c.ParkId))
            .Join(db.Parks, c => c.ParkId, p => p.Id, (c, p) => new { c, p.Name })
            .Where(x => q == "" || x.c.Title.Contains(q) || x.c.Summary.Contains(q) || x.c.Body.Contains(q) || x.Name.Contains(q))
            .OrderByDescending(x => x.c.PublishedAtUtc).ThenBy(x => x.c.Id).Take(500).ToListAsync(ct);
        return rows.Select(x => CaseView.Of(x.c, x.Name)).ToList();
    }
}

/// <summary>One entry, or null when there is none or the user may not read it (not published and not theirs to write).</summary>
public sealed class GetExperienceCase(AppDbContext db)
{
    public async Task<CaseView?> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        var entry = await db.ExperienceCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entry is null) return null;
        if (entry.PublishedAtUtc is null && await CaseRights.CheckAsync(db, entry.ParkId, user, ct) is not null) return null;
        return CaseView.Of(entry, await db.Parks.Where(p => p.Id == entry.ParkId).Select(p => p.Name).SingleAsync(ct));
    }
}

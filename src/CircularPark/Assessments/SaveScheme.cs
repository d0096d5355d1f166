using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>A scheme as entered: the year assessed, names, the document, the missing-data and tie rules, items and adjustments.</summary>
public sealed record SchemeInput(int Year, string? NameZh, string? NameEn, string? Document, Engines.Assessment.MissingDataRule Missing,
    Engines.Assessment.TieRule Ties, IReadOnlyList<SchemeItemInput>? Items, IReadOnlyList<SchemeAdjustmentInput>? Adjustments, long? Version = null);

/// <summary>A scheme saved: its id and the version to send with the next change.</summary>
public sealed record SchemeSaved(int Id, long Version);

/// <summary>
/// Defines a region's scheme for a year (province or city officials whose region covers it; one per region and year) or
/// changes it until the year's assessment is published. Nothing is stored when a rule is broken: every field named.
/// </summary>
public sealed class SaveScheme(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<SchemeSaved>> ExecuteAsync(string regionCode, int? id, SchemeInput input, AccessScope user, CancellationToken ct = default)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, ct);
        if (region is null) return Failure.NotFound("Economics.RegionNotFound", regionCode);
        if (!user.Allows(Permissions.AssessmentScheme, ScopeTarget.Region(region.Path))) return Failure.Forbidden;
        var definition = new SchemeDefinition(input.Items ?? [], input.Adjustments ?? []);
        var errors = definition.Check((await catalog.LoadAsync(null, ct))!, input.Missing, input.Ties);
        if (input.Year is < 1990 or > 2100) errors.TryAdd("year", Text.Get("Compliance.Year"));
        if (string.IsNullOrWhiteSpace(input.NameZh)) errors.TryAdd("nameZh", Text.Get("Compliance.Required"));
        foreach (var (field, text, max) in new[] { ("nameZh", input.NameZh, 200), ("nameEn", input.NameEn, 200), ("document", input.Document, 300) })
            if ((text?.Trim().Length ?? 0) > max) errors.TryAdd(field, Text.Get("Compliance.TooLong", max));
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (await db.AssessmentSchemes.AnyAsync(s => s.OwnerRegionId == region.Id && s.Year == input.Year && s.Id != id, ct))
            return Failure.Conflict("Assessment.SchemeExists", region.NameZh, input.Year);
        SchemeRecord? scheme;
        if (id is null) db.AssessmentSchemes.Add(scheme = new SchemeRecord { NameZh = "", Definition = "", OwnerRegionId = region.Id });
        else
        {
            scheme = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == id && s.OwnerRegionId == region.Id, ct);
            if (scheme is null) return Failure.NotFound("Assessment.SchemeNotFound", id);
            if (await db.AssessmentRuns.AnyAsync(r => r.SchemeId == id && r.State == AssessmentState.Published, ct))
                return Failure.Conflict(Text.Get("Assessment.SchemeLocked", scheme.Year), AssessmentState.Published.ToString());
            if (input.Version is { } v) db.Entry(scheme).Property(s => s.Version).OriginalValue = v;
        }
        (scheme.Year, scheme.NameZh, scheme.NameEn, scheme.Document) = (input.Year, input.NameZh!.Trim(), input.NameEn?.Trim() ?? "", input.Document?.Trim());
        (scheme.Missing, scheme.Ties, scheme.Definition) = (input.Missing, input.Ties, definition.ToJson());
        (scheme.UpdatedBy, scheme.UpdatedAtUtc) = (user.Name, db.Clock.UtcNow());
        return await db.TrySaveChangesAsync(() => new SchemeSaved(scheme.Id, scheme.Version), ct);
    }
}

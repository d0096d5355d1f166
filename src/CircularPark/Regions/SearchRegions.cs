namespace CircularPark.Regions;

/// <summary>A region as pickers, the API and the administration page show it: names in both languages, full names, path, level, dates.</summary>
public sealed record RegionView(
    string Code, string NameZh, string NameEn, string FullNameZh, string FullNameEn, RegionLevel Level, RegionKind Kind, string Path,
    DateOnly? ValidFrom, DateOnly? ValidTo, string? Successors, string? Note)
{
    public static RegionView Of(RegionDirectory regions, Region r) => new(r.Code, r.NameZh, r.NameEn, regions.FullName(r), regions.FullName(r, english: true),
        r.Level, r.Kind, r.Path, r.ValidFrom, r.ValidTo, r.Successors, r.Note);
}

/// <summary>What a region search asks: words (a name as people write it, a code or its beginning), levels (any when none), a date, a region to stay within.</summary>
public sealed record RegionSearch(string? Q = null, IReadOnlyList<RegionLevel>? Levels = null, DateOnly? AsOf = null, string? Within = null, int Take = 20);

/// <summary>
/// Finds regions for pickers, filters and the administration page on the cached directory (no query per keystroke):
/// written forms that start with the words (苏州, 红河州, 兵团, Hangzhou), codes that start with them, then full names
/// that contain them; valid on the date when one is given, any period otherwise. Pure.
/// </summary>
public static class SearchRegions
{
    public const int MaxTake = 200;

    public static IReadOnlyList<RegionView> Run(RegionDirectory regions, RegionSearch search)
    {
        var q = PlaceNames.Normalise(search.Q);
        var within = search.Within is { Length: > 0 } code ? regions.FindByCode(code) : null;
        bool Keep(Region r) => (search.Levels is not { Count: > 0 } levels || levels.Contains(r.Level)) && (search.AsOf is not { } day || r.IsValidOn(day))
            && (within is null || RegionDirectory.IsWithin(r, within));
        IEnumerable<Region> found;
        if (q.Length == 0) found = regions.All.Where(Keep).OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal);
        else
        {
            var exact = regions.Named(q);
            var prefixed = regions.Names.Where(n => n.Key.StartsWith(q, StringComparison.Ordinal)).SelectMany(n => n.Value)
                .OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal);
            var coded = regions.All.Where(r => r.Code.StartsWith(q, StringComparison.Ordinal)).OrderBy(r => r.Code, StringComparer.Ordinal);
            var contained = regions.All.Where(r => regions.FullName(r).Contains(q, StringComparison.Ordinal)).OrderBy(r => r.Level);
            found = exact.Concat(prefixed).Concat(coded).Concat(contained).Where(Keep).DistinctBy(r => r.Id);
        }
        return found.Take(Math.Clamp(search.Take, 1, MaxTake)).Select(r => RegionView.Of(regions, r)).ToList();
    }
}

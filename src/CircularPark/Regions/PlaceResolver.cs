using System.Globalization;
using CircularPark.Localization;

namespace CircularPark.Regions;

/// <summary>Which part of a place a text gave: the 省份, the 属地 (a city) or the 区县.</summary>
public enum PlaceField
{
    Province,
    City,
    County,
}

/// <summary>Why a place could not be resolved.</summary>
public enum PlaceProblemKind
{
    /// <summary>No division of that name on the date.</summary>
    Unknown,
    /// <summary>Several divisions of that name on the date, none singled out by the other parts.</summary>
    Ambiguous,
    /// <summary>The division lies outside the region the list is about (the campaign's scope).</summary>
    Outside,
    /// <summary>The parts contradict each other (苏州市 in 广东省).</summary>
    Mismatch,
    /// <summary>A province other than a municipality where a city is expected.</summary>
    NotACity,
}

/// <summary>A place as a list or a form writes it: up to three texts, read as of a date, optionally within a region.</summary>
public sealed record PlaceQuery(string? Province, string? City, string? County, DateOnly AsOf, Region? Within = null);

/// <summary>
/// A resolved place: the most specific region named, its province-level unit and the unit it counts under by city
/// (<see cref="RegionDirectory.CityUnitOf"/>); <see cref="County"/> is set when a county-level unit was named, also when
/// it was given where a city was expected (邳州市 → 徐州市, county 邳州市).
/// </summary>
public sealed record ResolvedPlace(Region Region, Region? Province, Region? City, Region? County);

/// <summary>A place that could not be resolved: which text, why, as of which date, and the names to offer instead.</summary>
public sealed record PlaceProblem(PlaceField Field, PlaceProblemKind Kind, string Written, DateOnly AsOf, IReadOnlyList<string> Names, string? Other = null)
{
    /// <summary>The message for the user, naming the column (<paramref name="column"/>), the rule and what to write instead.</summary>
    public Bilingual Message(Bilingual column)
    {
        var day = AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var names = string.Join("、", Names);
        return Kind switch
        {
            PlaceProblemKind.Unknown when Names.Count == 0 => Text.Get("Place.unknown-none", column.Zh, column.En, Written, day),
            PlaceProblemKind.Unknown => Text.Get("Place.unknown", column.Zh, column.En, Written, day, names),
            PlaceProblemKind.Ambiguous => Text.Get("Place.ambiguous", column.Zh, column.En, Written, day, Names.Count, names),
            PlaceProblemKind.Outside => Text.Get("Place.outside", column.Zh, column.En, Written, names, Other ?? ""),
            PlaceProblemKind.Mismatch => Text.Get("Place.mismatch", column.Zh, column.En, Written, Other ?? ""),
            _ => Text.Get("Place.not-a-city", column.Zh, column.En, Written),
        };
    }
}

/// <summary>Either a place or the problem that stopped it.</summary>
public sealed record PlaceResolution(ResolvedPlace? Place, PlaceProblem? Problem)
{
    public static readonly PlaceResolution Nothing = new(null, null);
}

/// <summary>
/// Reads place names as people write them (苏州 / 苏州市 / 江苏省苏州市, 红河州, 兵团, 邳州市 for a city, 重庆市, a code) against
/// the divisions valid on the list's date, within an optional region. Never guesses: a name that is unknown or names
/// several places is a problem with the nearest names or the candidates. Pure (ADR 0051).
/// </summary>
public sealed class PlaceResolver(RegionDirectory directory)
{
    private const int MaxSuggestions = 5;
    private readonly Dictionary<PlaceQuery, PlaceResolution> _resolved = [];

    /// <summary>Resolves a place; a list naming the same place on many rows pays once.</summary>
    public PlaceResolution Resolve(PlaceQuery query)
    {
        if (!_resolved.TryGetValue(query, out var resolution)) _resolved[query] = resolution = ResolveOnce(query);
        return resolution;
    }

    private PlaceResolution ResolveOnce(PlaceQuery query)
    {
        var within = query.Within ?? directory.Nation;
        Region? province = null, city = null, county = null;
        if (Given(query.Province) is { } provinceText)
        {
            var found = Field(PlaceField.Province, provinceText, query.AsOf, within, null, IsProvince);
            if (found.Problem is not null) return new(null, found.Problem);
            province = found.Region;
        }
        if (Given(query.City) is { } cityText)
        {
            // A city (or a municipality) first; a county-level unit only when no city has that name (邳州市 → 徐州市).
            var found = Field(PlaceField.City, cityText, query.AsOf, within, province, IsCity, IsCounty);
            if (found.Problem is { Kind: PlaceProblemKind.Unknown } && Candidates(PlaceNames.Normalise(cityText), query.AsOf, depth: 0).Any(IsProvince))
                found = (null, found.Problem with { Kind = PlaceProblemKind.NotACity });
            if (found.Problem is not null) return new(null, found.Problem);
            city = found.Region;
        }
        if (Given(query.County) is { } countyText)
        {
            var found = Field(PlaceField.County, countyText, query.AsOf, within, city ?? province, IsCounty);
            if (found.Problem is not null) return new(null, found.Problem);
            county = found.Region;
        }
        var region = county ?? city ?? province;
        return region is null ? PlaceResolution.Nothing : new(Place(region), null);
    }

    /// <summary>Resolves one text (a name, a chain such as 江苏省苏州市, or a code) that must lie within <paramref name="parent"/> if given.</summary>
    /// <remarks>Each of <paramref name="tiers"/> is tried in turn; the first that names a region within the scope and the parent wins.</remarks>
    public (Region? Region, PlaceProblem? Problem) Field(
        PlaceField field, string text, DateOnly asOf, Region? within, Region? parent, params Func<Region, bool>[] tiers)
    {
        var named = Candidates(PlaceNames.Normalise(text), asOf, depth: 0).DistinctBy(r => r.Id).ToList();
        bool Fits(Region r) => (within is null || RegionDirectory.IsWithin(r, within)) && (parent is null || RegionDirectory.IsWithin(r, parent));
        var inParent = tiers.Select(t => named.Where(r => t(r) && Fits(r)).ToList()).FirstOrDefault(l => l.Count > 0) ?? [];
        bool Accepts(Region r) => tiers.Any(t => t(r));
        var all = named.Where(Accepts).ToList();
        var inScope = all.Where(r => within is null || RegionDirectory.IsWithin(r, within)).ToList();
        if (inParent.Count == 1) return (inParent[0], null);
        if (inParent.Count > 1)
            return (null, new PlaceProblem(field, PlaceProblemKind.Ambiguous, text, asOf, inParent.Select(r => directory.FullName(r)).ToList()));
        if (inScope.Count > 0)
            return (null, new PlaceProblem(field, PlaceProblemKind.Mismatch, text, asOf, [], directory.FullName(parent!)));
        if (all.Count > 0)
            return (null, new PlaceProblem(field, PlaceProblemKind.Outside, text, asOf,
                all.Select(r => directory.FullName(r)).ToList(), within is null ? null : directory.FullName(within)));
        return (null, new PlaceProblem(field, PlaceProblemKind.Unknown, text, asOf, Suggest(text, asOf, within, parent, Accepts)));
    }

    /// <summary>The place a region stands for, with its province and its unit by city.</summary>
    public ResolvedPlace Place(Region region) => new(region, directory.ProvinceOf(region), directory.CityUnitOf(region),
        region.Level == RegionLevel.County ? region : null);

    private static bool IsProvince(Region r) => r.Level == RegionLevel.Province;

    private static bool IsCity(Region r) => r.Level == RegionLevel.City || r.IsMunicipality;

    private static bool IsCounty(Region r) => r.Level == RegionLevel.County;

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Regions valid on the date that the text names: a code, a written name, or a chain of names each within the one before.</summary>
    private List<Region> Candidates(string text, DateOnly asOf, int depth)
    {
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
            return directory.FindByCode(text, asOf) is { } coded ? [coded] : [];
        var whole = directory.Named(text).Where(r => r.IsValidOn(asOf)).ToList();
        if (whole.Count > 0 || depth >= 2) return whole;
        var chained = new List<Region>();
        for (var split = 2; split <= text.Length - 2; split++)
        {
            var heads = directory.Named(text[..split]).Where(r => r.IsValidOn(asOf) && r.Level < RegionLevel.County).ToList();
            if (heads.Count == 0) continue;
            foreach (var tail in Candidates(text[split..], asOf, depth + 1))
                if (heads.Any(h => RegionDirectory.IsWithin(tail, h) && tail.Id != h.Id)) chained.Add(tail);
        }
        return chained;
    }

    /// <summary>
    /// The nearest names among the regions the field accepts (valid on the date, within the scope and the parent): by edit
    /// distance, then by characters shared; and the same name at other dates (莱芜市, until 2019-01-09).
    /// </summary>
    private List<string> Suggest(string text, DateOnly asOf, Region? within, Region? parent, Func<Region, bool> accepts)
    {
        var wanted = PlaceNames.Normalise(text);
        var otherDates = directory.Named(wanted).Where(accepts)
            .Select(r => $"{directory.FullName(r)}（{Period(r)}）");
        var limit = Math.Max(2, wanted.Length / 2);
        var near = directory.NamesSharingCharacters(wanted)
            .Where(name => Math.Abs(name.Length - wanted.Length) <= limit)
            .Select(name => (Name: name, Regions: directory.Named(name).Where(r => r.IsValidOn(asOf) && accepts(r)
                && (within is null || RegionDirectory.IsWithin(r, within)) && (parent is null || RegionDirectory.IsWithin(r, parent))).ToList()))
            .Where(n => n.Regions.Count > 0)
            .Select(n => (n.Regions, Distance: PlaceNames.Distance(wanted, n.Name), Shared: n.Name.Count(wanted.Contains)))
            .Where(n => n.Shared > 0 && n.Distance <= limit)
            .OrderBy(n => n.Distance).ThenByDescending(n => n.Shared)
            .SelectMany(n => n.Regions).DistinctBy(r => r.Id).Take(MaxSuggestions)
            .Select(r => directory.FullName(r));
        return otherDates.Concat(near).Distinct().Take(MaxSuggestions).ToList();
    }

    private static string Period(Region r) =>
        $"{r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}–{r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}";
}

namespace CircularPark.Regions;

/// <summary>
/// An immutable snapshot of the region table (every division since 1981 with its periods, the reporting units): the tree,
/// the names as people write them and the roll-up units. Built once from the rows and shared by every request until the
/// regions change (<see cref="RegionDirectoryCache"/>); pure, so tests build it from a handful of rows.
/// </summary>
public sealed class RegionDirectory
{
    private readonly Dictionary<string, List<Region>> _byName;
    private readonly ILookup<string, Region> _periods;
    private readonly ILookup<char, string> _namesByCharacter;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        Tree = new RegionTree(regions);
        _byName = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in Tree.All.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.ValidFrom))
            foreach (var alias in PlaceNames.Aliases(region))
            {
                if (!_byName.TryGetValue(alias, out var list)) _byName[alias] = list = [];
                list.Add(region);
            }
        Nation = Tree.All.FirstOrDefault(r => r.Level == RegionLevel.Nation);
        _periods = Tree.All.ToLookup(r => r.Code, StringComparer.Ordinal);
        _namesByCharacter = _byName.Keys
            .SelectMany(name => name.Where(c => !PlaceNames.IsGeneric(c)).Distinct().Select(c => (c, name)))
            .ToLookup(x => x.c, x => x.name);
    }

    public RegionTree Tree { get; }

    public IReadOnlyCollection<Region> All => Tree.All;

    public Region? Nation { get; }

    public Region? Find(int id) => Tree.Find(id);

    /// <summary>The open row of a code, else the one that ended last.</summary>
    public Region? FindByCode(string code) => Tree.FindByCode(code);

    /// <summary>The row of a code valid on <paramref name="day"/>, if any.</summary>
    public Region? FindByCode(string code, DateOnly day) =>
        _periods[code].FirstOrDefault(r => r.IsValidOn(day));

    /// <summary>Every period of a code, oldest first.</summary>
    public IEnumerable<Region> Periods(string code) => _periods[code].OrderBy(r => r.ValidFrom ?? DateOnly.MinValue);

    /// <summary>Every row (any period) known by a written form of its name (see <see cref="PlaceNames.Normalise"/>).</summary>
    public IReadOnlyList<Region> Named(string normalisedName) => _byName.GetValueOrDefault(normalisedName) ?? [];

    /// <summary>Every written form the directory knows, for searches.</summary>
    public IEnumerable<KeyValuePair<string, List<Region>>> Names => _byName;

    /// <summary>The written forms that share a character (other than 省市区县州…) with <paramref name="text"/>, for suggestions.</summary>
    public IEnumerable<string> NamesSharingCharacters(string text) =>
        text.Where(c => !PlaceNames.IsGeneric(c)).Distinct().SelectMany(c => _namesByCharacter[c]).Distinct(StringComparer.Ordinal);

    public Region? Parent(Region region) => region.ParentId is { } id ? Find(id) : null;

    /// <summary>Whether <paramref name="region"/> lies within <paramref name="ancestor"/> (itself included): a path prefix.</summary>
    public static bool IsWithin(Region region, Region ancestor) => region.Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    /// <summary>The province-level unit a region lies in (a province, a municipality, 兵团), itself for one.</summary>
    public Region? ProvinceOf(Region region)
    {
        var current = region;
        while (current is not null && current.Level > RegionLevel.Province) current = Parent(current);
        return current?.Level == RegionLevel.Province ? current : null;
    }

    /// <summary>
    /// The unit a region is counted under in summaries by city (ADR 0050): its prefecture-level city; a municipality
    /// (北京, 上海, 天津, 重庆) for itself and its districts; a county-level unit directly under a province (省直辖, a 兵团
    /// city such as 五家渠市) for itself. Null for the nation and for a province other than a municipality.
    /// </summary>
    public Region? CityUnitOf(Region region)
    {
        if (region.Level == RegionLevel.City) return region;
        if (region.Level == RegionLevel.Province) return region.IsMunicipality ? region : null;
        if (region.Level != RegionLevel.County) return null;
        var parent = Parent(region);
        return parent switch
        {
            { Level: RegionLevel.City } => parent,
            { IsMunicipality: true } => parent,
            { Level: RegionLevel.Province } => region,
            _ => null,
        };
    }

    /// <summary>
    /// The region that took over when <paramref name="ended"/> ended, on its end date: the next period of the same code (a
    /// rename), else its successor (<see cref="Region.Successors"/>, leaving out the codes marked with another year, which
    /// took parts of it earlier), else, when several took it over, the smallest region that holds them all. Null when it has
    /// not ended or nothing is known.
    /// </summary>
    public Region? SuccessorOf(Region ended)
    {
        if (ended.ValidTo is not { } on) return null;
        if (FindByCode(ended.Code, on) is { } renamed) return renamed;
        var successors = (ended.Successors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(code => !code.Contains('[', StringComparison.Ordinal))
            .Select(code => FindByCode(code, on)).OfType<Region>().ToList();
        if (successors.Count <= 1) return successors.FirstOrDefault();
        var common = successors.Select(r => r.Path).Aggregate((a, b) => a[..CommonPathLength(a, b)]);
        var code = common.TrimEnd('/').Split('/')[^1];
        return code.Length == 0 ? null : FindByCode(code, on);
    }

    /// <summary>
    /// Where a place named as of a date lies from then on: the region itself until it ended, then each successor from the
    /// day it took over (莱芜市 until 2019-01-09, 济南市 from then). The last period is open when nothing is known to follow.
    /// </summary>
    public IReadOnlyList<(Region Region, DateOnly? From, DateOnly? To)> Succession(Region region)
    {
        var periods = new List<(Region, DateOnly?, DateOnly?)>();
        DateOnly? from = null;
        for (var current = region; current is not null && periods.Count < 20;)
        {
            var next = SuccessorOf(current) is { } found && found.Id != current.Id ? found : null;
            periods.Add((current, from, next is null ? null : current.ValidTo));
            from = current.ValidTo;
            current = next;
        }
        return periods;
    }

    private static int CommonPathLength(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
            if (a[i] == '/') length = i + 1;
        return length;
    }

    /// <summary>The name as the documents write a place in full: 江苏省徐州市邳州市 (the nation left out).</summary>
    public string FullName(Region region, bool english = false)
    {
        var names = new List<string>();
        for (var current = region; current is not null && current.Level != RegionLevel.Nation; current = Parent(current))
            names.Add(current.Name(english));
        names.Reverse();
        return string.Join(english ? ", " : "", english ? Enumerable.Reverse(names) : names);
    }
}

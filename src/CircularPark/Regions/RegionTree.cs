namespace CircularPark.Regions;

/// <summary>
/// The whole region tree in memory (every division since 1981, one row per code period): ancestors, descendants and
/// name look-ups without recursive SQL. Built once per snapshot of <see cref="RegionDirectory"/>, never per request.
/// </summary>
public sealed class RegionTree
{
    private readonly Dictionary<int, Region> _byId;
    private readonly Dictionary<int, List<Region>> _children;
    private readonly Dictionary<string, Region> _byCode;

    public RegionTree(IEnumerable<Region> regions)
    {
        _byId = regions.ToDictionary(r => r.Id);
        _children = _byId.Values.Where(r => r.ParentId is not null)
            .GroupBy(r => r.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToList());
        _byCode = _byId.Values.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.ValidTo ?? DateOnly.MaxValue)!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Region> All => _byId.Values;

    public Region? Find(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The materialised path of a region (<see cref="Region.Path"/>), as the scope rules compare it; null for none.</summary>
    public string? PathOf(int? id) => id is { } known ? Find(known)?.Path : null;

    /// <summary>The row of a code that is open (in use), else the one that ended last.</summary>
    public Region? FindByCode(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<Region> Children(int id) => _children.GetValueOrDefault(id) ?? [];

    /// <summary>The region and every region below it.</summary>
    public HashSet<int> SelfAndDescendants(int id)
    {
        var result = new HashSet<int>();
        var stack = new Stack<int>([id]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!result.Add(current)) continue;
            foreach (var child in Children(current)) stack.Push(child.Id);
        }
        return result;
    }

    /// <summary>The region itself or its nearest ancestor at <paramref name="level"/>; null when it sits above it.</summary>
    public Region? AtLevel(int id, RegionLevel level)
    {
        var current = Find(id);
        while (current is not null && current.Level > level)
            current = current.ParentId is { } parent ? Find(parent) : null;
        return current?.Level == level ? current : null;
    }

    public bool IsWithin(int id, int ancestorId)
    {
        for (var current = Find(id); current is not null; current = current.ParentId is { } p ? Find(p) : null)
            if (current.Id == ancestorId) return true;
        return false;
    }

    /// <summary>Finds a region by its Chinese name, with or without the 市/省/区/县 suffix, valid on <paramref name="day"/>.</summary>
    public Region? FindByName(string name, RegionLevel level, DateOnly day, int? withinId = null)
    {
        var wanted = name.Trim();
        var candidates = _byId.Values.Where(r => r.Level == level && r.IsValidOn(day)
            && (withinId is null || IsWithin(r.Id, withinId.Value)));
        return candidates.FirstOrDefault(r => r.NameZh == wanted || r.NameEn.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(r => StripSuffix(r.NameZh) == StripSuffix(wanted));
    }

    private static string StripSuffix(string name) =>
        name.Length > 2 && "省市区县".Contains(name[^1], StringComparison.Ordinal) ? name[..^1] : name;
}

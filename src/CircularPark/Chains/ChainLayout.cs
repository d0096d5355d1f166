using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.Localization;

namespace CircularPark.Chains;

/// <summary>
/// Lays the chain graph out in columns, left to right: suppliers outside the park; then per layer the enterprises
/// (layer = longest chain of stream uses leading to them, so a chain's extension reads from left to right) and the
/// materials they put out; users outside the park last. Within a column, enterprises are ordered by division, so a
/// division's enterprises sit together and links across colours show the coupling between chains.
/// </summary>
internal sealed class ChainLayout(IReadOnlyList<EnterpriseView> enterprises, IReadOnlySet<int> gapStreams)
{
    public const double ColumnWidth = 240;
    public const double RowHeight = 80;
    public const string OutsideSupply = "outside-in";
    public const string OutsideUse = "outside-out";

    private readonly Dictionary<int, EnterpriseView> _byId = enterprises.ToDictionary(e => e.Id);
    private readonly List<(ChainNode Node, int Column, string Order)> _nodes = [];
    private readonly List<ChainLink> _links = [];

    public (List<ChainNode> Nodes, List<ChainLink> Links) Build()
    {
        var layers = Layers();
        var last = 0;
        foreach (var e in enterprises)
        {
            var column = 2 * layers[e.Id] + 1;
            last = Math.Max(last, column + 1);
            var group = IndustryCodes.Division(e.IndustryCode);
            Add(new ChainNode(ParkGraphs.EnterpriseKey(e.Id), e.Name, ChainNodeType.Enterprise, group, null, 0, 0, null, false, false, e.IsExample), column, group + e.Name);
            foreach (var s in e.Streams) AddStream(e, s, column + 1, group);
            var bought = e.Inputs.Where(i => i.BoughtOutsidePark).ToList();
            if (bought.Count > 0)
                _links.Add(new ChainLink(OutsideSupply, ParkGraphs.EnterpriseKey(e.Id), StreamKind.Product, bought.Sum(i => i.TonnesPerYear),
                    string.Join("、", bought.Select(i => i.Name)), false));
        }
        if (_links.Any(l => l.Source == OutsideSupply)) Add(Outside(OutsideSupply, "Chain.OutsideSupply"), 0, "");
        if (_links.Any(l => l.Target == OutsideUse)) Add(Outside(OutsideUse, "Chain.OutsideUse"), last + 1, "");
        return ([.. Positioned()], _links);
    }

    private void AddStream(EnterpriseView producer, StreamView s, int column, string group)
    {
        var id = "s" + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Add(new ChainNode(id, s.Name, ChainNodeType.Material, null, s.Kind, 0, 0, s.TonnesPerYear, gapStreams.Contains(s.Id), s.HazardCode is not null, producer.IsExample),
            column, group + producer.Name + s.Id.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
        _links.Add(new ChainLink(ParkGraphs.EnterpriseKey(producer.Id), id, s.Kind, s.TonnesPerYear, s.Name, false));
        foreach (var use in s.Uses)
        {
            var tonnes = use.Quantity is { } q ? s.Unit.ToTonnes(q) : s.TonnesPerYear;
            if (use.EnterpriseId is { } user && _byId.TryGetValue(user, out var target))
                _links.Add(new ChainLink(id, ParkGraphs.EnterpriseKey(user), s.Kind, tonnes, s.Name,
                    IndustryCodes.Division(target.IndustryCode) != IndustryCodes.Division(producer.IndustryCode)));
            else
                _links.Add(new ChainLink(id, OutsideUse, s.Kind, tonnes, use.OutsideUser ?? "", false));
        }
    }

    /// <summary>Longest path from a source along stream uses; a cycle stops growing after as many rounds as enterprises.</summary>
    private Dictionary<int, int> Layers()
    {
        var layer = enterprises.ToDictionary(e => e.Id, _ => 0);
        var edges = (from e in enterprises
                     from s in e.Streams
                     from u in s.Uses
                     where u.EnterpriseId is { } to && to != e.Id && layer.ContainsKey(to)
                     select (From: e.Id, To: u.EnterpriseId!.Value)).ToList();
        for (var round = 0; round < enterprises.Count; round++)
        {
            var changed = false;
            foreach (var (from, to) in edges)
            {
                if (layer[to] >= layer[from] + 1 || layer[from] + 1 >= enterprises.Count) continue;
                layer[to] = layer[from] + 1;
                changed = true;
            }
            if (!changed) break;
        }
        return layer;
    }

    private IEnumerable<ChainNode> Positioned() =>
        _nodes.GroupBy(n => n.Column).SelectMany(column =>
        {
            var ordered = column.OrderBy(n => n.Order, StringComparer.Ordinal).ToList();
            return ordered.Select((n, i) => n.Node with { X = n.Column * ColumnWidth, Y = (i - (ordered.Count - 1) / 2.0) * RowHeight });
        });

    private void Add(ChainNode node, int column, string order) => _nodes.Add((node, column, order));

    private static ChainNode Outside(string id, string key) =>
        new(id, Text.Get(key).Zh, ChainNodeType.Outside, null, null, 0, 0, null, false, false, false);
}

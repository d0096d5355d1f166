using System.Globalization;
using CircularPark.Enterprises;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Chains;

/// <summary>A park's stored enterprises as the engines' in-memory chain graph: ids are "e12", "s34", "i56"; a user
/// outside the park is "outside:NAME" (not an enterprise of the graph, so the engine counts it outside).</summary>
internal sealed class ParkGraphs
{
    private ParkGraphs(IReadOnlyList<EnterpriseView> enterprises)
    {
        Enterprises = enterprises.ToDictionary(e => EnterpriseKey(e.Id));
        Streams = enterprises.SelectMany(e => e.Streams.Select(s => (Key: StreamKey(s.Id), Value: (e, s)))).ToDictionary(x => x.Key, x => x.Value);
        Inputs = enterprises.SelectMany(e => e.Inputs.Select(i => (Key: InputKey(i.Id), Value: (e, i)))).ToDictionary(x => x.Key, x => x.Value);
        Graph = new ParkGraph(
            [.. enterprises.Select(e => new Engines.Symbiosis.Enterprise(EnterpriseKey(e.Id), e.Name, e.IndustryCode))],
            [.. Streams.Select(x => new MaterialStream(x.Key, EnterpriseKey(x.Value.Enterprise.Id), x.Value.Stream.MaterialCode,
                x.Value.Stream.MaterialCategory ?? x.Value.Stream.MaterialCode, x.Value.Stream.Kind, x.Value.Stream.TonnesPerYear)
            {
                HazardCode = HazardousWasteCode.TryParse(x.Value.Stream.HazardCode, out var code) ? code : null,
            })],
            [.. Inputs.Select(x => new MaterialInput(x.Key, EnterpriseKey(x.Value.Enterprise.Id), x.Value.Input.MaterialCode,
                x.Value.Input.TonnesPerYear, x.Value.Input.BoughtOutsidePark))],
            [.. Streams.SelectMany(x => x.Value.Stream.Uses.Select(u => new StreamLink(x.Key,
                u.EnterpriseId is { } id ? EnterpriseKey(id) : "outside:" + u.OutsideUser)
            {
                TonnesPerYear = u.Quantity is { } q ? x.Value.Stream.Unit.ToTonnes(q) : null,
            }))]);
    }

    public ParkGraph Graph { get; }

    public Dictionary<string, EnterpriseView> Enterprises { get; }

    public Dictionary<string, (EnterpriseView Enterprise, StreamView Stream)> Streams { get; }

    public Dictionary<string, (EnterpriseView Enterprise, InputView Input)> Inputs { get; }

    public static ParkGraphs From(IReadOnlyList<EnterpriseView> enterprises) => new(enterprises);

    public static string EnterpriseKey(int id) => "e" + id.ToString(CultureInfo.InvariantCulture);

    private static string StreamKey(int id) => "s" + id.ToString(CultureInfo.InvariantCulture);

    private static string InputKey(int id) => "i" + id.ToString(CultureInfo.InvariantCulture);
}

using CircularPark.Engines.MaterialFlow;
using CircularPark.Exports;

namespace CircularPark.MaterialFlows;

/// <summary>A node's place in the picture, in pixels.</summary>
public sealed record NodeBox(SankeyNode Node, int Column, double X, double Y, double Height);

/// <summary>
/// Draws a <see cref="SankeyGraph"/> as a PNG in pure C#, for documents (the pages use ECharts). Layout: a node's
/// column is its longest path from a source, sinks go to the last column; node heights and band widths are
/// proportional to the flows; nodes in a column follow the centre of their sources. Bands are smooth curves
/// (smoothstep between the two ends), coloured by role (recycled green, emission red-brown, product blue, waste
/// orange), more transparent the larger the relative uncertainty. Nodes carry their number (<see cref="SankeyNode.Number"/>);
/// the document's legend names them, since no font is drawn.
/// </summary>
public static class SankeyPicture
{
    public const int NodeWidth = 16;
    private const int Margin = 24;
    private const int Gap = 14;

    public static byte[] Png(SankeyGraph graph, int width = 1000, int height = 560) => PngEncoder.Encode(Draw(graph, width, height));

    public static RgbaImage Draw(SankeyGraph graph, int width, int height)
    {
        var image = new RgbaImage(width, height);
        var boxes = Layout(graph, width, height, out var scale);
        var outOffset = boxes.Keys.ToDictionary(k => k, _ => 0.0);
        var inOffset = boxes.Keys.ToDictionary(k => k, _ => 0.0);
        var ordered = graph.Links.Where(l => l.Value > 0)
            .OrderBy(l => boxes[l.Source].Y).ThenBy(l => boxes[l.Target].Y).ToList();
        // Incoming slots are stacked by the source's position, outgoing slots by the target's, so bands cross little.
        var slotsIn = ordered.OrderBy(l => boxes[l.Source].Y + boxes[l.Source].Height / 2).ToList();
        var inTop = new Dictionary<SankeyLink, double>();
        foreach (var link in slotsIn)
        {
            inTop[link] = boxes[link.Target].Y + inOffset[link.Target];
            inOffset[link.Target] += link.Value * scale;
        }
        foreach (var link in ordered.OrderBy(l => boxes[l.Target].Y + boxes[l.Target].Height / 2))
        {
            var (from, to) = (boxes[link.Source], boxes[link.Target]);
            var thickness = Math.Max(1, link.Value * scale);
            var y0 = from.Y + outOffset[link.Source];
            outOffset[link.Source] += link.Value * scale;
            var y1 = inTop[link];
            var (x0, x1) = (from.X + NodeWidth, to.X);
            var colour = Colour(link.Roles, link.Loop) & 0xFFFFFF00 | Alpha(link.RelativeUncertainty);
            for (var x = (int)Math.Floor(x0); x < (int)Math.Ceiling(x1); x++)
            {
                var t = x1 > x0 ? Math.Clamp((x + 0.5 - x0) / (x1 - x0), 0, 1) : 0;
                var s = t * t * (3 - 2 * t);
                var top = y0 + (y1 - y0) * s;
                image.FillSpan(x, top, top + thickness, colour);
            }
        }
        foreach (var box in boxes.Values)
        {
            image.FillRect(box.X, box.Y, box.X + NodeWidth, box.Y + Math.Max(2, box.Height), NodeColour(box.Node));
            DrawNumber(image, box.Node.Number, box.Column == 0 ? box.X + NodeWidth + 4 : box.X - 4, box.Y + Math.Max(2, box.Height) / 2, alignRight: box.Column != 0);
        }
        return image;
    }

    /// <summary>Node positions; <paramref name="scale"/> is pixels per unit of flow.</summary>
    public static Dictionary<string, NodeBox> Layout(SankeyGraph graph, int width, int height, out double scale)
    {
        var links = graph.Links.Where(l => l.Value > 0).ToList();
        var throughput = graph.Nodes.ToDictionary(n => n.Id, n => Math.Max(
            links.Where(l => l.Target == n.Id).Sum(l => l.Value), links.Where(l => l.Source == n.Id).Sum(l => l.Value)));
        var column = graph.Nodes.ToDictionary(n => n.Id, _ => 0);
        for (var pass = 0; pass < graph.Nodes.Count; pass++)
        {
            var changed = false;
            foreach (var l in links)
                if (column[l.Target] < column[l.Source] + 1) { column[l.Target] = column[l.Source] + 1; changed = true; }
            if (!changed) break;
        }
        var last = column.Values.DefaultIfEmpty(0).Max();
        foreach (var n in graph.Nodes)
            if (links.All(l => l.Source != n.Id) && links.Any(l => l.Target == n.Id)) column[n.Id] = last;
        var columns = graph.Nodes.GroupBy(n => column[n.Id]).OrderBy(g => g.Key).ToList();
        var available = height - 2 * Margin;
        var fit = columns.Count == 0 ? 1 : columns.Min(g =>
        {
            var sum = g.Sum(n => throughput[n.Id]);
            return sum > 0 ? (available - Gap * (g.Count() - 1)) / sum : double.PositiveInfinity;
        });
        scale = double.IsFinite(fit) && fit > 0 ? fit : 1;
        var k = scale;
        var boxes = new Dictionary<string, NodeBox>();
        var step = last == 0 ? 0 : (width - 2 * Margin - NodeWidth - 40) / (double)last;
        foreach (var group in columns)
        {
            // Nodes fed from earlier columns follow their sources' weighted centre; the others keep their order.
            var nodes = group.Select(n => (Node: n, Centre: Centre(n.Id, links, boxes)))
                .OrderBy(x => x.Centre.HasValue).ThenBy(x => x.Centre).ThenBy(x => x.Node.Number).Select(x => x.Node).ToList();
            var total = nodes.Sum(n => throughput[n.Id] * k) + Gap * (nodes.Count - 1);
            var y = Margin + (available - total) / 2;
            foreach (var n in nodes)
            {
                boxes[n.Id] = new NodeBox(n, group.Key, Margin + 20 + group.Key * step, y, throughput[n.Id] * scale);
                y += throughput[n.Id] * scale + Gap;
            }
        }
        return boxes;
    }

    private static double? Centre(string node, List<SankeyLink> links, Dictionary<string, NodeBox> placed)
    {
        var sources = links.Where(l => l.Target == node && placed.ContainsKey(l.Source)).ToList();
        var weight = sources.Sum(l => l.Value);
        return weight <= 0 ? null : sources.Sum(l => (placed[l.Source].Y + placed[l.Source].Height / 2) * l.Value) / weight;
    }

    /// <summary>0xRRGGBB00 by role: recycled (and loop) green, emission red-brown, product blue, waste orange, else slate.</summary>
    public static uint Colour(FlowRoles roles, bool loop) =>
        loop || roles.HasFlag(FlowRoles.Recycled) ? 0x2E9E5B00u
        : roles.HasFlag(FlowRoles.Emission) ? 0xB0453000u
        : roles.HasFlag(FlowRoles.Product) ? 0x2F6DB500u
        : roles.HasFlag(FlowRoles.Waste) ? 0xE0892000u
        : 0x7A8CA300u;

    /// <summary>Band opacity: 0.6 for exact data, down to 0.2 at a relative uncertainty of 40 % or more.</summary>
    public static uint Alpha(double? relative) => (uint)Math.Round(255 * (0.6 - Math.Min(0.4, relative ?? 0)));

    private static uint NodeColour(SankeyNode node) => node.Kind switch
    {
        SankeyNodeKind.Import => 0x52606DFFu,
        SankeyNodeKind.Export => 0x2F6DB5FFu,
        SankeyNodeKind.Emission => 0xB04530FFu,
        SankeyNodeKind.Loop => 0x2E9E5BFFu,
        _ => node.Type switch
        {
            ProcessType.WastewaterPlant => 0x1F8FB3FFu,
            ProcessType.PowerHeatPlant => 0xC2551FFFu,
            ProcessType.Landfill => 0x7B5B3AFFu,
            ProcessType.Facility => 0x6B5BA8FFu,
            _ => 0x0B6E4FFFu,
        },
    };

    private static readonly int[][] Digits =
    [
        [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
        [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
        [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110],
        [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
        [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
        [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
        [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
        [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
        [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
    ];

    /// <summary>Writes a number in a 5 × 7 pixel font at twice its size on a white tag, vertically centred on <paramref name="centreY"/>.</summary>
    private static void DrawNumber(RgbaImage image, int number, double x, double centreY, bool alignRight)
    {
        const int size = 2;
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var width = text.Length * 6 * size + 2 * size;
        var left = alignRight ? x - width : x;
        var top = centreY - 7 * size / 2.0 - size;
        image.FillRect(left, top, left + width, top + 9 * size, 0xFFFFFFE6u);
        for (var i = 0; i < text.Length; i++)
        {
            var glyph = Digits[text[i] - '0'];
            for (var row = 0; row < 7; row++)
                for (var col = 0; col < 5; col++)
                    if ((glyph[row] >> (4 - col) & 1) != 0)
                    {
                        var px = left + size + (i * 6 + col) * size;
                        var py = top + size + row * size;
                        image.FillRect(px, py, px + size, py + size, 0x1F2933FFu);
                    }
        }
    }
}

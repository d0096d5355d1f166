namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// One directed arc of a flow network. Flow on it lies in [0, <see cref="Capacity"/>] and costs <see cref="Cost"/>
/// per unit. Quantities and costs are integers in units the caller chooses (the waste-exchange model uses
/// kilograms and 0.01 yuan per tonne); integral data give an integral optimal flow.
/// </summary>
/// <param name="Tail">Index of the node the arc leaves, 0 ≤ tail &lt; node count.</param>
/// <param name="Head">Index of the node the arc enters, 0 ≤ head &lt; node count (a self-loop is allowed).</param>
/// <param name="Capacity">Upper bound of the flow, ≥ 0 flow units; <see cref="Unlimited"/> for no bound.</param>
/// <param name="Cost">Cost per flow unit, any sign, in cost units.</param>
public readonly record struct FlowArc(int Tail, int Head, long Capacity, long Cost)
{
    /// <summary>The capacity of an arc without an upper bound (<see cref="long.MaxValue"/>).</summary>
    public const long Unlimited = long.MaxValue;
}

/// <summary>
/// A minimum-cost-flow problem: node supplies (positive: the node sends; negative: it receives) and capacitated
/// arcs. The solver asks for supplies that sum to zero; a model with surplus supply or unmet demand balances it
/// itself with explicit arcs (a disposal node, a purchase node), so that their cost is part of the objective.
/// </summary>
/// <remarks>
/// Invariants checked on construction (violations are malformed input and throw): endpoints in range,
/// capacities ≥ 0, (max |cost| + 1) × (node count + 1) ≤ 2⁶⁰, Σ demands ≤ 2⁶² and Σ positive supplies plus
/// Σ finite capacities ≤ 2⁶² flow units, so that no intermediate sum of the solver can overflow 64 bits.
/// </remarks>
public sealed class MinCostFlowProblem
{
    /// <summary>The largest value of (max |cost| + 1) × (node count + 1) the solver accepts.</summary>
    public const long MaxCostScale = 1L << 60;

    /// <summary>The largest Σ positive supplies + Σ finite capacities the solver accepts, in flow units.</summary>
    public const long MaxFlowScale = 1L << 62;

    private readonly long[] _supplies;
    private readonly FlowArc[] _arcs;

    /// <summary>Creates a problem; the lists are copied.</summary>
    /// <param name="supplies">Supply of each node in flow units; the node count is its length.</param>
    /// <param name="arcs">The arcs; their order is the order of <see cref="MinCostFlowResult.Flows"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An endpoint out of range, a negative capacity, or data beyond the 64-bit limits above.</exception>
    public MinCostFlowProblem(IReadOnlyList<long> supplies, IReadOnlyList<FlowArc> arcs)
    {
        ArgumentNullException.ThrowIfNull(supplies);
        ArgumentNullException.ThrowIfNull(arcs);
        _supplies = [.. supplies];
        _arcs = [.. arcs];
        Validate(_supplies, _arcs);
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _supplies.Length;

    /// <summary>Supply of each node in flow units (negative: demand).</summary>
    public IReadOnlyList<long> Supplies => _supplies;

    /// <summary>The arcs, in the caller's order.</summary>
    public IReadOnlyList<FlowArc> Arcs => _arcs;

    /// <summary>Σ supplies: zero for a balanced problem.</summary>
    public long Imbalance => _supplies.Sum();

    internal long[] SupplyArray => _supplies;

    internal FlowArc[] ArcArray => _arcs;

    /// <summary>Largest |cost| over the arcs (0 without arcs).</summary>
    internal long MaxAbsCost { get; private set; }

    private void Validate(long[] supplies, FlowArc[] arcs)
    {
        var n = supplies.Length;
        Int128 flowScale = 0;
        long maxCost = 0;
        for (var i = 0; i < arcs.Length; i++)
        {
            var a = arcs[i];
            if ((uint)a.Tail >= (uint)n) throw new ArgumentOutOfRangeException(nameof(arcs), $"Arc {i}: tail {a.Tail} is not a node (0..{n - 1}).");
            if ((uint)a.Head >= (uint)n) throw new ArgumentOutOfRangeException(nameof(arcs), $"Arc {i}: head {a.Head} is not a node (0..{n - 1}).");
            if (a.Capacity < 0) throw new ArgumentOutOfRangeException(nameof(arcs), $"Arc {i}: capacity {a.Capacity} is negative.");
            if (a.Cost == long.MinValue) throw new ArgumentOutOfRangeException(nameof(arcs), $"Arc {i}: cost is out of range.");
            maxCost = Math.Max(maxCost, Math.Abs(a.Cost));
            if (a.Capacity != FlowArc.Unlimited) flowScale += a.Capacity;
        }
        Int128 demand = 0;
        foreach (var s in supplies)
        {
            if (s > 0) flowScale += s;
            else demand -= s;
        }
        if (demand > MaxFlowScale) throw new ArgumentOutOfRangeException(nameof(supplies), "Σ demands exceeds 2^62 flow units; use coarser units.");
        if (flowScale > MaxFlowScale) throw new ArgumentOutOfRangeException(nameof(arcs), "Σ positive supplies + Σ finite capacities exceeds 2^62 flow units; use coarser units.");
        if ((Int128)(maxCost + 1) * (n + 1) > MaxCostScale) throw new ArgumentOutOfRangeException(nameof(arcs), "(max |cost| + 1) × (nodes + 1) exceeds 2^60; use coarser cost units.");
        MaxAbsCost = maxCost;
    }
}

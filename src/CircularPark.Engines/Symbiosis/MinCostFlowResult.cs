namespace CircularPark.Engines.Symbiosis;

/// <summary>How a minimum-cost-flow solve ended.</summary>
public enum MinCostFlowStatus
{
    /// <summary>Supplies met exactly, capacities respected, and no cheaper flow exists.</summary>
    Optimal,

    /// <summary>No flow meets the supplies within the capacities; <see cref="MinCostFlowResult.Unrouted"/> says where.</summary>
    Infeasible,

    /// <summary>A negative-cost cycle of unlimited capacity makes the cost unbounded below.</summary>
    Unbounded,

    /// <summary>The supplies do not sum to zero (see <see cref="MinCostFlowResult.Imbalance"/>); nothing was solved.</summary>
    Unbalanced,
}

/// <summary>
/// The outcome of a minimum-cost-flow solve. For <see cref="MinCostFlowStatus.Optimal"/>: flows conserve every
/// node's supply, 0 ≤ flow ≤ capacity, <see cref="TotalCost"/> = Σ flow × cost, and the potentials certify
/// optimality: with reduced cost c̄ = cost + π(tail) − π(head), an arc with c̄ &gt; 0 carries no flow and an arc
/// with c̄ &lt; 0 is full. π is a node price in cost units per flow unit (the marginal cost of one more unit
/// delivered there), fixed up to a constant per connected part of the network.
/// </summary>
/// <param name="Status">How the solve ended; the other values are meaningful as described for each status.</param>
/// <param name="Flows">Flow on each arc in the problem's arc order, in flow units. Infeasible: the cheapest flow
/// among those leaving the least unrouted; Unbounded and Unbalanced: zeros.</param>
/// <param name="TotalCost">Σ flow × cost over the arcs, in cost units.</param>
/// <param name="Potentials">Node prices π, one per node (see above).</param>
/// <param name="Unrouted">Per node, the supply (positive) or demand (negative) left unrouted; all zero unless
/// Infeasible.</param>
/// <param name="Imbalance">Σ supplies (zero unless Unbalanced).</param>
/// <param name="Pivots">Number of simplex pivots made (a measure of work, for diagnostics).</param>
public sealed record MinCostFlowResult(
    MinCostFlowStatus Status,
    IReadOnlyList<long> Flows,
    long TotalCost,
    IReadOnlyList<long> Potentials,
    IReadOnlyList<long> Unrouted,
    long Imbalance,
    long Pivots)
{
    /// <summary>True when <see cref="Status"/> is <see cref="MinCostFlowStatus.Optimal"/>.</summary>
    public bool IsOptimal => Status == MinCostFlowStatus.Optimal;
}

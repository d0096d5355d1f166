namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// The outcome of reconciling one layer: every quantity with its reconciled value and standard deviation, the process
/// balances, the global χ² test, the measurement tests ranked, convergence and the tolerances used. Immutable.
/// Diagnostics are data: a rejected test, an open balance or a failed convergence never throws.
/// </summary>
public sealed class ReconciliationResult
{
    private readonly Projection _projection;
    private readonly SparseVector?[] _gradients;
    private readonly Dictionary<(QuantityType, string), ReconciledQuantity> _byId;

    internal ReconciliationResult(FlowLayer layer, ReconciliationOptions options, double absoluteTolerance,
        IReadOnlyList<ReconciledQuantity> quantities, Projection projection, SparseVector?[] gradients)
    {
        (Layer, Options, AbsoluteTolerance, Quantities) = (layer, options, absoluteTolerance, quantities);
        (_projection, _gradients) = (projection, gradients);
        _byId = quantities.ToDictionary(q => (q.Type, q.Id));
        Flows = [.. quantities.Where(q => q.Type == QuantityType.Flow)];
        StockChanges = [.. quantities.Where(q => q.Type == QuantityType.StockChange)];
        TransferCoefficients = [.. quantities.Where(q => q.Type == QuantityType.TransferCoefficient)];
    }

    /// <summary>The layer as given.</summary>
    public FlowLayer Layer { get; }

    /// <summary>The options used (significance, tolerances, iteration limit).</summary>
    public ReconciliationOptions Options { get; }

    /// <summary>The absolute tolerance for flows and stock changes in the layer's unit (Tolerance × scale).</summary>
    public double AbsoluteTolerance { get; }

    /// <summary>All quantities: flows in layer order, then declared stock changes, then transfer coefficients.</summary>
    public IReadOnlyList<ReconciledQuantity> Quantities { get; }

    /// <summary>The flows, in the order of <see cref="FlowLayer.Flows"/>.</summary>
    public IReadOnlyList<ReconciledQuantity> Flows { get; }

    /// <summary>The declared stock changes, in process order.</summary>
    public IReadOnlyList<ReconciledQuantity> StockChanges { get; }

    /// <summary>The transfer coefficients, in the order of <see cref="FlowLayer.TransferCoefficients"/>.</summary>
    public IReadOnlyList<ReconciledQuantity> TransferCoefficients { get; }

    /// <summary>Balances of the internal processes at the reconciled values.</summary>
    public required IReadOnlyList<ProcessBalance> Balances { get; init; }

    /// <summary>The global χ² test.</summary>
    public required ChiSquareTest ChiSquare { get; init; }

    /// <summary>The two-sided standard-normal critical value of the measurement test at the Šidák level (NaN without redundant data).</summary>
    public required double MeasurementTestCriticalValue { get; init; }

    /// <summary>Redundant data ranked by measurement test statistic, largest first: the first is the likeliest gross error.</summary>
    public required IReadOnlyList<GrossErrorCandidate> GrossErrorCandidates { get; init; }

    /// <summary>Iterations, convergence and the largest remaining constraint residual.</summary>
    public required ConvergenceInfo Convergence { get; init; }

    /// <summary>Unknowns the constraints leave open.</summary>
    public IEnumerable<ReconciledQuantity> NonDeterminable => Quantities.Where(q => q.Class == QuantityClass.NonDeterminable);

    /// <summary>The flow with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such flow.</exception>
    public ReconciledQuantity Flow(string id) => _byId[(QuantityType.Flow, id)];

    /// <summary>The transfer coefficient with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient.</exception>
    public ReconciledQuantity TransferCoefficient(string id) => _byId[(QuantityType.TransferCoefficient, id)];

    /// <summary>The stock change of this process.</summary>
    /// <exception cref="KeyNotFoundException">The process declares no stock change.</exception>
    public ReconciledQuantity StockChange(string processId) => _byId[(QuantityType.StockChange, processId)];

    /// <summary>
    /// Covariance of two reconciled quantities (first-order, at the solution), in the product of their units.
    /// 0 with a constant or a value held at a bound; NaN with a non-determinable unknown.
    /// </summary>
    public double Covariance(ReconciledQuantity a, ReconciledQuantity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (ga, gb) = (_gradients[a.Index], _gradients[b.Index]);
        return ga is null || gb is null ? double.NaN : _projection.Covariance(ga, gb);
    }

    /// <summary>Variance of Σ weight × quantity (first order); NaN when a term is non-determinable.</summary>
    public double Variance(IEnumerable<(ReconciledQuantity Quantity, double Weight)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var sum = new SortedDictionary<int, double>();
        foreach (var (quantity, weight) in terms)
        {
            if (_gradients[quantity.Index] is not { } g) return double.NaN;
            for (var e = 0; e < g.Indices.Length; e++)
                sum[g.Indices[e]] = sum.GetValueOrDefault(g.Indices[e]) + weight * g.Values[e];
        }
        var combined = new SparseVector([.. sum.Keys], [.. sum.Values]);
        return Math.Max(0, _projection.Covariance(combined, combined));
    }
}

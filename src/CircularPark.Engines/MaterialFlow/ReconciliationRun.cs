namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// The state of one reconciliation: roles and current point of every quantity, iterated by <see cref="LinearisedStep"/>
/// until converged, in rounds that make violated bounds active (all violators of a round at once, never released).
/// Starting point: the given values; unknown flows and stock changes 0, unknown coefficients 0.5.
/// </summary>
internal sealed class ReconciliationRun
{
    private readonly FlowNetwork _network;
    private readonly ReconciliationOptions _options;
    private readonly Role[] _roles;
    private readonly bool[] _atBound;
    private readonly double[] _tolerance;
    private double[] _point;
    private int _iterations;

    public ReconciliationRun(FlowNetwork network, ReconciliationOptions options)
    {
        (_network, _options) = (network, options);
        var given = network.Given;
        _roles = [.. given.Select(q => q.Status == QuantityStatus.Unknown ? Role.Unknown : q.IsUncertain ? Role.Uncertain : Role.Constant)];
        _atBound = new bool[given.Count];
        AbsoluteTolerance = MaterialBalance.AbsoluteTolerance(network, options);
        _tolerance = [.. Enumerable.Range(0, given.Count).Select(q => IsCoefficient(q) ? options.Tolerance : AbsoluteTolerance)];
        _point = [.. Enumerable.Range(0, given.Count).Select(q => given[q].Status != QuantityStatus.Unknown ? given[q].Value : IsCoefficient(q) ? 0.5 : 0)];
    }

    public double AbsoluteTolerance { get; }

    public ReconciliationResult Run()
    {
        for (var round = 0; ; round++)
        {
            var layout = new QuantityLayout(_network.Given, _roles);
            var (step, converged, change, linear) = Iterate(layout);
            var violations = converged ? Violations(layout, step) : [];
            if (violations.Count == 0)
            {
                var convergence = new ConvergenceInfo(converged, linear, _iterations, change, MaxConstraintResidual(layout, step), round);
                return new ResultBuilder(_network, _options, AbsoluteTolerance).Build(layout, step, Values(layout, step), _atBound, convergence);
            }
            foreach (var (q, bound) in violations) (_roles[q], _point[q], _atBound[q]) = (Role.Constant, bound, true);
        }
    }

    private bool IsCoefficient(int q) => q >= _network.FirstCoefficient;

    private (LinearisedStep Step, bool Converged, double Change, bool Linear) Iterate(QuantityLayout layout)
    {
        var variable = _roles.Select(r => r != Role.Constant).ToArray();
        var linear = !Enumerable.Range(0, _network.ConstraintCount).Any(c => _network.IsBilinear(c, variable));
        LinearisedStep step = null!;
        var change = double.PositiveInfinity;
        for (var i = 0; i < _options.MaxIterations; i++)
        {
            step = LinearisedStep.Build(_network, layout, _point, _options.RankTolerance);
            var next = step.NextPoint(layout, _point);
            change = Change(layout, step, next);
            _point = next;
            _iterations++;
            if (linear || change <= 1) return (step, true, change, linear);
        }
        return (step, false, change, linear);
    }

    /// <summary>The largest change of an uncertain or determinable quantity, in units of its tolerance.</summary>
    private double Change(QuantityLayout layout, LinearisedStep step, double[] next)
    {
        var change = 0.0;
        foreach (var q in Determined(layout, step)) change = Math.Max(change, Math.Abs(next[q] - _point[q]) / _tolerance[q]);
        return change;
    }

    private static IEnumerable<int> Determined(QuantityLayout layout, LinearisedStep step) =>
        layout.Uncertain.Concat(layout.Unknowns.Where((_, k) => step.Determinable[k]));

    private List<(int Quantity, double Bound)> Violations(QuantityLayout layout, LinearisedStep step)
    {
        var violations = new List<(int, double)>();
        foreach (var q in Determined(layout, step))
        {
            if (_network.Types[q] == QuantityType.StockChange) continue;
            if (_point[q] < -_tolerance[q]) violations.Add((q, 0));
            else if (IsCoefficient(q) && _point[q] > 1 + _tolerance[q]) violations.Add((q, 1));
        }
        return violations;
    }

    /// <summary>The point with non-determinable unknowns as NaN and values within tolerance of a bound clipped to it.</summary>
    private double[] Values(QuantityLayout layout, LinearisedStep step)
    {
        var values = (double[])_point.Clone();
        for (var k = 0; k < layout.Unknowns.Length; k++)
            if (!step.Determinable[k]) values[layout.Unknowns[k]] = double.NaN;
        for (var q = 0; q < values.Length; q++)
        {
            if (_network.Types[q] == QuantityType.StockChange || double.IsNaN(values[q])) continue;
            values[q] = Math.Max(0, IsCoefficient(q) ? Math.Min(1, values[q]) : values[q]);
        }
        return values;
    }

    /// <summary>Largest |constraint| at the point over constraints whose quantities are all determined.</summary>
    private double MaxConstraintResidual(QuantityLayout layout, LinearisedStep step)
    {
        var values = Values(layout, step);
        var max = 0.0;
        for (var c = 0; c < _network.ConstraintCount; c++)
        {
            var residual = _network.Evaluate(c, values);
            if (!double.IsNaN(residual)) max = Math.Max(max, Math.Abs(residual));
        }
        return max;
    }
}

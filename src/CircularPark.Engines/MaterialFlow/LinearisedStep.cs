namespace CircularPark.Engines.MaterialFlow;

/// <summary>How one reconciliation round treats a quantity.</summary>
internal enum Role
{
    /// <summary>Fixed, given with σ = 0, or held at a bound: never changes.</summary>
    Constant,

    /// <summary>Measured or estimated with σ &gt; 0: adjusted by weighted least squares.</summary>
    Uncertain,

    /// <summary>Computed from the constraints where determinable.</summary>
    Unknown,
}

/// <summary>
/// One step of the successive linearisation (Cencic 2016): the constraints are linearised at the current point,
/// J_z Δz + J_y y = J_y ỹ − f(ỹ, z̃); Gauss–Jordan elimination of the unknowns' columns (partial pivoting, rows
/// equilibrated) leaves pivot rows that give the unknowns and the remaining rows A y = b free of unknowns; the
/// uncertain quantities are then reconciled under A y = b by <see cref="Projection"/> anchored at the data.
/// </summary>
internal sealed class LinearisedStep
{
    private readonly int _rows;
    private readonly int _width;
    private readonly int _unknownCount;
    private readonly double[] _m;
    private readonly int[] _pivotRow;

    private LinearisedStep(int rows, int unknownCount, int uncertainCount)
    {
        (_rows, _unknownCount) = (rows, unknownCount);
        _width = unknownCount + uncertainCount + 1;
        _m = new double[rows * _width];
        _pivotRow = new int[unknownCount];
    }

    /// <summary>For each unknown (in <see cref="QuantityLayout"/> order): true when its value is unique.</summary>
    public bool[] Determinable { get; private set; } = [];

    /// <summary>The reconciliation of the uncertain quantities under the reduced constraints.</summary>
    public Projection Projection { get; private set; } = null!;

    /// <summary>Linearises at <paramref name="point"/> and reconciles the uncertain quantities' data.</summary>
    public static LinearisedStep Build(FlowNetwork network, QuantityLayout layout, ReadOnlySpan<double> point, double tolerance)
    {
        var step = new LinearisedStep(network.ConstraintCount, layout.Unknowns.Length, layout.Uncertain.Length);
        step.Linearise(network, layout, point);
        var reduced = step.EliminateUnknowns(tolerance);
        step.Projection = new Projection(layout, step._m, step._width, step._unknownCount, reduced, tolerance);
        step.Determinable = step.ClassifyUnknowns(tolerance);
        return step;
    }

    /// <summary>The next point: reconciled uncertain values, unknowns from their pivot rows (free unknowns unchanged).</summary>
    public double[] NextPoint(QuantityLayout layout, ReadOnlySpan<double> point)
    {
        var next = point.ToArray();
        var reconciled = Projection.Reconciled;
        for (var j = 0; j < reconciled.Length; j++) next[layout.Uncertain[j]] = reconciled[j];
        for (var k = 0; k < _unknownCount; k++)
        {
            if (_pivotRow[k] < 0) continue;
            var row = _m.AsSpan(_pivotRow[k] * _width, _width);
            var delta = row[^1];
            for (var j = 0; j < reconciled.Length; j++) delta -= row[_unknownCount + j] * reconciled[j];
            next[layout.Unknowns[k]] += delta;
        }
        return next;
    }

    /// <summary>∂(unknown k)/∂(reconciled uncertain j) as sparse pairs; only meaningful for a determinable unknown.</summary>
    public SparseVector UnknownGradient(int k)
    {
        var row = _m.AsSpan(_pivotRow[k] * _width, _width)[_unknownCount..^1];
        var indices = new List<int>();
        var values = new List<double>();
        for (var j = 0; j < row.Length; j++)
        {
            if (row[j] == 0) continue;
            indices.Add(j);
            values.Add(-row[j]);
        }
        return new SparseVector([.. indices], [.. values]);
    }

    private void Linearise(FlowNetwork network, QuantityLayout layout, ReadOnlySpan<double> point)
    {
        var values = point.ToArray();
        for (var c = 0; c < _rows; c++)
        {
            var offset = c * _width;
            var rhs = -network.Evaluate(c, point);
            network.Gradient(c, point, (q, g) =>
            {
                var column = layout.Column[q];
                if (column < 0) return;
                _m[offset + column] += g;
                if (column >= _unknownCount) rhs += g * values[q];
            });
            _m[offset + _width - 1] = rhs;
            Equilibrate(_m.AsSpan(offset, _width));
        }
    }

    private static void Equilibrate(Span<double> row)
    {
        var scale = 0.0;
        foreach (var a in row[..^1]) scale = Math.Max(scale, Math.Abs(a));
        if (scale == 0) return;
        foreach (ref var a in row) a /= scale;
    }

    /// <summary>Gauss–Jordan on the unknowns' columns; returns the rows that are left free of unknowns.</summary>
    private int[] EliminateUnknowns(double tolerance)
    {
        var isPivot = new bool[_rows];
        for (var k = 0; k < _unknownCount; k++)
        {
            var p = FindPivot(k, isPivot, tolerance);
            _pivotRow[k] = p;
            if (p < 0) continue;
            isPivot[p] = true;
            var pivot = _m.AsSpan(p * _width, _width);
            var scale = 1 / pivot[k];
            for (var j = k; j < _width; j++) pivot[j] *= scale;
            pivot[k] = 1;
            for (var r = 0; r < _rows; r++)
            {
                var factor = _m[r * _width + k];
                if (r == p || factor == 0) continue;
                var target = _m.AsSpan(r * _width, _width);
                for (var j = k + 1; j < _width; j++) target[j] -= factor * pivot[j];
                target[k] = 0;
            }
        }
        return [.. Enumerable.Range(0, _rows).Where(r => !isPivot[r])];
    }

    /// <summary>The row (not yet a pivot) with the largest entry in column k, or −1 (and the column zeroed) when all are negligible.</summary>
    private int FindPivot(int k, bool[] isPivot, double tolerance)
    {
        var (best, size) = (-1, tolerance);
        for (var r = 0; r < _rows; r++)
        {
            if (isPivot[r]) continue;
            var a = Math.Abs(_m[r * _width + k]);
            if (a > size) (best, size) = (r, a);
        }
        if (best < 0)
            for (var r = 0; r < _rows; r++)
                if (!isPivot[r]) _m[r * _width + k] = 0;
        return best;
    }

    /// <summary>An unknown is determinable when it has a pivot row with no weight on a free (pivot-less) unknown.</summary>
    private bool[] ClassifyUnknowns(double tolerance)
    {
        var free = Enumerable.Range(0, _unknownCount).Where(k => _pivotRow[k] < 0).ToArray();
        var determinable = new bool[_unknownCount];
        for (var k = 0; k < _unknownCount; k++)
        {
            if (_pivotRow[k] < 0) continue;
            var offset = _pivotRow[k] * _width;
            determinable[k] = free.All(f => Math.Abs(_m[offset + f]) <= tolerance);
        }
        return determinable;
    }
}

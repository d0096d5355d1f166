using System.Numerics;

namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// Weighted least squares of the uncertain data m (independent, variances Q) under linear constraints A y = b free of
/// unknowns: ŷ = m − Q Aᵀ (A Q Aᵀ)⁻¹ (A m − b), Cov(ŷ) = Q − Q Aᵀ (A Q Aᵀ)⁻¹ A Q. Dependent constraint rows are
/// dropped by a Cholesky factorisation of S = A Q Aᵀ with diagonal pivoting: a row is dependent when its remaining
/// Schur diagonal is at most the tolerance times its own diagonal. The rank of the kept rows is the number of
/// degrees of freedom the data have to satisfy. A is held by columns (sparse), S⁻¹ densely once needed.
/// </summary>
internal sealed class Projection
{
    private readonly double[] _variance;
    private readonly int[] _start;
    private readonly int[] _row;
    private readonly double[] _value;
    private readonly double[] _factor;
    private double[]? _inverse;

    public Projection(QuantityLayout layout, double[] matrix, int width, int firstColumn, int[] rows, double tolerance)
    {
        _variance = layout.Variance;
        var (start, row, value) = ToColumns(matrix, width, firstColumn, rows, _variance.Length, tolerance);
        var kept = PivotedCholesky(Gram(start, row, value, rows.Length), rows.Length, tolerance, out _factor);
        Rank = kept.Length;
        (_start, _row, _value) = Restrict(start, row, value, kept, rows.Length);
        var residual = new double[Rank];
        for (var i = 0; i < Rank; i++) residual[i] = -matrix[rows[kept[i]] * width + width - 1];
        var data = layout.Data;
        for (var j = 0; j < data.Length; j++)
            for (var e = _start[j]; e < _start[j + 1]; e++) residual[_row[e]] += _value[e] * data[j];
        var multiplier = SolveFactored(residual);
        Reconciled = new double[data.Length];
        for (var j = 0; j < data.Length; j++)
        {
            var correction = 0.0;
            for (var e = _start[j]; e < _start[j + 1]; e++) correction += _value[e] * multiplier[_row[e]];
            Reconciled[j] = data[j] - _variance[j] * correction;
        }
    }

    /// <summary>Independent constraints on the uncertain data: the degrees of freedom of the χ² test.</summary>
    public int Rank { get; }

    /// <summary>Reconciled values of the uncertain quantities (column order).</summary>
    public double[] Reconciled { get; }

    /// <summary>W_jj = a_jᵀ S⁻¹ a_j: the variance of the weighted adjustment (Q⁻¹(m − ŷ))_j; 0 for non-redundant data.</summary>
    public double AdjustmentWeight(int j)
    {
        var inverse = Inverse();
        var sum = 0.0;
        for (var e = _start[j]; e < _start[j + 1]; e++)
            for (var f = _start[j]; f < _start[j + 1]; f++)
                sum += _value[e] * _value[f] * inverse[_row[e] * Rank + _row[f]];
        return sum;
    }

    /// <summary>Cov(g₁ᵀŷ, g₂ᵀŷ) = g₁ᵀ Q g₂ − (A Q g₁)ᵀ S⁻¹ (A Q g₂).</summary>
    public double Covariance(SparseVector g1, SparseVector g2)
    {
        var u1 = Spread(g1);
        var u2 = ReferenceEquals(g1, g2) ? u1 : Spread(g2);
        var inverse = Inverse();
        var reduction = 0.0;
        for (var a = 0; a < Rank; a++)
        {
            if (u1[a] == 0) continue;
            var row = inverse.AsSpan(a * Rank, Rank);
            var dot = 0.0;
            for (var b = 0; b < Rank; b++) dot += row[b] * u2[b];
            reduction += u1[a] * dot;
        }
        return Diagonal(g1, g2) - reduction;
    }

    private double Diagonal(SparseVector g1, SparseVector g2)
    {
        var (sum, b) = (0.0, 0);
        for (var a = 0; a < g1.Indices.Length; a++)
        {
            while (b < g2.Indices.Length && g2.Indices[b] < g1.Indices[a]) b++;
            if (b < g2.Indices.Length && g2.Indices[b] == g1.Indices[a]) sum += g1.Values[a] * g2.Values[b] * _variance[g1.Indices[a]];
        }
        return sum;
    }

    /// <summary>A Q g as a dense vector over the kept rows.</summary>
    private double[] Spread(SparseVector g)
    {
        var u = new double[Rank];
        for (var a = 0; a < g.Indices.Length; a++)
        {
            var j = g.Indices[a];
            for (var e = _start[j]; e < _start[j + 1]; e++) u[_row[e]] += _value[e] * _variance[j] * g.Values[a];
        }
        return u;
    }

    /// <summary>The rows' entries on the uncertain columns by column; entries within the tolerance of 0 (rounding left by the elimination) are dropped.</summary>
    private static (int[] Start, int[] Row, double[] Value) ToColumns(double[] matrix, int width, int first, int[] rows, int columns, double tolerance)
    {
        foreach (var r in rows)
            foreach (ref var a in matrix.AsSpan(r * width + first, columns))
                if (Math.Abs(a) <= tolerance) a = 0;
        var start = new int[columns + 1];
        foreach (var r in rows)
            for (var j = 0; j < columns; j++)
                if (matrix[r * width + first + j] != 0) start[j + 1]++;
        for (var j = 0; j < columns; j++) start[j + 1] += start[j];
        var fill = start[..^1];
        var (row, value) = (new int[start[^1]], new double[start[^1]]);
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < columns; j++)
            {
                var a = matrix[rows[i] * width + first + j];
                if (a == 0) continue;
                (row[fill[j]], value[fill[j]]) = (i, a);
                fill[j]++;
            }
        return (start, row, value);
    }

    private double[] Gram(int[] start, int[] row, double[] value, int n)
    {
        var s = new double[n * n];
        for (var j = 0; j < _variance.Length; j++)
            for (var e = start[j]; e < start[j + 1]; e++)
            {
                var scaled = _variance[j] * value[e];
                for (var f = start[j]; f < start[j + 1]; f++) s[row[e] * n + row[f]] += scaled * value[f];
            }
        return s;
    }

    /// <summary>Keeps the columns of rows in <paramref name="kept"/>, renumbered by their position there.</summary>
    private static (int[] Start, int[] Row, double[] Value) Restrict(int[] start, int[] row, double[] value, int[] kept, int n)
    {
        var position = new int[n];
        Array.Fill(position, -1);
        for (var i = 0; i < kept.Length; i++) position[kept[i]] = i;
        var (newStart, newRow, newValue) = (new int[start.Length], new List<int>(row.Length), new List<double>(row.Length));
        for (var j = 0; j + 1 < start.Length; j++)
        {
            for (var e = start[j]; e < start[j + 1]; e++)
                if (position[row[e]] >= 0) { newRow.Add(position[row[e]]); newValue.Add(value[e]); }
            newStart[j + 1] = newRow.Count;
        }
        return (newStart, [.. newRow], [.. newValue]);
    }

    /// <summary>
    /// S = P L Lᵀ Pᵀ with diagonal pivoting on the relative Schur diagonal; stops at the first pivot whose relative
    /// size is at most <paramref name="tolerance"/>. Returns the kept rows in pivot order; L (rank × rank, row-major
    /// with stride n) in <paramref name="factor"/>.
    /// </summary>
    private static int[] PivotedCholesky(double[] s, int n, double tolerance, out double[] factor)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var original = Enumerable.Range(0, n).Select(i => s[i * n + i]).ToArray();
        var schur = (double[])original.Clone();
        var l = new double[n * n];
        var swap = new double[n];
        var rank = 0;
        for (; rank < n; rank++)
        {
            var best = BestPivot(order, rank, schur, original, tolerance);
            if (best < 0) break;
            (order[rank], order[best]) = (order[best], order[rank]);
            l.AsSpan(rank * n, rank).CopyTo(swap);
            l.AsSpan(best * n, rank).CopyTo(l.AsSpan(rank * n, rank));
            swap.AsSpan(0, rank).CopyTo(l.AsSpan(best * n, rank));
            var pivot = Math.Sqrt(schur[order[rank]]);
            l[rank * n + rank] = pivot;
            var lk = l.AsSpan(rank * n, rank);
            for (var i = rank + 1; i < n; i++)
            {
                var li = l.AsSpan(i * n, rank);
                var v = (s[order[i] * n + order[rank]] - Dot(li, lk)) / pivot;
                l[i * n + rank] = v;
                schur[order[i]] -= v * v;
            }
        }
        factor = Compact(l, n, rank);
        return order[..rank];
    }

    private static int BestPivot(int[] order, int from, double[] schur, double[] original, double tolerance)
    {
        var (best, size) = (-1, tolerance);
        for (var i = from; i < order.Length; i++)
        {
            var q = order[i];
            if (original[q] <= 0) continue;
            var relative = schur[q] / original[q];
            if (relative > size) (best, size) = (i, relative);
        }
        return best;
    }

    private static double[] Compact(double[] l, int n, int rank)
    {
        var compact = new double[rank * rank];
        for (var i = 0; i < rank; i++) l.AsSpan(i * n, i + 1).CopyTo(compact.AsSpan(i * rank));
        return compact;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (sum, i) = (Vector<double>.Zero, 0);
        for (; i <= a.Length - Vector<double>.Count; i += Vector<double>.Count)
            sum += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
        var dot = Vector.Sum(sum);
        for (; i < a.Length; i++) dot += a[i] * b[i];
        return dot;
    }

    private double[] SolveFactored(double[] rhs)
    {
        var x = (double[])rhs.Clone();
        for (var i = 0; i < Rank; i++) x[i] = (x[i] - Dot(_factor.AsSpan(i * Rank, i), x.AsSpan(0, i))) / _factor[i * Rank + i];
        for (var i = Rank - 1; i >= 0; i--)
        {
            x[i] /= _factor[i * Rank + i];
            for (var k = 0; k < i; k++) x[k] -= _factor[i * Rank + k] * x[i];
        }
        return x;
    }

    /// <summary>S⁻¹ = L⁻ᵀ L⁻¹ (dense, rank × rank), computed once.</summary>
    private double[] Inverse()
    {
        if (_inverse is not null) return _inverse;
        var n = Rank;
        var linv = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            linv[i * n + i] = 1 / _factor[i * n + i];
            for (var j = 0; j < i; j++)
            {
                var sum = 0.0;
                for (var k = j; k < i; k++) sum += _factor[i * n + k] * linv[k * n + j];
                linv[i * n + j] = -sum / _factor[i * n + i];
            }
        }
        var inverse = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            var row = linv.AsSpan(k * n, k + 1);
            for (var i = 0; i <= k; i++)
            {
                var a = row[i];
                if (a == 0) continue;
                var target = inverse.AsSpan(i * n, k + 1);
                for (var j = 0; j <= k; j++) target[j] += a * row[j];
            }
        }
        _inverse = inverse;
        return inverse;
    }
}

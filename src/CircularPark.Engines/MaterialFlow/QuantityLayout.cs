namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// Which quantities one round treats as unknown, uncertain or constant, and their columns in the linearised system:
/// unknowns take columns 0 … u−1, uncertain quantities u … u+m−1.
/// </summary>
internal sealed class QuantityLayout
{
    public QuantityLayout(IReadOnlyList<Quantity> given, IReadOnlyList<Role> roles)
    {
        Roles = roles;
        Unknowns = [.. Enumerable.Range(0, roles.Count).Where(q => roles[q] == Role.Unknown)];
        Uncertain = [.. Enumerable.Range(0, roles.Count).Where(q => roles[q] == Role.Uncertain)];
        Column = new int[roles.Count];
        Array.Fill(Column, -1);
        for (var k = 0; k < Unknowns.Length; k++) Column[Unknowns[k]] = k;
        for (var j = 0; j < Uncertain.Length; j++) Column[Uncertain[j]] = Unknowns.Length + j;
        Data = [.. Uncertain.Select(q => given[q].Value)];
        Variance = [.. Uncertain.Select(q => given[q].StandardDeviation * given[q].StandardDeviation)];
    }

    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Quantity index of each unknown column.</summary>
    public int[] Unknowns { get; }

    /// <summary>Quantity index of each uncertain column (after the unknowns).</summary>
    public int[] Uncertain { get; }

    /// <summary>Column of each quantity, −1 for constants.</summary>
    public int[] Column { get; }

    /// <summary>The given values of the uncertain quantities: the anchor of the least squares.</summary>
    public double[] Data { get; }

    /// <summary>The given variances of the uncertain quantities (the diagonal of Q; data are taken as independent).</summary>
    public double[] Variance { get; }
}

/// <summary>A sparse vector over the uncertain quantities: indices ascending, with their values.</summary>
internal sealed record SparseVector(int[] Indices, double[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public static SparseVector Unit(int index) => new([index], [1.0]);
}

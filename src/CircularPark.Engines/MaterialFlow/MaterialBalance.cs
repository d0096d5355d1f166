namespace CircularPark.Engines.MaterialFlow;

/// <summary>Process balances (input = output + stock change) of a layer, on given data or on reconciled values.</summary>
public static class MaterialBalance
{
    /// <summary>
    /// Balances of the internal processes on the data as given, before reconciliation: unknown flows and stock changes
    /// count as undetermined terms. The absolute tolerance is that of <see cref="ReconciliationOptions.Tolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The layer is malformed (duplicate ids, missing processes or flows).</exception>
    public static IReadOnlyList<ProcessBalance> OfGivenData(FlowLayer layer, ReconciliationOptions? options = null)
    {
        options ??= ReconciliationOptions.Default;
        options.Validate();
        var network = new FlowNetwork(layer);
        var values = network.Given.Select(q => q.Value).ToArray();
        return Compute(network, values, AbsoluteTolerance(network, options));
    }

    /// <summary>Balances at <paramref name="values"/> (quantity order); NaN marks an undetermined term.</summary>
    internal static IReadOnlyList<ProcessBalance> Compute(FlowNetwork network, double[] values, double tolerance)
    {
        var balances = new ProcessBalance[network.InternalProcesses.Count];
        for (var p = 0; p < balances.Length; p++)
        {
            var undetermined = 0;
            var input = Sum(network.Inputs(p), values, ref undetermined);
            var output = Sum(network.Outputs(p), values, ref undetermined);
            var stockIndex = network.StockOf(p);
            var stock = stockIndex < 0 ? 0 : Sum([stockIndex], values, ref undetermined);
            var residual = input - output - stock;
            balances[p] = new ProcessBalance(
                network.InternalProcesses[p].Id, input, output, stock, residual, undetermined,
                undetermined == 0 && Math.Abs(residual) <= tolerance);
        }
        return balances;
    }

    /// <summary>Tolerance × max(1, largest |given value| of a flow or stock change), in the layer's unit.</summary>
    internal static double AbsoluteTolerance(FlowNetwork network, ReconciliationOptions options)
    {
        var scale = 1.0;
        for (var q = 0; q < network.FirstCoefficient; q++)
            if (double.IsFinite(network.Given[q].Value)) scale = Math.Max(scale, Math.Abs(network.Given[q].Value));
        return options.Tolerance * scale;
    }

    private static double Sum(IReadOnlyList<int> quantities, double[] values, ref int undetermined)
    {
        var sum = 0.0;
        foreach (var q in quantities)
        {
            if (double.IsNaN(values[q])) undetermined++;
            else sum += values[q];
        }
        return sum;
    }
}

namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// A layer indexed for computation. Quantities are numbered flows first, then the declared stock changes, then the
/// transfer coefficients. Constraints are numbered balances of the internal processes first, then one per transfer
/// coefficient: balance f = Σ inputs − Σ outputs − stock change; transfer f = flow − k × Σ inputs of its process.
/// </summary>
internal sealed class FlowNetwork
{
    private readonly int[][] _inputs;
    private readonly int[][] _outputs;
    private readonly int[] _stockOf;
    private readonly int[] _tcFlow;
    private readonly int[] _tcProcess;

    public FlowNetwork(FlowLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        Layer = layer;
        var processIndex = IndexProcesses(layer.Processes);
        var internals = layer.Processes.Where(p => p.Kind == ProcessKind.Internal).ToArray();
        InternalProcesses = internals;
        var row = internals.Select((p, i) => (p.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var flowIndex = IndexFlows(layer, processIndex, row, out _inputs, out _outputs);
        var given = layer.Flows.Select(f => f.Quantity).ToList();
        Ids = layer.Flows.Select(f => f.Id).ToList();
        Types = layer.Flows.Select(_ => QuantityType.Flow).ToList();
        _stockOf = new int[internals.Length];
        for (var p = 0; p < internals.Length; p++)
        {
            _stockOf[p] = -1;
            if (internals[p].StockChange is not { } stock) continue;
            _stockOf[p] = given.Count;
            AddQuantity(given, stock, internals[p].Id, QuantityType.StockChange);
        }
        FlowCount = layer.Flows.Count;
        FirstCoefficient = given.Count;
        (_tcFlow, _tcProcess) = IndexCoefficients(layer, flowIndex, row, given);
        Given = given;
    }

    public FlowLayer Layer { get; }

    public IReadOnlyList<Process> InternalProcesses { get; }

    /// <summary>Given quantities in quantity order.</summary>
    public IReadOnlyList<Quantity> Given { get; }

    /// <summary>Flow id, process id (stock change) or coefficient id, in quantity order.</summary>
    public List<string> Ids { get; }

    public List<QuantityType> Types { get; }

    public int FlowCount { get; }

    public int FirstCoefficient { get; }

    public int QuantityCount => Given.Count;

    public int ConstraintCount => _inputs.Length + _tcFlow.Length;

    public IReadOnlyList<int> Inputs(int process) => _inputs[process];

    public IReadOnlyList<int> Outputs(int process) => _outputs[process];

    /// <summary>The quantity index of the process's stock change, or −1 when it has none.</summary>
    public int StockOf(int process) => _stockOf[process];

    /// <summary>True when constraint <paramref name="c"/> multiplies two quantities that are both variable.</summary>
    public bool IsBilinear(int c, IReadOnlyList<bool> variable) =>
        c >= _inputs.Length && variable[FirstCoefficient + c - _inputs.Length] && _inputs[_tcProcess[c - _inputs.Length]].Any(i => variable[i]);

    /// <summary>The constraint's value at <paramref name="v"/> (quantity order).</summary>
    public double Evaluate(int c, ReadOnlySpan<double> v)
    {
        if (c < _inputs.Length) return Sum(_inputs[c], v) - Sum(_outputs[c], v) - (_stockOf[c] < 0 ? 0 : v[_stockOf[c]]);
        var t = c - _inputs.Length;
        return v[_tcFlow[t]] - v[FirstCoefficient + t] * Sum(_inputs[_tcProcess[t]], v);
    }

    /// <summary>Calls <paramref name="add"/>(quantity, ∂f/∂quantity) for every quantity constraint <paramref name="c"/> depends on at <paramref name="v"/>.</summary>
    public void Gradient(int c, ReadOnlySpan<double> v, Action<int, double> add)
    {
        if (c < _inputs.Length)
        {
            foreach (var i in _inputs[c]) add(i, 1);
            foreach (var o in _outputs[c]) add(o, -1);
            if (_stockOf[c] >= 0) add(_stockOf[c], -1);
            return;
        }
        var t = c - _inputs.Length;
        var inputs = _inputs[_tcProcess[t]];
        add(_tcFlow[t], 1);
        foreach (var i in inputs) add(i, -v[FirstCoefficient + t]);
        add(FirstCoefficient + t, -Sum(inputs, v));
    }

    private static double Sum(int[] indices, ReadOnlySpan<double> v)
    {
        var sum = 0.0;
        foreach (var i in indices) sum += v[i];
        return sum;
    }

    private void AddQuantity(List<Quantity> given, Quantity quantity, string id, QuantityType type)
    {
        given.Add(quantity);
        Ids.Add(id);
        Types.Add(type);
    }

    private static Dictionary<string, int> IndexFlows(
        FlowLayer layer, HashSet<string> processes, Dictionary<string, int> row, out int[][] inputs, out int[][] outputs)
    {
        var (ins, outs) = (row.Select(_ => new List<int>()).ToArray(), row.Select(_ => new List<int>()).ToArray());
        var flowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < layer.Flows.Count; f++)
        {
            var flow = layer.Flows[f];
            if (!flowIndex.TryAdd(flow.Id, f)) throw new ArgumentException($"Flow id '{flow.Id}' appears twice.", nameof(layer));
            if (!processes.Contains(flow.From) || !processes.Contains(flow.To))
                throw new ArgumentException($"Flow '{flow.Id}' names a process that does not exist.", nameof(layer));
            if (flow.From == flow.To) throw new ArgumentException($"Flow '{flow.Id}' leaves and enters the same process.", nameof(layer));
            if (!flow.Quantity.IsUncertain && flow.Quantity.Value < 0)
                throw new ArgumentException($"Flow '{flow.Id}' is fixed at a negative value.", nameof(layer));
            if (row.TryGetValue(flow.From, out var from)) outs[from].Add(f);
            if (row.TryGetValue(flow.To, out var to)) ins[to].Add(f);
        }
        (inputs, outputs) = ([.. ins.Select(l => l.ToArray())], [.. outs.Select(l => l.ToArray())]);
        return flowIndex;
    }

    private static HashSet<string> IndexProcesses(IReadOnlyList<Process> processes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in processes)
            if (!ids.Add(p.Id)) throw new ArgumentException($"Process id '{p.Id}' appears twice.", nameof(processes));
        return ids;
    }

    private (int[] Flow, int[] Process) IndexCoefficients(
        FlowLayer layer, Dictionary<string, int> flowIndex, Dictionary<string, int> row, List<Quantity> given)
    {
        var count = layer.TransferCoefficients.Count;
        var (flows, processes) = (new int[count], new int[count]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < count; t++)
        {
            var tc = layer.TransferCoefficients[t];
            if (!seen.Add(tc.Id)) throw new ArgumentException($"Transfer coefficient id '{tc.Id}' appears twice.", nameof(layer));
            if (!flowIndex.TryGetValue(tc.FlowId, out flows[t]))
                throw new ArgumentException($"Transfer coefficient '{tc.Id}' names flow '{tc.FlowId}', which does not exist.", nameof(layer));
            if (!row.TryGetValue(layer.Flows[flows[t]].From, out processes[t]))
                throw new ArgumentException($"Transfer coefficient '{tc.Id}' belongs to a boundary process.", nameof(layer));
            if (!tc.Coefficient.IsUncertain && tc.Coefficient.Value is < 0 or > 1)
                throw new ArgumentException($"Transfer coefficient '{tc.Id}' is fixed outside [0, 1].", nameof(layer));
            AddQuantity(given, tc.Coefficient, tc.Id, QuantityType.TransferCoefficient);
        }
        return (flows, processes);
    }
}

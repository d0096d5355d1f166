namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// Primal network simplex for minimum-cost flow, in 64-bit integer arithmetic (exact: no tolerances).
/// Starts from an artificial spanning tree (every node hangs from an extra root by an arc of big-M cost),
/// keeps the tree strongly feasible so degenerate pivots cannot cycle, and picks entering arcs by block search
/// (blocks of ⌈√arcs⌉ arcs, the most negative reduced cost of the first block that has one).
/// See docs/adr/0020-min-cost-flow-network-simplex.md.
/// </summary>
public static class NetworkSimplex
{
    /// <summary>Solves the problem. Never throws for an unbalanced, infeasible or unbounded problem: the status says so.</summary>
    /// <param name="problem">A validated problem (the constructor of <see cref="MinCostFlowProblem"/> checks its shape).</param>
    /// <returns>Status, flows, total cost, potentials and diagnostics; see <see cref="MinCostFlowResult"/>.</returns>
    /// <exception cref="OverflowException">The optimal total cost does not fit in 64 bits.</exception>
    public static MinCostFlowResult Solve(MinCostFlowProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var imbalance = problem.Imbalance;
        if (imbalance != 0)
        {
            return new MinCostFlowResult(MinCostFlowStatus.Unbalanced, new long[problem.Arcs.Count], 0,
                new long[problem.NodeCount], new long[problem.NodeCount], imbalance, 0);
        }
        return new SpanningTreeSimplex(problem).Run();
    }
}

/// <summary>
/// The state of one solve. Arcs 0..m−1 are the problem's; arc m+u joins node u to the artificial root n.
/// The spanning tree is kept as parent/pred arrays with child lists; π satisfies cost + π(tail) − π(head) = 0
/// on every tree arc. State of a non-tree arc: +1 at its lower bound, −1 at its upper bound, 0 in the tree.
/// </summary>
internal sealed partial class SpanningTreeSimplex
{
    private const sbyte StateUpper = -1, StateTree = 0, StateLower = 1;
    private const sbyte DirUp = 1, DirDown = -1; // pred arc of u goes u → parent (up) or parent → u (down)
    private const long Infinite = long.MaxValue;

    private readonly int _nodeCount, _arcCount, _root, _blockSize;
    private readonly int[] _source, _target;
    private readonly long[] _capacity, _cost, _flow, _pi;
    private readonly sbyte[] _state;
    private long _pivots;
    private int _nextArc, _inArc, _join, _uIn, _vIn, _uOut;
    private long _delta;

    public SpanningTreeSimplex(MinCostFlowProblem problem)
    {
        var arcs = problem.ArcArray;
        _nodeCount = problem.NodeCount;
        _arcCount = arcs.Length;
        _root = _nodeCount;
        var all = _arcCount + _nodeCount;
        _source = new int[all];
        _target = new int[all];
        _capacity = new long[all];
        _cost = new long[all];
        _flow = new long[all];
        _state = new sbyte[all];
        _pi = new long[_nodeCount + 1];
        _blockSize = Math.Max(10, (int)Math.Ceiling(Math.Sqrt(_arcCount)));
        for (var e = 0; e < _arcCount; e++)
        {
            (_source[e], _target[e], _capacity[e], _cost[e]) = (arcs[e].Tail, arcs[e].Head, arcs[e].Capacity, arcs[e].Cost);
            _state[e] = StateLower;
        }
        var bigM = (problem.MaxAbsCost + 1) * (_nodeCount + 1);
        InitTree(problem.SupplyArray, bigM);
    }

    public MinCostFlowResult Run()
    {
        while (FindEnteringArc())
        {
            _pivots++;
            FindJoinNode();
            var change = FindLeavingArc();
            if (_delta >= Infinite) return Unbounded();
            ChangeFlow(change);
            if (change)
            {
                UpdateTree();
                UpdatePotentials();
            }
        }
        return Result();
    }

    /// <summary>Block search: scan blocks of arcs cyclically from where the last search stopped.</summary>
    private bool FindEnteringArc()
    {
        var (state, cost, pi, source, target) = (_state, _cost, _pi, _source, _target);
        long min = 0;
        var count = _blockSize;
        var e = _nextArc;
        for (var scanned = 0; scanned < _arcCount; scanned++)
        {
            var reduced = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (reduced < min)
            {
                min = reduced;
                _inArc = e;
            }
            if (++e == _arcCount) e = 0;
            if (--count == 0)
            {
                if (min < 0) break;
                count = _blockSize;
            }
        }
        _nextArc = e;
        return min < 0;
    }

    /// <summary>Finds the leaving arc on the pivot cycle: the last blocking arc met when the cycle is walked in the
    /// direction of the flow change from the join node (this keeps the tree strongly feasible).</summary>
    /// <returns>False when the entering arc itself blocks (it only moves to its other bound).</returns>
    private bool FindLeavingArc()
    {
        int first, second;
        if (_state[_inArc] == StateLower) (first, second) = (_source[_inArc], _target[_inArc]);
        else (first, second) = (_target[_inArc], _source[_inArc]);
        _delta = _capacity[_inArc];
        var result = 0;
        for (var u = first; u != _join; u = _parent[u])
        {
            var d = Room(u, DirDown);
            if (d < _delta)
            {
                (_delta, _uOut, result) = (d, u, 1);
            }
        }
        for (var u = second; u != _join; u = _parent[u])
        {
            var d = Room(u, DirUp);
            if (d <= _delta)
            {
                (_delta, _uOut, result) = (d, u, 2);
            }
        }
        (_uIn, _vIn) = result == 1 ? (first, second) : (second, first);
        return result != 0;
    }

    /// <summary>How much the pred arc of u can change when flow moves along it in the direction
    /// <paramref name="increasingWhen"/> (the arc's flow grows if its direction equals it, shrinks otherwise).</summary>
    private long Room(int u, sbyte increasingWhen)
    {
        var e = _pred[u];
        if (_predDir[u] != increasingWhen) return _flow[e];
        return _capacity[e] == Infinite ? Infinite : _capacity[e] - _flow[e];
    }

    private void ChangeFlow(bool change)
    {
        if (_delta > 0)
        {
            var value = _state[_inArc] * _delta;
            _flow[_inArc] += value;
            for (var u = _source[_inArc]; u != _join; u = _parent[u]) _flow[_pred[u]] -= _predDir[u] * value;
            for (var u = _target[_inArc]; u != _join; u = _parent[u]) _flow[_pred[u]] += _predDir[u] * value;
        }
        if (change)
        {
            _state[_inArc] = StateTree;
            var leaving = _pred[_uOut];
            _state[leaving] = _flow[leaving] == 0 ? StateLower : StateUpper;
        }
        else
        {
            _state[_inArc] = (sbyte)-_state[_inArc];
        }
    }

    private MinCostFlowResult Unbounded() =>
        new(MinCostFlowStatus.Unbounded, new long[_arcCount], 0, new long[_nodeCount], new long[_nodeCount], 0, _pivots);

    private MinCostFlowResult Result()
    {
        var flows = _flow[.._arcCount];
        var unrouted = new long[_nodeCount];
        var infeasible = false;
        for (var u = 0; u < _nodeCount; u++)
        {
            var e = _arcCount + u;
            if (_flow[e] == 0) continue;
            unrouted[u] = _source[e] == u ? _flow[e] : -_flow[e];
            infeasible = true;
        }
        Int128 total = 0;
        for (var e = 0; e < _arcCount; e++) total += (Int128)flows[e] * _cost[e];
        var status = infeasible ? MinCostFlowStatus.Infeasible : MinCostFlowStatus.Optimal;
        return new MinCostFlowResult(status, flows, checked((long)total), _pi[.._nodeCount], unrouted, 0, _pivots);
    }
}

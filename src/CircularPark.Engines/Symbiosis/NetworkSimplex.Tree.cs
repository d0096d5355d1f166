namespace CircularPark.Engines.Symbiosis;

/// <summary>The spanning tree of <see cref="SpanningTreeSimplex"/>: parent, pred arc and its direction, depth,
/// and doubly linked child lists, so that a pivot re-hangs a subtree in time proportional to its size.</summary>
internal sealed partial class SpanningTreeSimplex
{
    private int[] _parent = [], _pred = [], _depth = [], _firstChild = [], _nextSibling = [], _prevSibling = [];
    private sbyte[] _predDir = [];

    /// <summary>Hangs every node from the root by its artificial arc: u → root carrying a supply (cost 0),
    /// root → u carrying a demand (cost big-M). Zero-flow arcs point up, so the tree is strongly feasible.</summary>
    private void InitTree(long[] supplies, long bigM)
    {
        var nodes = _nodeCount + 1;
        (_parent, _pred, _depth) = (new int[nodes], new int[nodes], new int[nodes]);
        (_firstChild, _nextSibling, _prevSibling) = (new int[nodes], new int[nodes], new int[nodes]);
        _predDir = new sbyte[nodes];
        (_parent[_root], _pred[_root], _nextSibling[_root], _prevSibling[_root]) = (-1, -1, -1, -1);
        _firstChild[_root] = _nodeCount > 0 ? 0 : -1;
        for (var u = 0; u < _nodeCount; u++)
        {
            var e = _arcCount + u;
            (_parent[u], _pred[u], _depth[u], _firstChild[u]) = (_root, e, 1, -1);
            (_prevSibling[u], _nextSibling[u]) = (u - 1, u + 1 < _nodeCount ? u + 1 : -1);
            (_capacity[e], _state[e]) = (Infinite, StateTree);
            if (supplies[u] >= 0)
            {
                (_source[e], _target[e], _flow[e], _cost[e], _predDir[u], _pi[u]) = (u, _root, supplies[u], 0, DirUp, 0);
            }
            else
            {
                (_source[e], _target[e], _flow[e], _cost[e], _predDir[u], _pi[u]) = (_root, u, -supplies[u], bigM, DirDown, bigM);
            }
        }
    }

    /// <summary>The apex of the pivot cycle: the deepest common ancestor of the entering arc's ends.</summary>
    private void FindJoinNode()
    {
        var (u, v) = (_source[_inArc], _target[_inArc]);
        while (_depth[u] > _depth[v]) u = _parent[u];
        while (_depth[v] > _depth[u]) v = _parent[v];
        while (u != v) (u, v) = (_parent[u], _parent[v]);
        _join = u;
    }

    /// <summary>Removes the leaving arc (pred of u_out), reverses the stem u_in … u_out and hangs u_in from v_in by
    /// the entering arc.</summary>
    private void UpdateTree()
    {
        Detach(_uOut);
        var (stem, newParent, arc) = (_uIn, _vIn, _inArc);
        var dir = _source[_inArc] == _uIn ? DirUp : DirDown;
        while (true)
        {
            var (oldParent, oldPred, oldDir) = (_parent[stem], _pred[stem], _predDir[stem]);
            if (stem != _uOut) Detach(stem);
            (_parent[stem], _pred[stem], _predDir[stem]) = (newParent, arc, dir);
            Attach(newParent, stem);
            if (stem == _uOut) return;
            (newParent, arc, dir, stem) = (stem, oldPred, (sbyte)-oldDir, oldParent);
        }
    }

    /// <summary>Shifts π over the subtree now rooted at u_in so that the entering arc has zero reduced cost, and
    /// recomputes the depths there (walks the subtree without a stack, through the child lists).</summary>
    private void UpdatePotentials()
    {
        var sigma = _pi[_vIn] - _pi[_uIn] - _predDir[_uIn] * _cost[_inArc];
        var (pi, depth, parent, firstChild, nextSibling) = (_pi, _depth, _parent, _firstChild, _nextSibling);
        var top = _uIn;
        var u = top;
        while (true)
        {
            pi[u] += sigma;
            depth[u] = depth[parent[u]] + 1;
            if (firstChild[u] >= 0)
            {
                u = firstChild[u];
                continue;
            }
            while (u != top && nextSibling[u] < 0) u = parent[u];
            if (u == top) return;
            u = nextSibling[u];
        }
    }

    private void Detach(int u)
    {
        var (prev, next) = (_prevSibling[u], _nextSibling[u]);
        if (prev >= 0) _nextSibling[prev] = next;
        else _firstChild[_parent[u]] = next;
        if (next >= 0) _prevSibling[next] = prev;
    }

    private void Attach(int parent, int u)
    {
        var first = _firstChild[parent];
        (_prevSibling[u], _nextSibling[u]) = (-1, first);
        if (first >= 0) _prevSibling[first] = u;
        _firstChild[parent] = u;
    }
}

#!/usr/bin/python3
"""Solve a DIMACS min-cost-flow file with networkx.network_simplex and print one JSON line:
{"cost": <optimal cost>, "solve_seconds": <network_simplex time>, "load_seconds": <parse time>, "nodes": n, "arcs": m}.

Used by the `matching` benchmark (bench/CircularPark.Bench/SymbiosisBenchmark.cs). DIMACS lines:
"p min N M", "n ID SUPPLY" (1-based, positive = supply), "a TAIL HEAD LOW CAP COST" (LOW must be 0).
Run with Debian's interpreter: /usr/bin/python3 mcf_networkx.py FILE (package python3-networkx).
"""
import json
import sys
import time

import networkx as nx


def load(path):
    graph = nx.DiGraph()
    with open(path, encoding="ascii") as f:
        for line in f:
            kind, *fields = line.split()
            if kind == "p":
                graph.add_nodes_from(range(1, int(fields[1]) + 1), demand=0)
            elif kind == "n":
                # networkx: demand > 0 receives, < 0 sends; DIMACS supply has the other sign.
                graph.nodes[int(fields[0])]["demand"] = -int(fields[1])
            elif kind == "a":
                tail, head, low, cap, cost = map(int, fields)
                if low != 0:
                    raise ValueError("lower bounds other than 0 are not supported")
                if graph.has_edge(tail, head):
                    raise ValueError(f"parallel arc {tail}->{head} is not supported by a DiGraph")
                graph.add_edge(tail, head, capacity=cap, weight=cost)
    return graph


def main():
    started = time.perf_counter()
    graph = load(sys.argv[1])
    loaded = time.perf_counter()
    cost, _ = nx.network_simplex(graph)
    solved = time.perf_counter()
    print(json.dumps({"cost": cost, "solve_seconds": solved - loaded, "load_seconds": loaded - started,
                      "nodes": graph.number_of_nodes(), "arcs": graph.number_of_edges()}))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Independent weighted least-squares reconciliation with scipy, for bench `mfa`.

Reads the problem written by bench/CircularPark.Bench/MaterialFlow/ReconciliationProblem.cs (JSON: processes,
from, to, measured, value, sd; process 0 is the boundary) and solves

    min  sum over measured j of (x_j - m_j)^2 / sd_j^2   subject to   A x = 0  (one row per internal process),

through the sparse KKT system [[H, A^T], [A, 0]] [x; lam] = [H m; 0] with H = diag(1/sd^2) on measured flows and 0 on
unknown ones (LU by scipy.sparse.linalg.splu). The covariance of the estimates is the x-block of the KKT inverse, so
the standard deviations are the square roots of its diagonal. Assumes, as the generator guarantees, that every
unknown is determinable and the balances are independent (degrees of freedom = processes - unknowns).

Usage: /usr/bin/python3 bench/scripts/mfa_scipy.py PROBLEM.json [REPEATS]   Prints one JSON object on stdout.
"""
import json
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import splu


def reconcile(p):
    n, m = len(p["from"]), p["processes"]
    frm, to = np.array(p["from"]), np.array(p["to"])
    measured = np.array(p["measured"], dtype=bool)
    data, sd = np.array(p["value"], dtype=float), np.array(p["sd"], dtype=float)
    flows = np.arange(n)
    rows = np.concatenate([frm[frm > 0] - 1, to[to > 0] - 1])
    cols = np.concatenate([flows[frm > 0], flows[to > 0]])
    vals = np.concatenate([-np.ones((frm > 0).sum()), np.ones((to > 0).sum())])
    a = sp.csc_matrix((vals, (rows, cols)), shape=(m, n))
    h = np.where(measured, 1.0 / np.where(measured, sd, 1.0) ** 2, 0.0)
    kkt = sp.bmat([[sp.diags(h), a.T], [a, None]], format="csc")
    lu = splu(kkt)
    x = lu.solve(np.concatenate([h * data, np.zeros(m)]))[:n]
    unit = np.zeros((n + m, n))
    unit[flows, flows] = 1.0
    variance = np.einsum("ii->i", lu.solve(unit)[:n, :])
    chi2 = float(np.sum(((x - data) / np.where(measured, sd, 1.0))[measured] ** 2))
    return x, np.sqrt(np.maximum(variance, 0.0)), chi2, m - int((~measured).sum())


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        problem = json.load(f)
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        x, sd, chi2, dof = reconcile(problem)
        times.append((time.perf_counter() - start) * 1000.0)
    json.dump({"value": x.tolist(), "sd": sd.tolist(), "chi2": chi2, "dof": dof,
               "first_ms": times[0], "best_ms": min(times)}, sys.stdout)


if __name__ == "__main__":
    main()

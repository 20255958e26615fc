"""Random small linear programmes solved by scipy.optimize.linprog (HiGHS), the reference for Touchstone's
dense simplex (`LinearProgram`).

    python3 Tests/References/methods/simplex_reference.py     # rewrites simplex_problems.json

Each problem: maximise c.x subject to A_ub x <= b_ub, A_eq x = b_eq, x >= 0. Mixed signs of b_ub give
">=" rows after negation, so phase 1 is exercised; some problems are degenerate (zero right-hand sides, as in
benefit-of-the-doubt pie-share rows), some infeasible and some unbounded. Seeded: the file is reproducible.
"""
import json, os, sys
import numpy as np, scipy
from scipy import optimize

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20241231)
problems = []


def record(kind, c, A_ub, b_ub, A_eq, b_eq):
    res = optimize.linprog(-np.array(c), A_ub=np.array(A_ub) if A_ub else None, b_ub=np.array(b_ub) if b_ub else None,
                           A_eq=np.array(A_eq) if A_eq else None, b_eq=np.array(b_eq) if b_eq else None,
                           bounds=[(0, None)] * len(c), method="highs")
    status = {0: "optimal", 2: "infeasible", 3: "unbounded"}[res.status]
    problems.append({"kind": kind, "c": c, "A_ub": A_ub, "b_ub": b_ub, "A_eq": A_eq, "b_eq": b_eq, "status": status,
                     "objective": float(-res.fun) if res.status == 0 else None})


for t in range(40):
    n, m = int(rng.integers(2, 9)), int(rng.integers(2, 12))
    A = rng.uniform(0, 10, (m, n)).round(3)
    b = rng.uniform(1, 20, m).round(3)
    c = rng.uniform(-1, 5, n).round(3)
    kind = "packing"
    if t % 4 == 1:     # some >= rows: -a.x <= -b' with b' feasible at a known point
        x0 = rng.uniform(0, 0.05, n)
        extra = rng.uniform(0, 5, (2, n)).round(3)
        A = np.vstack([A, -extra]); b = np.concatenate([b, -(extra @ x0 * 0.5).round(3)])
        kind = "mixed"
    A_eq, b_eq = [], []
    if t % 4 == 2:     # one equality through a known feasible point
        x0 = rng.uniform(0, 0.05, n)
        a = rng.uniform(0, 3, n).round(3)
        A_eq, b_eq = [a.tolist()], [float(round(a @ x0, 6))]
        A = np.vstack([A, np.eye(n)]); b = np.concatenate([b, np.ones(n)])
        kind = "equality"
    if t % 4 == 3:     # degenerate: zero right-hand sides (pie shares)
        y = rng.uniform(0.5, 10, n).round(3)
        for j in range(n):
            row = -(np.eye(n)[j] * y - 0.5 / n * y)
            A = np.vstack([A, row]); b = np.concatenate([b, [0.0]])
        kind = "degenerate"
    record(kind, c.tolist(), A.tolist(), b.tolist(), A_eq, b_eq)

record("infeasible", [1.0, 1.0], [[1.0, 1.0], [-1.0, -1.0]], [1.0, -2.0], [], [])
record("unbounded", [1.0, 1.0], [[1.0, -1.0]], [1.0], [], [])
record("redundant-equality", [2.0, 3.0], [[1.0, 1.0]], [4.0], [[1.0, 2.0], [2.0, 4.0]], [3.0, 6.0])

with open(os.path.join(HERE, "simplex_problems.json"), "w") as f:
    json.dump({"generator": f"scipy {scipy.__version__} linprog(method='highs'), numpy {np.__version__}, python {sys.version.split()[0]}",
               "problems": problems}, f, indent=1)
print(len(problems), "problems;", sum(p["status"] == "optimal" for p in problems), "optimal")

"""Reference for TurningPoints.upperTail: brute-force count, over all n! orders of n distinct values
(n = 3…9), of the orders with t turning points, and P(T >= t). Writes turning_points_reference.csv.
Run: python3 Tests/References/trend/turning_points_reference.py (standard library only)."""
import itertools, math, os, sys

here = os.path.dirname(os.path.abspath(__file__))
out = ["# Null distribution of the number of turning points T in a random order of n values: count of the n! orders",
       "# with T = t. Computed by brute force with itertools.permutations (Python %s)." % sys.version.split()[0],
       "n,t,count,upper_tail"]
for n in range(3, 10):
    counts = [0] * (n - 1)
    for p in itertools.permutations(range(n)):
        counts[sum(1 for i in range(1, n - 1) if (p[i] > p[i - 1]) == (p[i] > p[i + 1]))] += 1
    for t in range(n - 1):
        out.append(f"{n},{t},{counts[t]},{sum(counts[t:]) / math.factorial(n)!r}")
with open(os.path.join(here, "turning_points_reference.csv"), "w") as f:
    f.write("\n".join(out) + "\n")

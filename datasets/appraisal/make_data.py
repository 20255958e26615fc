"""Makes the synthetic appraisal example (seeded; same bytes every run): python3 make_data.py

units.csv     the 34 branches of ../branches with a `status` column (b12 exempt, b34 new)
appraisal.csv long rows `branch_id, year, indicator, rater, value`:
              appraisal_优秀 / _良好 / _一般 / _较差  vote counts of the democratic appraisal (民主测评),
              one row per level (rater empty); voters = the members, 8 for b07 and b21;
              casework  scores of five commission raters r1…r5 (评委打分), one row per rater.
b01's 2019 votes are 11/5/8/7 of 31, the example of issue 20 (score 63.9).
"""
import csv, random

rng = random.Random(20261207)
with open("../branches/branches.csv", encoding="utf-8") as f:
    units = list(csv.DictReader(f))
status = {"b12": "exempt", "b34": "new"}
with open("units.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(list(units[0].keys()) + ["status"])
    for u in units:
        w.writerow(list(u.values()) + [status.get(u["branch_id"], "")])

levels = ["优秀", "良好", "一般", "较差"]
rows = []
for k, u in enumerate(units):
    b = u["branch_id"]
    quality = rng.gauss(0, 1)                       # the branch's standing, fixed over the years
    skill = rng.gauss(0, 1)
    for year in range(2019, 2025):
        voters = 8 if b in ("b07", "b21") else int(u["members"])
        if b == "b01" and year == 2019:
            counts = [11, 5, 8, 7]
        else:
            t = quality + 0.15 * (year - 2019) + rng.gauss(0, 0.3)
            weights = [max(0.02, 0.35 + 0.15 * t), 0.3, max(0.02, 0.25 - 0.08 * t), max(0.02, 0.1 - 0.06 * t)]
            counts = [0, 0, 0, 0]
            for _ in range(voters):
                counts[rng.choices(range(4), weights)[0]] += 1
        for level, n in zip(levels, counts):
            rows.append([b, year, f"appraisal_{level}", "", n])
        for r in range(1, 6):
            bias = [0, 3, -2, 1, -4][r - 1]
            rows.append([b, year, "casework", f"r{r}", round(min(100, max(40, 76 + 6 * skill + bias + rng.gauss(0, 4))), 1)])
with open("appraisal.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["branch_id", "year", "indicator", "rater", "value"])
    w.writerows(rows)

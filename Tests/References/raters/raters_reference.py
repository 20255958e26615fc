"""Reference values for rater scores and agreement (RaterScoresTests / RaterAgreementTests).

Writes raters_reference.csv: for each example matrix (targets x raters), the trimmed mean of each target
(scipy.stats.trim_mean with proportiontocut = 1/k, which drops one lowest and one highest for k >= 3),
the median (numpy), pingouin's ICC(A,1), ICC(A,k) and ICC(C,1) (Shrout & Fleiss ICC2, ICC2k, ICC3), and Kendall's W with the tie correction (computed
from scipy.stats.rankdata mid-ranks, the formula of R irr::kendall(correct = TRUE)).
Run: python3 raters_reference.py  (versions written to raters_versions.txt)
"""
import numpy as np, pandas as pd, scipy, pingouin as pg
from scipy import stats

examples = {
    # Shrout & Fleiss (1979) Table 2: 6 targets, 4 judges
    "shrout_fleiss": [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
    # branch scores by five commission raters, with ties
    "branches": [[82, 85, 80, 90, 78], [75, 70, 72, 80, 74], [90, 92, 88, 95, 91], [68, 70, 65, 72, 70],
                 [80, 85, 80, 82, 84], [77, 75, 79, 80, 70], [88, 86, 90, 85, 92]],
}
rows = []
for name, x in examples.items():
    x = np.array(x, dtype=float)
    n, k = x.shape
    long = pd.DataFrame([(i, j, x[i, j]) for i in range(n) for j in range(k)], columns=["target", "rater", "score"])
    icc = pg.intraclass_corr(data=long, targets="target", raters="rater", ratings="score").set_index("Type")["ICC"]
    ranks = np.column_stack([stats.rankdata(x[:, j]) for j in range(k)])
    s = ((ranks.sum(axis=1) - k * (n + 1) / 2) ** 2).sum()
    t = sum(((c ** 3 - c).sum() for c in (np.unique(x[:, j], return_counts=True)[1] for j in range(k))))
    w = 12 * s / (k ** 2 * (n ** 3 - n) - k * t)
    for i in range(n):
        rows.append(dict(example=name, target=i, trimmed=stats.trim_mean(x[i], 1 / k), median=float(np.median(x[i])),
                         icc2=icc["ICC(A,1)"], icc2k=icc["ICC(A,k)"], icc3=icc["ICC(C,1)"], kendall_w=w))
pd.DataFrame(rows).to_csv("raters_reference.csv", index=False, float_format="%.12g")
with open("raters_versions.txt", "w") as f:
    f.write(f"numpy {np.__version__}\nscipy {scipy.__version__}\npandas {pd.__version__}\npingouin {pg.__version__}\n")

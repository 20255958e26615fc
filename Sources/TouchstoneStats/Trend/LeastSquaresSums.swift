/// The closed-form least-squares sums of a series' present points, formed about the means (two-pass), shared
/// by `OLSTrend` and `ChangeSummary` (COINr's prc_change) so neither fits the line twice.
///
/// ```
/// x̄ = Σx / n,  ȳ = Σy / n
/// Sxx = Σ(x − x̄)²,  Sxy = Σ(x − x̄)(y − ȳ),  Syy = Σ(y − ȳ)²
/// slope b = Sxy / Sxx   (exactly 0 when every value is equal)
/// fitted(t) = ȳ + b·(t − x̄)
/// ```
/// Summing about the means keeps years near 2000 from cancelling. "Constant" is tested on the values
/// themselves (all equal to the first), not as Syy == 0: 20 × 0.1 has ȳ = 0.10000000000000002 and Syy ≈ 2e−34.
/// Missing values are already dropped (`TrendPoints`); needs n ≥ 1. Reference: any regression text, e.g.
/// Draper & Smith (1998), *Applied Regression Analysis*, §1.2.
struct LeastSquaresSums {
    let n: Int
    let xMean: Double
    let yMean: Double
    let sxx: Double
    let sxy: Double
    let syy: Double
    /// Every present value equals the first.
    let constant: Bool

    init(_ points: TrendPoints) {
        let x = points.times, y = points.values
        let n = points.count
        let xMean = x.reduce(0, +) / Double(n)
        let yMean = y.reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        var constant = true
        for i in 0 ..< n {
            let dx = x[i] - xMean, dy = y[i] - yMean
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
            if y[i] != y[0] { constant = false }
        }
        self.n = n
        self.xMean = xMean
        self.yMean = yMean
        self.sxx = sxx
        self.sxy = sxy
        self.syy = syy
        self.constant = constant
    }

    /// b = Sxy / Sxx, or exactly 0 for constant values.
    var slope: Double { constant ? 0 : sxy / sxx }

    /// The fitted value at `time`, about the means: ȳ + b·(time − x̄).
    func fitted(at time: Double) -> Double { yMean + slope * (time - xMean) }
}

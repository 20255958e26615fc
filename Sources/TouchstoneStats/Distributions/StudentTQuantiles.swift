import Synchronization

/// Two-sided Student-t quantiles t_{1−(1−level)/2, ν} for whole degrees of freedom, solved once per
/// (ν, level) and shared by every later caller.
///
/// ```
/// quantile(ν, level) = StudentTDistribution(ν).upperQuantile((1 − level) / 2)
/// ```
/// The value is exactly the one `StudentTDistribution` solves (the cache only remembers it), so a trend fit
/// gives the same bits with or without the cache. Solving costs ~25 µs (Newton steps on the incomplete beta);
/// a yearly series has at most a few dozen distinct ν, so a batch of a million OLS fits solves only those.
///
/// - ν must be ≥ 1 and `level` in (0, 1); no missing values are involved.
/// - Thread-safe: ν ≤ 128 at the 95 % level come from a table built on first use (a `static let`, so
///   initialised once under Swift's one-time initialisation); any other (ν, level) goes through a
///   `Mutex`-guarded dictionary, filled outside the lock (two threads may both solve the same key; they
///   store the same value).
///
/// Reference: the quantile itself matches `scipy.stats.t.ppf` (SciPy 1.17.1) to ≤ 1e−12 relative, see
/// `StudentTDistribution` and `Tests/References/trend/distributions_reference.csv`.
public enum StudentTQuantiles {
    /// The upper (1 − level)/2 quantile for ν = `degreesOfFreedom`.
    public static func twoSided(degreesOfFreedom: Int, level: Double) -> Double {
        precondition(degreesOfFreedom >= 1, "Student's t needs degrees of freedom ≥ 1")
        precondition(level > 0 && level < 1, "The confidence level must lie in (0, 1)")
        if level == 0.95 && degreesOfFreedom <= standardTable.count {
            return standardTable[degreesOfFreedom - 1]
        }
        let key = Key(degreesOfFreedom: degreesOfFreedom, level: level)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let value = solve(degreesOfFreedom, level)
        cache.withLock { $0[key] = value }
        return value
    }

    /// Solves the quantile without the cache.
    static func solve(_ degreesOfFreedom: Int, _ level: Double) -> Double {
        StudentTDistribution(degreesOfFreedom: Double(degreesOfFreedom)).upperQuantile((1 - level) / 2)
    }

    private struct Key: Hashable {
        var degreesOfFreedom: Int
        var level: Double
    }

    /// ν = 1…128 at the 95 % level (3 ms to build, once per process).
    private static let standardTable: [Double] = (1 ... 128).map { solve($0, 0.95) }

    private static let cache = Mutex<[Key: Double]>([:])
}

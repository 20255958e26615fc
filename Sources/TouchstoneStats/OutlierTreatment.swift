#if canImport(Glibc)
import Glibc
#endif

/// The JRC/COINr outlier rule on one column (missing values are skipped and stay missing).
///
/// ```
/// check     pass ⇔ |G1| < skew_thresh (2)  OR  G2 < kurt_thresh (3.5)       (e1071 type 2, see `Moments`)
/// 1. if the check fails: winsorise — while it fails and fewer than `winmax` (5) points are done:
///      G1 ≥ 0: every point at the maximum takes the next-highest value  (`winhi`)
///      G1 < 0: every point at the minimum takes the next-lowest value   (`winlo`)
///    (tied extremes move together and all count; the count is the points moved so far)
/// 2. if it still fails: discard the winsorisation and apply log_CT to the original column
///      log_CT(x) = ln(x − min + 0.01·(max − min))
/// ```
/// Edge cases, where COINr stops or returns `NA`: fewer than 4 present values, or a constant column, have no
/// kurtosis/skewness — the column is left as it is and `OutlierOutcome.undefined` is set. Winsorisation also
/// stops when the moments become undefined (everything tied) or no other value remains.
///
/// Example: `[1, 2, …, 10, 30, 100]` (G1 = 3.06, G2 = 9.74: fails) → 100 becomes 30 (one point winsorised,
/// `winhi`; G1 = 1.71: passes).
///
/// Reference: COINr 1.1.14 `Treat()` defaults (`winsorise`, `check_SkewKurt`, `log_CT`, `combine_treat =
/// FALSE`); OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §1.5 and the JRC COIN audits.
public enum OutlierRule {
    /// The outcome of the skew–kurtosis check. `skewness`/`kurtosis` are `nil` when undefined.
    public struct Check: Sendable, Equatable {
        public var skewness: Double?
        public var kurtosis: Double?
        /// `true` when the column needs no treatment (or its moments are undefined).
        public var pass: Bool
    }

    /// How a point was changed: the high or low end of a winsorisation, or the log_CT fallback.
    public enum PointChange: String, Sendable, Equatable {
        case winsorisedHigh = "winhi", winsorisedLow = "winlo", logCT = "log_CT"
    }

    public struct Settings: Sendable, Equatable {
        public var winmax: Int? = 5
        public var skewThreshold = 2.0
        public var kurtosisThreshold = 3.5
        /// Apply log_CT when winsorising up to `winmax` points does not pass the check (COINr's `f2`).
        public var logFallback = true

        public init(winmax: Int? = 5, skewThreshold: Double = 2, kurtosisThreshold: Double = 3.5, logFallback: Bool = true) {
            self.winmax = winmax
            self.skewThreshold = skewThreshold
            self.kurtosisThreshold = kurtosisThreshold
            self.logFallback = logFallback
        }
    }

    /// Everything the rule did to one column.
    public struct Outcome: Sendable, Equatable {
        /// The treated column (same length and missing positions as the input).
        public var values: [Double]
        /// The check before any treatment (COINr `check_SkewKurt0`).
        public var before: Check
        /// Points winsorised (COINr `winsorise.nwin`); 0 when the column passed at once.
        public var winsorised = 0
        /// The check after winsorising (COINr `check_SkewKurt1`), when winsorisation ran.
        public var afterWinsorising: Check?
        /// The check after the log_CT fallback (COINr `check_SkewKurt2`), when it ran.
        public var afterLog: Check?
        /// Positions winsorised at the high and at the low end (empty when the log fallback replaced them).
        public var winsorisedHigh: [Int] = []
        public var winsorisedLow: [Int] = []
        /// Changed positions and how (winsorised points are not listed once the log fallback replaced them;
        /// after log_CT every present position is). Built on request: the column's own arrays say it all.
        public var changes: [Int: PointChange] {
            var out: [Int: PointChange] = [:]
            if logApplied {
                for i in values.indices where !values[i].isNaN { out[i] = .logCT }
            } else {
                for i in winsorisedHigh { out[i] = .winsorisedHigh }
                for i in winsorisedLow { out[i] = .winsorisedLow }
            }
            return out
        }
        /// The moments were undefined (fewer than 4 values, or constant): nothing was done.
        public var undefined = false
        public var logApplied: Bool { afterLog != nil }
    }

    public static func check(_ x: [Double], _ s: Settings = Settings()) -> Check {
        let (g1, g2) = Moments.skewnessAndKurtosis(x)
        guard let g1, let g2 else { return Check(skewness: g1, kurtosis: g2, pass: true) }
        return Check(skewness: g1, kurtosis: g2, pass: abs(g1) < s.skewThreshold || g2 < s.kurtosisThreshold)
    }

    /// Applies the rule to one column.
    public static func treat(_ x: [Double], _ s: Settings = Settings()) -> Outcome {
        let before = check(x, s)
        var outcome = Outcome(values: x, before: before)
        guard before.skewness != nil, before.kurtosis != nil else {
            outcome.undefined = true
            return outcome
        }
        if before.pass { return outcome }
        let (w, high, low, after) = winsorise(x, s, initial: before)
        outcome.winsorised = high.count + low.count
        outcome.afterWinsorising = after
        if after.pass || !s.logFallback {
            outcome.values = w
            outcome.winsorisedHigh = high
            outcome.winsorisedLow = low
            return outcome
        }
        outcome.values = logCT(x)
        outcome.afterLog = check(outcome.values, s)
        return outcome
    }

    /// COINr's `winsorise()`: returns the column, the positions moved at the high and the low end (the last
    /// set at each end, which holds every point moved there), and the final check.
    /// `initial` is the input's own check when the caller has it already.
    static func winsorise(_ input: [Double], _ s: Settings, initial: Check? = nil) -> ([Double], high: [Int], low: [Int], Check) {
        var x = input
        var high: [Int] = [], low: [Int] = []
        var current = initial ?? check(x, s)
        while !current.pass && (s.winmax.map { high.count + low.count < $0 } ?? true) {
            guard let g1 = current.skewness else { break }
            // One pass: the extreme value on the skewed side, the positions holding it, and the next value in.
            let top = g1 >= 0
            var extreme = Double.nan, next = Double.nan
            var at: [Int] = []
            for i in x.indices where !x[i].isNaN {
                let v = x[i]
                if extreme.isNaN || (top ? v > extreme : v < extreme) {
                    if !extreme.isNaN { next = extreme }   // the old extreme beats every earlier value
                    extreme = v
                    at = [i]
                } else if v == extreme {
                    at.append(i)
                } else if next.isNaN || (top ? v > next : v < next) {
                    next = v
                }
            }
            guard !next.isNaN else { break }
            for i in at { x[i] = next }
            if top { high = at } else { low = at }
            current = check(x, s)
        }
        return (x, high, low, current)
    }

    /// COINr's `log_CT`: `ln(x − min + 0.01·(max − min))` over the present values (missing stays missing).
    public static func logCT(_ x: [Double]) -> [Double] {
        guard let lo = Descriptive.minimum(x), let hi = Descriptive.maximum(x) else { return x }
        let a = 0.01 * (hi - lo)
        return x.map { $0.isNaN ? .nan : log($0 - lo + a) }
    }
}

/// Explicit monotone transforms applied to an indicator before normalisation.
///
/// ```
/// Box–Cox   (x^λ − 1)/λ  for λ ≠ 0,   ln x  for λ = 0          (x > 0)
/// ```
/// A value `<= 0` has no Box–Cox transform: `nil`. Reference: Box & Cox (1964), *JRSS B* 26(2);
/// `scipy.special.boxcox`; COINr `boxcox()` with `makepos = FALSE`.
public enum PowerTransform {
    public static func boxCox(_ x: Double, lambda: Double) -> Double? {
        guard x > 0 else { return nil }
        return lambda == 0 ? log(x) : (pow(x, lambda) - 1) / lambda
    }
}

import Foundation

extension NormalisationMethod {
    /// `log-min-max`: min-max on `ln(x + c)` (see `NormalisationDescriptor.logMinMax`).
    public static let logMinMax = NormalisationMethod(declaring: "log-min-max")
}

/// Min-max on the logarithm of the shifted value: for skewed, positive indicators (incomes, counts with a
/// long right tail) where a unit step matters less the larger the value, as UNDP's log income.
///
/// ```
/// y = ln(x + c)                          c = shift (default 1, i.e. ln(1 + x): zeros allowed)
/// score = l + (u − l)·(y − min y)/(max y − min y)   lower is better: l + (u − l)·(max y − y)/(max y − min y)
/// ```
/// `min y`, `max y` over the scope group (`panel`, `year` or `base`; frozen by a lock file like min-max). A
/// value with `x + c <= 0` has no logarithm: an error naming the unit and year. A constant column gets the
/// middle of the range, with a warning; missing values stay missing. Example: x = 0, 9, 99 with c = 1 →
/// y = 0, ln 10, ln 100 → scores 0, 50, 100 on [0, 100].
/// Reference: OECD/JRC Handbook (2008) §5 (log transformation before min-max); UNDP HDR technical notes
/// (log income); numpy `log1p` + min-max in `Tests/References/methods/log_min_max_reference.py`.
extension NormalisationDescriptor {
    static let logMinMax = NormalisationDescriptor(
        method: .logMinMax, settingsKeys: ["shift"],
        options: [Option(key: "shift", defaultValue: 1, bounds: 0 ... Double.greatestFiniteMagnitude, example: "`shift: 1` (ln(1 + x), zeros allowed)")],
        usesScope: true,
        formula: "l + (u−l)·(ln(x + c) − min)/(max − min)", reference: "OECD/JRC Handbook (2008) §5; UNDP HDR technical notes (log income)",
        prepare: { x, spec in log(x + spec.option("shift")) },
        inverse: { y, spec in exp(y) - spec.option("shift") },
        accepts: { x, spec in x + spec.option("shift") > 0 },
        domainProblem: { spec in .logAfterShift(shift: spec.option("shift")) },
        fit: NormalisationDescriptor.minMax.fit,
        fitSummary: NormalisationDescriptor.minMax.fitSummary,
        apply: { v, p, m, _ in minMaxScore(v, p, m) },
        warning: NormalisationDescriptor.minMax.warning)
}

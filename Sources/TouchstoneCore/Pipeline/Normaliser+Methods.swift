import Foundation
import TouchstoneStats
import TouchstoneText

/// The reference of `ratio-to-reference` normalisation: a unit (each year divided by that unit's value in
/// the same year) or a year (each unit divided by its own value in that year, an index to a base year).
public struct NormalisationReference: Sendable, Codable, Equatable {
    public var unit: String?
    public var year: Int?
    /// The score of a value equal to the reference (default 100).
    public var scale: Double = 100

    public init(unit: String? = nil, year: Int? = nil, scale: Double = 100) {
        self.unit = unit
        self.year = year
        self.scale = scale
    }
}

extension NormalisationMethod {
    /// Whether the method learns from the data of a scope group, so that `scope: year` changes it.
    public var usesScope: Bool {
        switch self {
        case .minMax, .zScore, .rank, .percentileRank, .borda: return true
        case .goalposts, .distanceToTarget, .ratioToReference, .bands, .identity: return false
        }
    }

    /// Whether the method needs the sorted values of its scope group (rank-based methods).
    var usesRanks: Bool { self == .rank || self == .percentileRank || self == .borda }
}

/// Rank-based methods, bands and ratio to a reference.
///
/// ```
/// r = 1 + #{values worse than x}           (R's rank(ties.method = "min") on direction·x; 1 = worst)
/// rank             r                                              COINr n_rank
/// borda            r − 1  (units beaten)                           COINr n_borda
/// percentile-rank  l + (u − l)·(r − 1)/(n − 1)                     COINr n_prank, scaled to the range
/// bands            b = #{thresholds t ≤ x} of k thresholds; l + (u − l)·b/k, or band_scores[b];
///                  lower is better: b counted from the top (k − b)
/// ratio            scale·x/x_ref (higher is better), scale·x_ref/x (lower is better)
/// ```
/// Edge cases. Ties share the lowest rank (so `[5, 5, 9]` ranks `[1, 1, 3]`). A constant column ties every
/// unit: rank 1, Borda 0, percentile rank l (COINr), with a warning. A single value: rank 1, Borda 0,
/// percentile rank the middle of the range (n − 1 = 0), with a warning. No values: missing, with a warning.
/// Bands need no data; a value exactly at a threshold belongs to the band above it. Ratio: a missing or
/// non-positive reference value leaves that year's (or unit's) scores missing with a warning; with lower is
/// better a value `<= 0` has no ratio and stays missing, with a warning. `n` counts the present values of the
/// scope group (all years, or one year with `scope: year`).
/// References: COINr 1.1.14 `n_rank`, `n_prank`, `n_borda`; OECD/JRC Handbook (2008) §5 (ranking,
/// categorical scales, distance to a reference); Eurostat's "EU = 100" indices for the ratio.
extension Normaliser {
    /// The score of transformed value `v` among `sorted` (the scope group's transformed values, ascending).
    func rankScore(_ v: Double, sorted: [Double]) -> Double {
        let n = sorted.count
        // Worse values: below v (higher is better) or above v (lower is better).
        let below = lowerBound(sorted, v), atOrBelow = upperBound(sorted, v)
        let r = Double(1 + (mapping.lowerIsBetter ? n - atOrBelow : below))
        switch mapping.method {
        case .rank: return r
        case .borda: return r - 1
        default:
            guard n > 1 else { return (mapping.low + mapping.high) / 2 }
            return mapping.low + (mapping.high - mapping.low) * (r - 1) / Double(n - 1)
        }
    }

    /// The band score of transformed value `v`.
    func bandScore(_ v: Double) -> Double {
        let thresholds = spec.bands.map(transformed)
        let k = thresholds.count
        var b = thresholds.filter { $0 <= v }.count
        if mapping.lowerIsBetter { b = k - b }
        if let scores = spec.bandScores, scores.count == k + 1 { return scores[b] }
        guard k > 0 else { return (mapping.low + mapping.high) / 2 }
        return mapping.low + (mapping.high - mapping.low) * Double(b) / Double(k)
    }

    /// A warning for a degenerate scope group of a rank-based method, or `nil`.
    func rankWarning(_ p: Parameters, note: String) -> String? {
        guard spec.method.usesRanks, let s = p.sorted, let first = s.first else { return nil }
        if s.count == 1 {
            return "`\(indicator.id)` has a single value\(note); \(spec.method.rawValue) gives it \(spec.method == .percentileRank ? "the middle of the range" : spec.method == .rank ? "rank 1" : "0")"
        }
        if first == s.last! {
            return "`\(indicator.id)` is constant (\(NumberFormat.full(first)))\(note); every unit ties: \(spec.method == .percentileRank ? "all get the bottom of the range" : spec.method == .rank ? "all rank 1" : "all score 0")"
        }
        return nil
    }

    /// `ratio-to-reference`: each value over its reference (the reference unit's value in the same year, or
    /// the same unit's value in the reference year). `units[i]` is the unit id of row `i`.
    func normaliseToReference(_ raw: [Double], years: [Int], units: [String], problems: inout [InputProblem],
                              diagnostics: inout [Diagnostic]) -> [Double] {
        var out = [Double](repeating: .nan, count: raw.count)
        guard let reference = spec.reference, reference.unit != nil || reference.year != nil else { return out }
        let location = indicator.location ?? SourceLocation(file: "")
        if let unit = reference.unit, !units.contains(unit) {
            let fix = Suggestions.closest(to: unit, among: Array(Set(units)).sorted()).map { "did you mean `\($0)`? Name a unit of the panel" } ?? "name a unit of the panel"
            problems.append(InputProblem(location, "`\(indicator.id)`: the reference unit `\(unit)` has no data", fix: fix))
            return out
        }
        if let year = reference.year, !years.contains(year) {
            problems.append(InputProblem(location, "`\(indicator.id)`: the reference year \(year) is not in the data",
                                         fix: "use one of the years \(Set(years).sorted().map(String.init).joined(separator: ", "))"))
            return out
        }
        // The reference of each row: keyed by year (unit reference) or by unit (year reference).
        var refByKey: [String: Double] = [:]
        for i in raw.indices {
            if let unit = reference.unit, units[i] == unit { refByKey[String(years[i])] = raw[i] }
            if let year = reference.year, years[i] == year { refByKey[units[i]] = raw[i] }
        }
        var unusable = Set<String>(), nonPositive = 0
        for i in raw.indices where !raw[i].isNaN {
            let key = reference.unit != nil ? String(years[i]) : units[i]
            guard let r = refByKey[key], !r.isNaN, r > 0 else { unusable.insert(key); continue }
            let x = transformed(raw[i]), xr = transformed(r)
            if mapping.lowerIsBetter {
                guard x > 0 else { nonPositive += 1; continue }
                out[i] = reference.scale * xr / x
            } else {
                out[i] = reference.scale * x / xr
            }
        }
        if !unusable.isEmpty {
            let what = reference.unit.map { "`\($0)` has no positive value in \(unusable.sorted().joined(separator: ", "))" }
                ?? "\(unusable.count) unit\(unusable.count == 1 ? " has" : "s have") no positive value in \(reference.year!) (\(unusable.sorted().prefix(10).joined(separator: ", ")))"
            diagnostics.append(Diagnostic(.warning, "`\(indicator.id)`: ratio to reference: \(what); those scores are missing", at: indicator.location))
        }
        if nonPositive > 0 {
            diagnostics.append(Diagnostic(.warning, "`\(indicator.id)`: ratio to reference, lower is better: \(nonPositive) value\(nonPositive == 1 ? " is" : "s are") <= 0 and have no ratio; those scores are missing", at: indicator.location))
        }
        return out
    }

    private func lowerBound(_ s: [Double], _ v: Double) -> Int {
        var lo = 0, hi = s.count
        while lo < hi { let mid = (lo + hi) / 2; if s[mid] < v { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    private func upperBound(_ s: [Double], _ v: Double) -> Int {
        var lo = 0, hi = s.count
        while lo < hi { let mid = (lo + hi) / 2; if s[mid] <= v { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}

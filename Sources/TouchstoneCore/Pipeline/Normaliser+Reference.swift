import Foundation
import TouchstoneStats

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

/// Ratio to a reference: the one method whose scores need each row's reference (the reference unit's value
/// in the same year, or the unit's own value in the reference year), so it runs beside the descriptor's `apply`.
///
/// ```
/// ratio            scale·x/x_ref (higher is better), scale·x_ref/x (lower is better)
/// ```
/// A missing or non-positive reference value leaves that year's (or unit's) scores missing with a warning;
/// with lower is better a value `<= 0` has no ratio and stays missing, with a warning.
/// Reference: OECD/JRC Handbook (2008) §5 (distance to a reference); Eurostat's "EU = 100" indices.
extension Normaliser {
    /// `ratio-to-reference`: each value over its reference (the reference unit's value in the same year, or
    /// the same unit's value in the reference year). `units[i]` is the unit id of row `i`.
    func normaliseToReference(_ raw: [Double], years: [Int], units: [String], problems: inout [InputProblem],
                              diagnostics: inout [Diagnostic]) -> [Double] {
        var out = [Double](repeating: .nan, count: raw.count)
        guard let reference = spec.reference, reference.unit != nil || reference.year != nil else { return out }
        let location = indicator.location ?? SourceLocation(file: "")
        if let unit = reference.unit, !units.contains(unit) {
            problems.append(InputProblem(location, .method(.referenceUnitWithoutData(
                indicator: indicator.id, unit: unit, suggestion: Suggestions.closest(to: unit, among: Array(Set(units)).sorted())))))
            return out
        }
        if let year = reference.year, !years.contains(year) {
            problems.append(InputProblem(location, .method(.referenceYearMissing(indicator: indicator.id, year: year, years: Set(years).sorted()))))
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
                out[i] = mirrored(reference.scale * xr / x)
            } else {
                out[i] = mirrored(reference.scale * x / xr)
            }
        }
        if !unusable.isEmpty {
            diagnostics.append(Diagnostic(.warning, .method(.referenceWithoutPositive(indicator: indicator.id, unit: reference.unit, year: reference.year,
                                                                                      keys: unusable.sorted())), at: indicator.location))
        }
        if nonPositive > 0 {
            diagnostics.append(Diagnostic(.warning, .method(.referenceNonPositive(indicator: indicator.id, count: nonPositive)), at: indicator.location))
        }
        return out
    }
}

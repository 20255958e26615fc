import TouchstoneCore

/// One indicator's normalisation parameters in `touchstone index --format json` (`normalisation`, by id):
///
/// ```json
/// "study_sessions": {"method": "min-max", "scope": "panel", "source": "fitted",
///                    "groups": [{"years": [2019, …, 2024], "count": 204, "min": 6, "max": 24}]}
/// ```
/// Values are on the transformed scale (natural log for `transform: log`, ln(x + c) for log-min-max). `source`
/// is `fitted`, `frozen` (lock file), `base` (base years) or `fixed` (goalposts, targets, bands, ratio, none:
/// no `scope`, `groups` empty); `groups` has one entry per year for `scope: year`. With a frozen or base-year scaling,
/// `outside` lists the unit-years beyond it and `outside_policy` says whether they were capped or extended.
struct NormalisationJSON: Encodable {
    struct Group: Encodable {
        var years: [Int]; var count: Int
        var min: Double?; var max: Double?; var mean: Double?; var sd: Double?
    }
    struct UnitYear: Encodable { var unit: String; var year: Int }
    /// `scope` is absent for fixed methods (they fit nothing).
    var method: String; var scope: String?; var source: String
    var groups: [Group]
    var outside: [UnitYear]?
    var outsidePolicy: String?

    enum CodingKeys: String, CodingKey { case method, scope, source, groups, outside, outsidePolicy = "outside_policy" }

    static func entries(_ result: IndexResult) -> [String: NormalisationJSON] {
        result.normalisation.mapValues { f in
            NormalisationJSON(
                method: f.method.rawValue, scope: f.source == .fixed ? nil : f.scope.rawValue, source: f.source.rawValue,
                groups: f.groups.map { g in
                    let p = g.parameters
                    return Group(years: g.years, count: g.count, min: p.minimum, max: p.maximum, mean: p.mean, sd: p.standardDeviation)
                },
                outside: f.source == .fitted || f.source == .fixed ? nil : f.outsideRows.map { r in
                    let key = result.panel.rows[r]
                    return UnitYear(unit: result.panel.units[key.unit].id, year: key.year)
                },
                outsidePolicy: f.source == .fitted || f.source == .fixed ? nil : f.outsidePolicy?.rawValue)
        }
    }
}

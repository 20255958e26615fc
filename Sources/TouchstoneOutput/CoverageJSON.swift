import TouchstoneCore

/// The JSON form of `AssessmentCoverage` and `Exclusion`s (keys only; no sentences): `not_assessed` lists
/// each expected unit without data (`reason: "no-data"`, `year`, `last_year`) with the flags it carries
/// unresolved from `unresolved_year`; `excluded` lists each excluded year or unit with its rule and reason.
public enum CoverageJSON {
    public struct CarriedFlag: Encodable, Sendable { var rule: String; var tier: String; var severity: String }
    public struct Missing: Encodable, Sendable {
        var unit: String; var name: [String: String]; var reason: String; var year: Int; var lastYear: Int?
        var unresolved: String?; var unresolvedYear: Int?; var unresolvedSeverity: String?; var unresolvedFlags: [CarriedFlag]
        enum CodingKeys: String, CodingKey {
            case unit, name, reason, year, lastYear = "last_year", unresolved, unresolvedYear = "unresolved_year"
            case unresolvedSeverity = "unresolved_severity", unresolvedFlags = "unresolved_flags"
        }
    }
    public struct Excluded: Encodable, Sendable {
        var year: Int?; var unit: String?; var file: String; var column: String?; var test: String?; var values: [String]?
        var include: Bool?; var years: [Int]?; var reason: [String: String]?
    }

    public static func missing(_ c: AssessmentCoverage, result: IndexResult) -> [Missing] {
        c.missing.map { m in
            let a = m.unresolved
            return Missing(unit: m.id, name: m.names, reason: "no-data", year: c.year, lastYear: m.lastYear,
                           unresolved: a?.status.rawValue, unresolvedYear: a == nil ? nil : c.previousYear, unresolvedSeverity: a?.severity?.name,
                           unresolvedFlags: a?.flags.map { CarriedFlag(rule: $0.rule.rawValue, tier: $0.tier.rawValue, severity: $0.severity.name) } ?? [])
        }
    }

    public static func excluded(_ exclusions: [Exclusion]) -> [Excluded] {
        exclusions.map { e in
            var x = Excluded(year: e.year, unit: e.unitId, file: e.file, reason: e.reason?.values)
            switch e.rule {
            case .yearWindow(let w): x.years = [w.lowerBound, w.upperBound]
            case .filter(let column, let test, let exclude):
                x.column = column
                x.include = !exclude
                switch test {
                case .equals(let v): (x.test, x.values) = ("equals", v)
                case .prefix(let p): (x.test, x.values) = ("prefix", [p])
                }
            }
            return x
        }
    }
}

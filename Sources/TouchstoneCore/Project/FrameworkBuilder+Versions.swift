import Yams

extension YAMLValue {
    var isMapping: Bool { if case .mapping = node { return true } else { return false } }
}

extension FrameworkBuilder {
    /// Reads a weight that changes over the years: a mapping from year ranges to weights,
    /// `{until 2022: 0.3, from 2023: 0.4}`, with keys `until Y`, `from Y`, `Y` or `Y–Y` (`Y-Y`). The ranges
    /// must cover every year exactly once (begin with `until`, end with `from`, no gap nor overlap); each
    /// weight is finite and not negative. Problems name the key.
    static func weightVersions(_ value: YAMLValue, problems: inout [InputProblem]) -> [YearRangeValue] {
        versions(value, setting: .weight, example: "weight: {until 2022: 0.3, from 2023: 0.4}", problems: &problems) { child, problems in
            guard let w = child.double(problems: &problems) else { return nil }
            if w < 0 { problems.append(child.problem(.project(.negativeWeight(weight: w, versioned: true)))) }
            return w
        }
    }

    /// Any setting per range of years (weights, targets, goalposts, columns): the same keys and the same
    /// rule as `weightVersions`; `read` reads one value (and reports its own problems).
    static func versions<T>(_ value: YAMLValue, setting: ProjectProblem.VersionedSetting, example: String, problems: inout [InputProblem],
                            read: (YAMLValue, inout [InputProblem]) -> T?) -> [YearRanged<T>] {
        guard case .mapping(let m) = value.node else { return [] }
        var out: [YearRanged<T>] = []
        for (k, v) in m {
            let key = (k.string ?? "").trimmingSpaces
            let child = YAMLValue(node: v, file: value.file, path: "\(value.path).\(key)")
            guard let years = yearRange(key) else {
                problems.append(YAMLValue(node: k, file: value.file, path: value.path).problem(.project(.notYearRange(key: key, example: example))))
                continue
            }
            guard let x = read(child, &problems) else { continue }
            out.append(YearRanged(years: years, value: x))
        }
        out.sort { $0.years.lowerBound < $1.years.lowerBound }
        var next = Int.min
        for r in out {
            if r.years.lowerBound != next {
                problems.append(value.problem(.project(r.years.lowerBound > next ? .yearsMissing(setting: setting, before: r.years.lowerBound, example: example)
                                                                              : .yearsOverlap(at: r.years.lowerBound, example: example))))
                return []
            }
            next = r.years.upperBound == Int.max ? Int.max : r.years.upperBound + 1
        }
        if next != Int.max, !out.isEmpty {
            problems.append(value.problem(.project(.yearsMissingAfter(setting: setting, after: next - 1, example: example))))
            return []
        }
        return out
    }

    /// `years:` of an indicator: `from 2023`, `until 2021`, `2019–2022` or one year.
    static func validYears(_ value: YAMLValue, problems: inout [InputProblem]) -> ClosedRange<Int>? {
        if let key = value.node.string.map(\.trimmingSpaces), let r = yearRange(key), r != Int.min ... Int.max { return r }
        problems.append(value.problem(.project(.yearsNotRange)))
        return nil
    }

    /// Whether a mapping is keyed by year ranges (`{until 2022: …, from 2023: …}`) rather than by settings.
    static func isYearKeyed(_ value: YAMLValue) -> Bool {
        guard case .mapping(let m) = value.node, !m.isEmpty else { return false }
        return m.keys.allSatisfy { yearRange(($0.string ?? "").trimmingSpaces) != nil }
    }

    /// Reads `column:`, `target:`, `goalposts:` given per range of years into `spec` (the newest value
    /// becomes the plain one, as `history: current` uses it); `goalpost` reads one goalposts mapping.
    static func readIndicatorVersions(_ spec: inout IndicatorSpec, fields: [String: YAMLValue], problems: inout [InputProblem],
                                      goalpost: (YAMLValue, inout [InputProblem]) -> Goalposts?) {
        if let v = fields["years"] { spec.years = validYears(v, problems: &problems) }
        if let v = fields["column"], v.isMapping {
            spec.columnVersions = versions(v, setting: .column, example: "column: {until 2021: theme_days, from 2022: theme_day_rate}", problems: &problems) { c, p in
                c.string(problems: &p).flatMap { $0.isEmpty ? nil : $0 }
            }
            if let newest = spec.columnVersions.last { spec.column = newest.value }
        }
        if let v = fields["target"], v.isMapping {
            spec.targetVersions = versions(v, setting: .target, example: "target: {until 2022: 95, from 2023: 98}", problems: &problems) { c, p in c.double(problems: &p) }
            spec.target = spec.targetVersions.last?.value
        }
        if let v = fields["goalposts"], isYearKeyed(v) {
            spec.goalpostVersions = versions(v, setting: .goalposts, example: "goalposts: {until 2022: {lower: 0, upper: 100}, from 2023: {lower: 50, upper: 100}}",
                                             problems: &problems, read: goalpost)
            spec.goalposts = spec.goalpostVersions.last?.value
        }
    }

    /// A renamed column is read per year by the wide, long and year-in-column readers; vote and rater
    /// indicators keep one column.
    static func checkVersions(_ spec: IndicatorSpec, id: String, fields: [String: YAMLValue], problems: inout [InputProblem]) {
        if !spec.columnVersions.isEmpty, spec.type == .votes || spec.raters != nil, let v = fields["column"] {
            problems.append(v.problem(.project(.versionedColumnOfVotes(id: id))))
        }
    }

    static func yearRange(_ key: String) -> ClosedRange<Int>? {
        let parts = key.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count == 2, let y = Int(parts[1]) {
            switch parts[0] {
            case "until": return Int.min ... y
            case "from": return y ... Int.max
            default: return nil
            }
        }
        if let y = Int(key) { return y ... y }
        let ends = key.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { Int(String($0).trimmingSpaces) }
        return ends.count == 2 && ends[0] <= ends[1] ? ends[0] ... ends[1] : nil
    }
}

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
        guard case .mapping(let m) = value.node else { return [] }
        var out: [YearRangeValue] = []
        for (k, v) in m {
            let key = (k.string ?? "").trimmingSpaces
            let child = YAMLValue(node: v, file: value.file, path: "\(value.path).\(key)")
            guard let years = yearRange(key) else {
                problems.append(YAMLValue(node: k, file: value.file, path: value.path).problem("`\(key)` is not a range of years",
                    fix: "write `until 2022`, `from 2023`, `2023` or `2019–2022`, e.g. `weight: {until 2022: 0.3, from 2023: 0.4}`"))
                continue
            }
            guard let w = child.double(problems: &problems) else { continue }
            if w < 0 { problems.append(child.problem("weight \(w) is negative", fix: "weights must be zero or positive")) }
            out.append(YearRangeValue(years: years, value: w))
        }
        out.sort { $0.years.lowerBound < $1.years.lowerBound }
        var next = Int.min
        for r in out {
            if r.years.lowerBound != next {
                problems.append(value.problem(r.years.lowerBound > next ? "the years before \(r.years.lowerBound) have no weight" : "the year ranges overlap at \(r.years.lowerBound)",
                                              fix: "cover every year exactly once: begin with `until YEAR`, end with `from YEAR`"))
                return []
            }
            next = r.years.upperBound == Int.max ? Int.max : r.years.upperBound + 1
        }
        if next != Int.max, !out.isEmpty {
            problems.append(value.problem("the years after \(next - 1) have no weight", fix: "end with `from YEAR`"))
            return []
        }
        return out
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

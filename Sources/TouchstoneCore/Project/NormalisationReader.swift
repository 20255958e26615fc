/// Reads method settings shared by `defaults:` and framework nodes.
enum NormalisationReader {
    static let keys = ["method", "range", "scope", "mean", "sd"] + ["reference", "bands", "band_scores"]

    /// A `normalisation:` mapping applied on top of `base` (fields not given are inherited), or a method name
    /// alone (`normalisation: none`, `normalisation: z-score`).
    static func read(_ value: YAMLValue, base: NormalisationSpec, problems: inout [InputProblem]) -> NormalisationSpec {
        var spec = base
        if case .scalar = value.node {
            if let m = enumValue(value, NormalisationMethod.self, problems: &problems) { spec.method = m }
            return spec
        }
        guard let entries = value.mapping(allowed: keys, problems: &problems) else { return spec }
        for (key, v) in entries {
            switch key {
            case "method":
                if let m = enumValue(v, NormalisationMethod.self, problems: &problems) { spec.method = m }
            case "scope":
                if let s = enumValue(v, NormalisationScope.self, problems: &problems) { spec.scope = s }
            case "range":
                if let r = v.range(problems: &problems) { spec.range = r }
            case "mean":
                if let m = v.double(problems: &problems) { spec.zMean = m }
            case "sd":
                if let s = v.double(problems: &problems) {
                    if s > 0 { spec.zStandardDeviation = s } else {
                        problems.append(v.problem("`sd` must be positive", fix: "write e.g. `sd: 1` (or 10 for a 100 ± 10 scale)"))
                    }
                }
            case "reference", "bands", "band_scores": readMethodOption(key, v, into: &spec, problems: &problems)
            default: break
            }
        }
        return spec
    }

    static func aggregation(_ value: YAMLValue, problems: inout [InputProblem]) -> AggregationMethod? {
        enumValue(value, AggregationMethod.self, problems: &problems)
    }

    /// A share in [0, 1].
    static func coverage(_ value: YAMLValue, problems: inout [InputProblem]) -> Double? {
        guard let c = value.double(problems: &problems) else { return nil }
        guard (0 ... 1).contains(c) else {
            problems.append(value.problem("`min_coverage` must be a share between 0 and 1, found \(c)",
                                          fix: "write e.g. `min_coverage: 0.5` (half of the children must be present)"))
            return nil
        }
        return c
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(_ value: YAMLValue, _: E.Type, problems: inout [InputProblem]) -> E? where E.RawValue == String {
        guard let text = value.string(problems: &problems) else { return nil }
        if let e = E(rawValue: text) { return e }
        let allowed = E.allCases.map(\.rawValue)
        let fix = Suggestions.closest(to: text, among: allowed).map { "did you mean `\($0)`? Choose one of: \(allowed.joined(separator: ", "))" }
            ?? "choose one of: \(allowed.joined(separator: ", "))"
        problems.append(value.problem("unknown value `\(text)`", fix: fix))
        return nil
    }
}

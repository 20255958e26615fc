import TouchstoneText

/// Reads method settings shared by `defaults:` and framework nodes.
enum NormalisationReader {
    /// The keys every method shares, then each method's own (from its `NormalisationDescriptor`).
    static let keys = ["method", "range", "scope"] + NormalisationDescriptor.allSettingsKeys + ["base_years"]

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
            case _ where optionSpec(key) != nil: readOption(optionSpec(key)!, v, into: &spec, problems: &problems)
            case "base_years":
                let years = v.sequence(problems: &problems)?.compactMap { $0.int(problems: &problems) } ?? []
                if years.count == 2, years[0] <= years[1] { spec.baseYears = years[0] ... years[1] } else {
                    problems.append(v.problem("expected two years `[first, last]`", fix: "write e.g. `base_years: [2019, 2021]` (or `[2019, 2019]` for one year)"))
                }
            default: break
            }
        }
        if spec.scope == .base && spec.baseYears == nil {
            problems.append(value.problem("`scope: base` needs `base_years`", fix: "add e.g. `base_years: [2019, 2021]` (the years whose values fix the scale)"))
        }
        if spec.scope != .base, let v = entries.first(where: { $0.key == "base_years" })?.value {
            problems.append(v.problem("`base_years` is used only with `scope: base`", fix: "add `scope: base`, or remove `base_years`"))
        }
        return spec
    }

    /// The numeric setting `key` of some method's descriptor.
    static func optionSpec(_ key: String) -> NormalisationDescriptor.Option? {
        NormalisationDescriptor.all.lazy.compactMap { $0.options.first { $0.key == key } }.first
    }

    /// A numeric method setting, within its declared bounds.
    static func readOption(_ option: NormalisationDescriptor.Option, _ v: YAMLValue, into spec: inout NormalisationSpec, problems: inout [InputProblem]) {
        guard let x = v.double(problems: &problems) else { return }
        let b = option.bounds
        guard b.contains(x), !(option.lowerOpen && x == b.lowerBound) else {
            let upper = b.upperBound == .greatestFiniteMagnitude ? "" : " and at most \(NumberFormat.full(b.upperBound))"
            problems.append(v.problem("`\(option.key)` must be \(option.lowerOpen ? "above" : "at least") \(NumberFormat.full(b.lowerBound))\(upper), found \(NumberFormat.full(x))",
                                      fix: "write e.g. \(option.example)"))
            return
        }
        spec.options[option.key] = x
    }

    /// A `scope:` of weights or outlier treatment: `panel` or `year` (`base` is for normalisation only).
    static func dataScope(_ value: YAMLValue, problems: inout [InputProblem]) -> NormalisationScope? {
        guard let s = enumValue(value, NormalisationScope.self, problems: &problems) else { return nil }
        guard s != .base else {
            problems.append(value.problem("`scope: base` applies to normalisation only", fix: "choose one of: panel, year"))
            return nil
        }
        return s
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

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
                        problems.append(v.problem(.project(.sdNotPositive)))
                    }
                }
            case "reference", "bands", "band_scores": readMethodOption(key, v, into: &spec, problems: &problems)
            case _ where optionSpec(key) != nil: readOption(optionSpec(key)!, v, into: &spec, problems: &problems)
            case "base_years":
                let years = v.sequence(problems: &problems)?.compactMap { $0.int(problems: &problems) } ?? []
                if years.count == 2, years[0] <= years[1] { spec.baseYears = years[0] ... years[1] } else {
                    problems.append(v.problem(.project(.baseYearsShape)))
                }
            default: break
            }
        }
        if spec.scope == .base && spec.baseYears == nil {
            problems.append(value.problem(.project(.baseScopeNeedsYears)))
        }
        if spec.scope != .base, let v = entries.first(where: { $0.key == "base_years" })?.value {
            problems.append(v.problem(.project(.baseYearsWithoutBaseScope)))
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
            problems.append(v.problem(.project(.optionOutOfBounds(key: option.key, lower: b.lowerBound, lowerOpen: option.lowerOpen,
                                                                  upper: b.upperBound == .greatestFiniteMagnitude ? nil : b.upperBound,
                                                                  found: x, example: option.example))))
            return
        }
        spec.options[option.key] = x
    }

    /// A `scope:` of weights or outlier treatment: `panel` or `year` (`base` is for normalisation only).
    static func dataScope(_ value: YAMLValue, problems: inout [InputProblem]) -> NormalisationScope? {
        guard let s = enumValue(value, NormalisationScope.self, problems: &problems) else { return nil }
        guard s != .base else {
            problems.append(value.problem(.project(.baseScopeNotForData)))
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
            problems.append(value.problem(.project(.coverageOutOfRange(found: c))))
            return nil
        }
        return c
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(_ value: YAMLValue, _: E.Type, problems: inout [InputProblem]) -> E? where E.RawValue == String {
        guard let text = value.string(problems: &problems) else { return nil }
        if let e = E(rawValue: text) { return e }
        let allowed = E.allCases.map(\.rawValue)
        problems.append(value.problem(.project(.unknownChoice(what: .value, value: text, allowed: allowed))))
        return nil
    }
}

/// Options of the rank, reference and band normalisations.
extension NormalisationReader {
    static let referenceKeys = ["unit", "year", "scale"]

    /// `reference: {unit: ID}` or `{year: Y}` (with optional `scale`), `bands: [t1, t2, …]`,
    /// `band_scores: [s0, s1, …]`.
    static func readMethodOption(_ key: String, _ v: YAMLValue, into spec: inout NormalisationSpec, problems: inout [InputProblem]) {
        switch key {
        case "reference":
            guard let entries = v.mapping(allowed: referenceKeys, problems: &problems) else { return }
            var reference = NormalisationReference()
            for (k, x) in entries {
                switch k {
                case "unit": reference.unit = x.string(problems: &problems)
                case "year": reference.year = x.int(problems: &problems)
                case "scale":
                    if let s = x.double(problems: &problems) {
                        if s > 0 { reference.scale = s } else { problems.append(x.problem(.project(.referenceScaleNotPositive))) }
                    }
                default: break
                }
            }
            if (reference.unit == nil) == (reference.year == nil) {
                problems.append(v.problem(.project(.referenceNeedsOne)))
                return
            }
            spec.reference = reference
        case "bands":
            guard let items = v.sequence(problems: &problems) else { return }
            let t = items.compactMap { $0.double(problems: &problems) }
            guard t.count == items.count else { return }
            guard !t.isEmpty, zip(t, t.dropFirst()).allSatisfy({ $0 < $1 }) else {
                problems.append(v.problem(.project(.bandsNotIncreasing)))
                return
            }
            spec.bands = t
        case "band_scores":
            guard let items = v.sequence(problems: &problems) else { return }
            let s = items.compactMap { $0.double(problems: &problems) }
            if s.count == items.count { spec.bandScores = s }
        default: break
        }
    }

    /// Checks the resolved normalisation of an indicator with its method's descriptor (a reference named,
    /// thresholds given, a target or goalposts declared, …).
    static func checkMethod(_ spec: NormalisationSpec, indicator: IndicatorSpec, id: String, at location: SourceLocation, problems: inout [InputProblem]) {
        spec.method.descriptor.check(spec, indicator, id, location, &problems)
    }
}

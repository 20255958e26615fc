/// Reads the `uncertainty:` section (see `UncertaintySettings`).
enum UncertaintyReader {
    static let keys = ["runs", "seed", "weights", "dirichlet", "normalisations", "aggregations", "leave_one_out", "noise",
                       "top_k", "bottom_k", "sobol_runs", "bootstrap", "votes"]

    static func read(_ value: YAMLValue, problems: inout [InputProblem]) -> UncertaintySettings {
        var u = UncertaintySettings()
        u.declared = true
        guard let entries = value.mapping(allowed: keys, problems: &problems) else { return u }
        func count(_ v: YAMLValue, _ key: String, minimum: Int, maximum: Int = 10_000_000) -> Int? {
            guard let n = v.int(problems: &problems) else { return nil }
            guard (minimum ... maximum).contains(n) else {
                problems.append(v.problem(.project(.countOutOfRange(key: key, minimum: minimum, maximum: maximum, found: n))))
                return nil
            }
            return n
        }
        func nonNegative(_ v: YAMLValue, _ key: String, below: Double = .infinity) -> Double? {
            guard let x = v.double(problems: &problems) else { return nil }
            guard x >= 0 && x < below else {
                problems.append(v.problem(.project(.nonNegativeShare(key: key, below: below.isFinite ? below : nil, found: x))))
                return nil
            }
            return x
        }
        for (key, v) in entries {
            switch key {
            case "runs": if let n = count(v, key, minimum: 2) { u.runs = n }
            case "seed": if let n = count(v, key, minimum: 0, maximum: Int.max) { u.seed = UInt64(n) }
            case "weights": if let x = nonNegative(v, key, below: 1) { u.weightPerturbation = x }
            case "dirichlet":
                if let x = v.double(problems: &problems) {
                    if x > 0 { u.dirichletConcentration = x } else { problems.append(v.problem(.project(.dirichletNotPositive))) }
                }
            case "normalisations":
                for item in v.sequence(problems: &problems) ?? [] {
                    if let m = NormalisationReader.enumValue(item, NormalisationMethod.self, problems: &problems) { u.normalisations.append(m) }
                }
            case "aggregations":
                for item in v.sequence(problems: &problems) ?? [] {
                    if let a = NormalisationReader.aggregation(item, problems: &problems) { u.aggregations.append(a) }
                }
            case "leave_one_out": if let b = v.bool(problems: &problems) { u.leaveOneOut = b }
            case "noise": if let x = nonNegative(v, key) { u.noise = x }
            case "top_k": if let n = count(v, key, minimum: 1) { u.topK = n }
            case "bottom_k": if let n = count(v, key, minimum: 1) { u.bottomK = n }
            case "sobol_runs": if let n = count(v, key, minimum: 0) { u.sobolRuns = n }
            case "bootstrap": if let n = count(v, key, minimum: 0) { u.bootstrap = n }
            case "votes": if let b = v.bool(problems: &problems) { u.votes = b }
            default: break
            }
        }
        return u
    }
}

import TouchstoneStats

/// Reads the `weights:` and `aggregation:` settings of a node or of `defaults:`.
///
/// ```yaml
/// aggregation: geometric                         # a method name …
/// aggregation: {method: power, r: 0.5}           # … or a mapping with its parameters
/// weights: entropy                               # explicit | equal | entropy | critic | pca | ahp | bod
/// weights: {method: pca, loadings: squared, scope: year}
/// weights: {method: ahp, matrix: [[1, 3], [1/3, 1]]}
/// weights: {method: bod, lower: 0.05, upper: 0.6}
/// ```
enum MethodReader {
    static let aggregationKeys = ["method", "r", "penalty", "standardise", "reference_year", "normalise", "rho", "scope"]
    static let weightKeys = ["method", "scope", "loadings", "negative", "matrix", "priority", "allow_inconsistent", "lower", "upper"]

    /// Which aggregation keys apply to which methods (besides `method`), from their descriptors.
    static let aggregationKeyMethods: [String: [AggregationMethod]] = {
        var out: [String: [AggregationMethod]] = [:]
        for d in AggregationDescriptor.all { for key in d.settingsKeys { out[key, default: []].append(d.method) } }
        return out
    }()
    static let weightKeyMethods: [String: [WeightingMethod]] = [
        "scope": [.entropy, .critic, .pca, .bod], "loadings": [.pca], "negative": [.pca], "matrix": [.ahp],
        "priority": [.ahp], "allow_inconsistent": [.ahp], "lower": [.bod], "upper": [.bod],
    ]

    static func aggregation(_ value: YAMLValue, problems: inout [InputProblem]) -> (AggregationMethod, AggregationOptions)? {
        var options = AggregationOptions()
        options.location = value.location
        if case .scalar = value.node {
            guard let method = NormalisationReader.enumValue(value, AggregationMethod.self, problems: &problems) else { return nil }
            if method == .power {
                problems.append(value.problem(.project(.powerNeedsExponent(keyed: false))))
            }
            return (method, options)
        }
        guard let entries = value.mapping(allowed: aggregationKeys, problems: &problems) else { return nil }
        let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let m = fields["method"] else {
            problems.append(value.problem(.project(.methodMissing(example: "{method: power, r: 0.5}"))))
            return nil
        }
        guard let method = NormalisationReader.enumValue(m, AggregationMethod.self, problems: &problems) else { return nil }
        for (key, v) in entries where key != "method" {
            if let allowed = aggregationKeyMethods[key], !allowed.contains(method) {
                problems.append(v.problem(.project(.keyNotForMethod(key: key, method: method.rawValue, allowed: allowed.map(\.rawValue), weights: false))))
                continue
            }
            switch key {
            case "r":
                if let r = v.double(problems: &problems) { options.power = r }
            case "penalty":
                if let p = NormalisationReader.enumValue(v, MazziottaPareto.Penalty.self, problems: &problems) { options.penalty = p }
            case "standardise":
                if let b = v.bool(problems: &problems) { options.standardise = b }
            case "reference_year":
                options.referenceYear = v.int(problems: &problems)
            case "normalise":
                if let n = NormalisationReader.enumValue(v, Topsis.Normalisation.self, problems: &problems) { options.topsisNormalisation = n }
            case "rho":
                if let r = v.double(problems: &problems) {
                    if r > 0 && r <= 1 { options.rho = r } else {
                        problems.append(v.problem(.project(.rhoOutOfRange(found: r))))
                    }
                }
            case "scope":
                if let s = NormalisationReader.dataScope(v, problems: &problems) { options.scope = s }
            default: break
            }
        }
        if method == .power && options.power == nil {
            problems.append(value.problem(.project(.powerNeedsExponent(keyed: true))))
        }
        return (method, options)
    }

    static func weighting(_ value: YAMLValue, problems: inout [InputProblem]) -> WeightingSpec? {
        if case .scalar = value.node {
            guard let method = NormalisationReader.enumValue(value, WeightingMethod.self, problems: &problems) else { return nil }
            var spec = WeightingSpec(method: method)
            spec.location = value.location
            if method == .ahp {
                problems.append(value.problem(.project(.ahpNeedsMatrix(keyed: false))))
            }
            return spec
        }
        guard let entries = value.mapping(allowed: weightKeys, problems: &problems) else { return nil }
        let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let m = fields["method"] else {
            problems.append(value.problem(.project(.methodMissing(example: "{method: entropy}"))))
            return nil
        }
        guard let method = NormalisationReader.enumValue(m, WeightingMethod.self, problems: &problems) else { return nil }
        var spec = WeightingSpec(method: method)
        spec.location = value.location
        for (key, v) in entries where key != "method" {
            if let allowed = weightKeyMethods[key], !allowed.contains(method) {
                problems.append(v.problem(.project(.keyNotForMethod(key: key, method: method.rawValue, allowed: allowed.map(\.rawValue), weights: true))))
                continue
            }
            switch key {
            case "scope":
                if let s = NormalisationReader.dataScope(v, problems: &problems) { spec.scope = s }
            case "loadings":
                if let l = NormalisationReader.enumValue(v, WeightingSpec.Loadings.self, problems: &problems) { spec.loadings = l }
            case "negative":
                switch v.node.string {
                case "allow": spec.allowNegative = true
                case "error": spec.allowNegative = false
                default: problems.append(v.problem(.project(.negativeLoadings)))
                }
            case "matrix":
                spec.matrix = matrix(v, problems: &problems)
            case "priority":
                if let p = NormalisationReader.enumValue(v, AnalyticHierarchy.Priority.self, problems: &problems) { spec.priority = p }
            case "allow_inconsistent":
                if let b = v.bool(problems: &problems) { spec.allowInconsistent = b }
            case "lower", "upper":
                guard let x = v.double(problems: &problems) else { continue }
                guard (0 ... 1).contains(x) else {
                    problems.append(v.problem(.project(.bodShareOutOfRange(key: key, found: x))))
                    continue
                }
                if key == "lower" { spec.lowerShare = x } else { spec.upperShare = x }
            default: break
            }
        }
        if method == .ahp && fields["matrix"] == nil {
            problems.append(value.problem(.project(.ahpNeedsMatrix(keyed: true))))
        }
        if spec.lowerShare > spec.upperShare {
            problems.append(value.problem(.project(.bodLowerAboveUpper(lower: spec.lowerShare, upper: spec.upperShare))))
        }
        return spec
    }

    /// A square matrix written as a list of rows; entries are numbers or fractions such as `1/3`.
    static func matrix(_ value: YAMLValue, problems: inout [InputProblem]) -> Matrix? {
        guard let rows = value.sequence(problems: &problems) else { return nil }
        var entries: [[Double]] = []
        for row in rows {
            guard let cells = row.sequence(problems: &problems) else { return nil }
            var numbers: [Double] = []
            for cell in cells {
                guard let text = cell.string(problems: &problems) else { return nil }
                guard let x = fraction(text) else {
                    problems.append(cell.problem(.project(.matrixEntryInvalid(text: text))))
                    return nil
                }
                numbers.append(x)
            }
            entries.append(numbers)
        }
        guard entries.allSatisfy({ $0.count == entries.count }), !entries.isEmpty else {
            problems.append(value.problem(.project(.matrixNotSquare(rows: entries.count))))
            return nil
        }
        var m = Matrix(rows: entries.count, columns: entries.count)
        for i in entries.indices { for j in entries.indices { m[i, j] = entries[i][j] } }
        return m
    }

    static func fraction(_ text: String) -> Double? {
        let t = text.trimmingSpaces
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let a = Double(parts[0].trimmingCharacters(in: .whitespaces)), let b = Double(parts[1].trimmingCharacters(in: .whitespaces)), b != 0 {
            return a / b
        }
        return Double(t)
    }
}

import Foundation

/// Reads `treatment:` mappings (under `defaults:` and on indicators) and checks them against the unit table
/// declaration and the indicators' normalisation.
enum TreatmentReader {
    static let keys = ["denominator", "impute", "group", "outliers", "winmax", "skew", "kurtosis", "log_fallback",
                       "outlier_scope", "transform", "lambda", "screen"]
    static let screenKeys = ["min_unit_coverage", "min_indicator_coverage", "basis"]

    /// A `treatment:` mapping applied on top of `base` (keys not given are inherited). `screen` is allowed
    /// only under `defaults:` (`allowScreen`). `denominator: none` removes an inherited denominator.
    static func read(_ value: YAMLValue, base: TreatmentSpec, allowScreen: Bool, problems: inout [InputProblem]) -> TreatmentSpec {
        var spec = base
        spec.location = value.location
        guard let entries = value.mapping(allowed: keys, problems: &problems) else { return spec }
        for (key, v) in entries {
            switch key {
            case "denominator":
                if let d = v.string(problems: &problems) { spec.denominator = d == "none" || v.isNull ? nil : d }
            case "impute":
                if let m = NormalisationReader.enumValue(v, ImputationMethod.self, problems: &problems) { spec.impute = m }
            case "group": spec.imputeGroup = v.string(problems: &problems)
            case "outliers":
                if let m = NormalisationReader.enumValue(v, OutlierMethod.self, problems: &problems) { spec.outliers = m }
            case "winmax":
                if let n = v.int(problems: &problems) {
                    if n >= 1 { spec.winmax = n } else { problems.append(v.problem(.project(.winmaxTooSmall(found: n)))) }
                }
            case "skew", "kurtosis":
                if let x = v.double(problems: &problems) {
                    if x > 0 { if key == "skew" { spec.skewThreshold = x } else { spec.kurtosisThreshold = x } }
                    else { problems.append(v.problem(.project(.thresholdNotPositive(key: key, found: x)))) }
                }
            case "log_fallback": if let b = v.bool(problems: &problems) { spec.logFallback = b }
            case "outlier_scope":
                if let s = NormalisationReader.dataScope(v, problems: &problems) { spec.outlierScope = s }
            case "transform":
                if let t = NormalisationReader.enumValue(v, TreatmentTransform.self, problems: &problems) { spec.transform = t }
            case "lambda": spec.lambda = v.double(problems: &problems)
            case "screen":
                guard allowScreen else {
                    problems.append(v.problem(.project(.screenNotPanel)))
                    continue
                }
                spec.screen = readScreen(v, problems: &problems)
            default: break
            }
        }
        return spec
    }

    static func readScreen(_ value: YAMLValue, problems: inout [InputProblem]) -> ScreeningSpec? {
        guard let entries = value.mapping(allowed: screenKeys, problems: &problems) else { return nil }
        var spec = ScreeningSpec()
        spec.location = value.location
        for (key, v) in entries {
            switch key {
            case "min_unit_coverage", "min_indicator_coverage":
                guard let x = v.double(problems: &problems) else { continue }
                guard (0 ... 1).contains(x) else {
                    problems.append(v.problem(.project(.screenShare(key: key, found: x))))
                    continue
                }
                if key == "min_unit_coverage" { spec.minUnitCoverage = x } else { spec.minIndicatorCoverage = x }
            case "basis":
                if let b = NormalisationReader.enumValue(v, ScreeningBasis.self, problems: &problems) { spec.basis = b }
            default: break
            }
        }
        if spec.minUnitCoverage == nil && spec.minIndicatorCoverage == nil {
            problems.append(value.problem(.project(.screenNeedsCoverage)))
        }
        return spec
    }

    /// Checks that denominators and group columns exist in the unit table declaration, that Box–Cox has a
    /// λ, and that a treatment transform is not combined with settings in raw units.
    static func check(framework: FrameworkNode, units: UnitSpec, defaults: Defaults, file: String, problems: inout [InputProblem]) {
        var reported = Set<String>()
        for node in framework.indicators {
            guard let ind = node.indicator else { continue }
            let t = ind.treatment ?? defaults.treatment
            let location = t.location ?? node.location ?? SourceLocation(file: file)
            func once(_ key: String, _ problem: InputProblem) { if reported.insert(key).inserted { problems.append(problem) } }
            if let d = t.denominator {
                if d == "size" {
                    if units.sizeColumn == nil {
                        once("size", InputProblem(location, .project(.sizeDenominatorWithoutSizeColumn(id: nil))))
                    }
                } else if !units.attributeColumns.contains(d) && d != units.sizeColumn {
                    once("denominator:\(d)", InputProblem(location, .project(.denominatorNotColumn(denominator: d, attributeColumns: units.attributeColumns))))
                }
            }
            if t.impute == .groupMean || t.impute == .groupMedian {
                if let g = t.imputeGroup {
                    if !units.groupColumns.contains(g) {
                        once("group:\(g)", InputProblem(location, .project(.imputeGroupNotGroupColumn(group: g, groupColumns: units.groupColumns))))
                    }
                } else if units.groupColumns.isEmpty {
                    once("group", InputProblem(location, .project(.imputeNeedsGroups(impute: t.impute.rawValue))))
                }
            }
            if t.transform == .boxcox && t.lambda == nil {
                once("lambda", InputProblem(location, .project(.boxcoxNeedsLambda)))
            }
            if t.transform != .none {
                let method = ind.normalisation?.method ?? defaults.normalisation.method
                if ind.transform == .log {
                    problems.append(InputProblem(location, .project(.doubleTransform(id: node.id, transform: t.transform.rawValue))))
                } else if ind.goalposts != nil || method.descriptor.rawUnitSettings {
                    problems.append(InputProblem(location, .project(.treatmentTransformRawUnits(id: node.id, transform: t.transform.rawValue))))
                }
            }
        }
    }
}

import TouchstoneCore
import TouchstoneText

/// The words of `MethodProblem` in English and Chinese: what is wrong and what to do.
extension MethodProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case let .selectionShareOutOfRange(key, found):
            let x = NumberFormat.full(found)
            return (w.t("`\(key)` must be a share above 0 and at most 1, found \(x)", "`\(key)` 应为大于 0、不超过 1 的比例，实为 \(x)"),
                    w.t("write e.g. `\(key): 0.1` for 10%", "例如写 `\(key): 0.1` 表示 10%"))
        case let .weightsNeedCompleteRows(node, method, minimum, year, found, perYear):
            return Self.weightsNeedCompleteRows(node: node, method: method, minimum: minimum, year: year, found: found, perYear: perYear, w)
        case let .entropyNeedsNonNegative(node, child, at, value):
            return Self.entropyNeedsNonNegative(node: node, child: child, at: at, value: value, w)
        case let .entropyAllConstant(node, year):
            return Self.noWeights(node: node, year: year, method: .entropy, w)
        case let .criticNoVariation(node, year):
            return Self.noWeights(node: node, year: year, method: .critic, w)
        case let .pcaNeedsVaryingChildren(node, year):
            return Self.noWeights(node: node, year: year, method: .pca, w)
        case let .pcaNegativeLoadings(node, children, loadings, year):
            return Self.pcaNegativeLoadings(node: node, children: children, loadings: loadings, year: year, w)
        case .screeningDroppedEveryIndicator(let minCoverage):
            return Self.screeningDroppedAll(key: "min_indicator_coverage", minCoverage: minCoverage, unitYears: false, w)
        case .screeningDroppedEveryUnitYear(let minCoverage):
            return Self.screeningDroppedAll(key: "min_unit_coverage", minCoverage: minCoverage, unitYears: true, w)
        case .screeningDroppedIndex:
            return Self.screeningDroppedIndex(w)
        case let .transformNeedsPositive(indicator, transform, at, value):
            return Self.transformNeedsPositive(indicator: indicator, transform: transform, at: at, value: value, w)
        case let .meanUndefined(node, method, power, child, at, value):
            return Self.meanUndefined(node: node, method: method, power: power, child: child, at: at, value: value, w)
        case let .geometricLogUndefined(node, child, at, value):
            return Self.geometricLogUndefined(node: node, child: child, at: at, value: value, w)
        case .ampiNeedsPanelWeights, .ampiReferenceYearMissing, .ampiChildMissingInReference:
            return Self.ampi(self, w)
        case let .bodNeedsNonNegative(node, child, at, value):
            return Self.bodNeedsNonNegative(node: node, child: child, at: at, value: value, w)
        case let .bodNoSolution(node, detail):
            return Self.bodNoSolution(node: node, detail: detail, w)
        case let .logTransformNeedsPositive(indicator, at, value):
            return Self.logTransformNeedsPositive(indicator: indicator, at: at, value: value, w)
        case let .outsideMethodDomain(indicator, method, at, value, domain):
            return Self.outsideMethodDomain(indicator: indicator, method: method, at: at, value: value, domain: domain, w)
        case let .notEnoughUnitsToCompare(year, count, unit):
            return Self.notEnoughUnitsToCompare(year: year, count: count, unit: unit, w)
        case let .referenceUnitWithoutData(indicator, unit, suggestion):
            return Self.referenceUnitWithoutData(indicator: indicator, unit: unit, suggestion: suggestion, w)
        case let .referenceYearMissing(indicator, year, years):
            return Self.referenceYearMissing(indicator: indicator, year: year, years: years, w)
        case .goalpostsMissing, .targetNotPositive, .targetMissing, .bandsMissing, .bandScoresCount, .referenceMissing:
            return Self.settings(self, w)
        }
    }
}

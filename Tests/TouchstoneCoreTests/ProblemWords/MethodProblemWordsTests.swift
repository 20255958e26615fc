import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Method problems: typed values, words in both languages")
struct MethodProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [MethodProblem] = [
        .selectionShareOutOfRange(key: "top_share", found: 1.5),
        .weightsNeedCompleteRows(node: "dim", method: .pca, minimum: 3, year: 2021, found: 2, perYear: true),
        .weightsNeedCompleteRows(node: "dim", method: .entropy, minimum: 2, year: nil, found: 1, perYear: false),
        .entropyNeedsNonNegative(node: "dim", child: "a", at: UnitYear(unit: "b01", year: 2020), value: -1.25),
        .entropyAllConstant(node: "dim", year: 2022), .criticNoVariation(node: "dim", year: nil), .pcaNeedsVaryingChildren(node: "dim", year: 2023),
        .pcaNegativeLoadings(node: "dim", children: ["c"], loadings: [-0.5], year: nil),
        .pcaNegativeLoadings(node: "dim", children: ["c", "d"], loadings: [-0.5, -0.25], year: 2021),
        .screeningDroppedEveryIndicator(minCoverage: 0.75), .screeningDroppedEveryUnitYear(minCoverage: 0.5), .screeningDroppedIndex,
        .transformNeedsPositive(indicator: "gdp", transform: .log, at: UnitYear(unit: "b01", year: 2020), value: -3),
        .meanUndefined(node: "dim", method: .geometric, power: 0, child: "a", at: UnitYear(unit: "A", year: 2020), value: 0),
        .meanUndefined(node: "dim", method: .power, power: 0.5, child: "a", at: UnitYear(unit: "A", year: 2020), value: -1.5),
        .geometricLogUndefined(node: "index", child: "b", at: UnitYear(unit: "B", year: 2021), value: 0),
        .ampiNeedsPanelWeights(node: "dim"), .ampiReferenceYearMissing(node: "dim", year: 1999, years: [2019, 2020]),
        .ampiChildMissingInReference(node: "dim", child: "a", year: 2019),
        .bodNeedsNonNegative(node: "dim", child: "a", at: UnitYear(unit: "A", year: 2020), value: -0.5),
        .bodNoSolution(node: "dim", detail: "infeasible(row: 3)"),
        .logTransformNeedsPositive(indicator: "gnipc", at: UnitYear(unit: "B", year: 2021), value: 0),
        .outsideMethodDomain(indicator: "x", method: .logMinMax, at: UnitYear(unit: "A", year: 2020), value: -2, domain: .logAfterShift(shift: 1)),
        .outsideMethodDomain(indicator: "x", method: .minMax, at: UnitYear(unit: "A", year: 2020), value: -2, domain: nil),
        .notEnoughUnitsToCompare(year: 2020, count: 1, unit: "u1"), .notEnoughUnitsToCompare(year: 2020, count: 0, unit: nil),
        .referenceUnitWithoutData(indicator: "x", unit: "b1", suggestion: "b01"), .referenceUnitWithoutData(indicator: "x", unit: "zz", suggestion: nil),
        .referenceYearMissing(indicator: "x", year: 1999, years: [2019, 2020]),
        .goalpostsMissing(indicator: "x"), .targetNotPositive(indicator: "x", found: -5), .targetMissing(indicator: "rate"),
        .bandsMissing(indicator: "x"), .bandScoresCount(indicator: "x", thresholds: 3, scores: 2), .referenceMissing(indicator: "x"),
    ]

    static func covers(_ k: MethodProblem) -> Int {
        switch k {
        case .selectionShareOutOfRange: 0
        case .weightsNeedCompleteRows: 1
        case .entropyNeedsNonNegative: 2
        case .entropyAllConstant: 3
        case .criticNoVariation: 4
        case .pcaNeedsVaryingChildren: 5
        case .pcaNegativeLoadings: 6
        case .screeningDroppedEveryIndicator: 7
        case .screeningDroppedEveryUnitYear: 8
        case .screeningDroppedIndex: 9
        case .transformNeedsPositive: 10
        case .meanUndefined: 11
        case .geometricLogUndefined: 12
        case .ampiNeedsPanelWeights: 13
        case .ampiReferenceYearMissing: 14
        case .ampiChildMissingInReference: 15
        case .bodNeedsNonNegative: 16
        case .bodNoSolution: 17
        case .logTransformNeedsPositive: 18
        case .outsideMethodDomain: 19
        case .notEnoughUnitsToCompare: 20
        case .referenceUnitWithoutData: 21
        case .referenceYearMissing: 22
        case .goalpostsMissing: 23
        case .targetNotPositive: 24
        case .targetMissing: 25
        case .bandsMissing: 26
        case .bandScoresCount: 27
        case .referenceMissing: 28
        }
    }

    static let caseCount = 29

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.method(k)) }
    }
}

import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// The findings of methods (`Diagnostic.Kind.method`) in both languages, one value of every case.
@Suite("Method findings: typed values, words in both languages")
struct MethodFindingWordsTests {
    static let all: [MethodFinding] = [
        .constantChildWeightZero(child: "a", node: "dim", rows: 34, year: 2021, method: .entropy),
        .constantChildWeightZero(child: "a", node: "dim", rows: 204, year: nil, method: .critic),
        .pcaVarianceShare(node: "dim", percent: 61.25, children: 4, year: nil),
        .negativePCAWeights(node: "Instit", children: ["TBTs"]), .negativePCAWeights(node: "dim", children: ["c", "d"]),
        .screenedIndicators(minCoverage: 0.6, report: Self.screening), .screenedUnitYears(minCoverage: 0.5, observed: true, report: Self.screening),
        .screenedUnitYears(minCoverage: 0.5, observed: false, report: Self.manyRows),
        .notImputed(indicator: "x", cells: 1, method: .locf), .notImputed(indicator: "x", cells: 3, method: .interpolate),
        .notImputed(indicator: "x", cells: 2, method: .groupMedian), .notImputed(indicator: "x", cells: 2, method: .meanAll),
        .notImputed(indicator: "x", cells: 2, method: .mean),
        .outlierCheckSkipped(indicator: "x", year: 2021, values: 3), .outlierCheckSkipped(indicator: "x", year: nil, values: nil),
        .referenceWithoutPositive(indicator: "x", unit: "B", year: nil, keys: ["2021"]),
        .referenceWithoutPositive(indicator: "x", unit: nil, year: 2019, keys: ["a", "b"]),
        .referenceNonPositive(indicator: "x", count: 1), .referenceNonPositive(indicator: "x", count: 3),
        .noValuesInFixedScaling(indicator: "x", base: nil), .noValuesInFixedScaling(indicator: "x", base: 2019 ... 2021),
        .outsideFixedScaling(indicator: "x", count: 2, base: 2019 ... 2019, low: 2, high: 10, rows: [.init(unit: "B", year: 2020), .init(unit: "C", year: 2020)],
                             values: [12, 0], capped: true),
        .outsideFixedScaling(indicator: "x", count: 6, base: nil, low: 0, high: 4, rows: [.init(unit: "b04", year: 2024)], values: [6], capped: false),
        .constantScaling(indicator: "x", method: .minMax, value: 5, year: nil), .constantScaling(indicator: "x", method: .rank, value: 5, year: 2020),
        .constantScaling(indicator: "x", method: .borda, value: 5, year: nil), .constantScaling(indicator: "x", method: .percentileRank, value: 5, year: nil),
        .noSpread(indicator: "x", zMean: 100, year: 2021), .singleValue(indicator: "x", method: .rank, year: nil),
        .singleValue(indicator: "x", method: .percentileRank, year: 2020),
    ]

    static let screening: ScreeningReport = {
        var r = ScreeningReport()
        r.droppedIndicators = [.init(indicator: "a", coverage: 0.4), .init(indicator: "b", coverage: 0.25)]
        r.droppedNodes = ["dim"]
        r.droppedRows = [.init(unit: "b01", year: 2020, coverage: 0.3)]
        r.droppedUnits = ["b01"]
        return r
    }()

    static let manyRows: ScreeningReport = {
        var r = ScreeningReport()
        r.droppedRows = (0 ..< 23).map { .init(unit: "u\($0)", year: 2020, coverage: 0.1) }
        return r
    }()

    static func covers(_ k: MethodFinding) -> Int {
        switch k {
        case .constantChildWeightZero: 0
        case .pcaVarianceShare: 1
        case .negativePCAWeights: 2
        case .screenedIndicators: 3
        case .screenedUnitYears: 4
        case .notImputed: 5
        case .outlierCheckSkipped: 6
        case .referenceWithoutPositive: 7
        case .referenceNonPositive: 8
        case .noValuesInFixedScaling: 9
        case .outsideFixedScaling: 10
        case .constantScaling: 11
        case .noSpread: 12
        case .singleValue: 13
        }
    }

    static let caseCount = 14

    @Test("every finding has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all {
            let en = k.text("en"), zh = k.text("zh")
            FlagReasonWordsTests.check(en, zh)
            #expect(ProblemWordsCheck.codeSpans(en) == ProblemWordsCheck.codeSpans(zh), "\(en) / \(zh)")
            #expect(Diagnostic(.note, .method(k)).message.isEmpty)
        }
        #expect(Self.all[0].text("en") == "`a` is constant over the 34 complete unit-years in 2021 of `dim`: it gets entropy weight 0")
        #expect(Self.all[2].text("en") == "`dim`: the first principal component explains 61.25% of the variance of its 4 children")
        #expect(Self.all[5].text("en") == "screening dropped 2 indicators below `min_indicator_coverage: 0.6`: `a` (40%), `b` (25%); emptied and removed: `dim`")
        #expect(Self.all[6].text("en") == "screening dropped 1 unit-year below `min_unit_coverage: 0.5` (observed data): b01 2020 (30%); units left with no year: b01")
        #expect(Self.all[7].text("en").hasSuffix("u19 2020 (10%), and 3 more"))
        #expect(Self.all[8].text("en") == "`x`: 1 missing cell could not be imputed with `locf` (no earlier observation of the unit); it stays missing")
        #expect(Self.all[13].text("en") == "`x` in 2021: outlier check skipped (3 values; skew and kurtosis need at least 4)")
        #expect(Self.all[23].text("en") == "`x` is constant (5); min-max gives every unit the middle of the range")
        #expect(Self.all[24].text("en") == "`x` is constant (5) in year 2020; every unit ties: all rank 1")
        #expect(Self.all[27].text("en") == "`x` has no spread in year 2021; z-scores are all 100")
        #expect(Self.all[29].text("en") == "`x` has a single value in year 2020; percentile-rank gives it the middle of the range")
        #expect(Self.all[21].text("en") == "`x`: 2 values lie outside the base year 2019 2–10 (unit `B` in 2020: 12; unit `C` in 2020: 0); capped at the range (freeze.outside: cap)")
    }
}

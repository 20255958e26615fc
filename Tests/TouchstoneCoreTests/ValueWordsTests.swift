import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

@Suite("Missing-score reasons: typed values, words in both languages")
struct MissingReasonTests {
    /// One value of every case; `covers` fails to compile when a case is added without one here.
    static let all: [MissingReason] = [
        .noData, .noChild, .belowCoverage(present: 1, of: 4, minCoverage: 0.5),
        .outsideDomain(method: .geometric, child: "x", value: -0.25), .zeroWeight, .topsisTies,
        .nonPositiveMean(method: .mpi), .noOtherUnit, .undefined(method: .gra), .needsEveryChild(child: "y"),
    ]

    static func covers(_ r: MissingReason) -> Int {
        switch r {
        case .noData: 0
        case .noChild: 1
        case .belowCoverage: 2
        case .outsideDomain: 3
        case .zeroWeight: 4
        case .topsisTies: 5
        case .nonPositiveMean: 6
        case .noOtherUnit: 7
        case .undefined: 8
        case .needsEveryChild: 9
        }
    }

    @Test("every reason has English and Chinese words; the Chinese has no English sentence and keeps the numbers")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< 10))
        for r in Self.all {
            let en = r.text("en"), zh = r.text("zh-CN")
            #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(r)")
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(r): \(zh)")
            #expect(EnglishSentences.find(in: zh).isEmpty, "\(r): \(zh)")
        }
        #expect(MissingReason.belowCoverage(present: 1, of: 4, minCoverage: 0.5).text("en") == "only 1 of 4 children present (min_coverage 0.5)")
        #expect(MissingReason.belowCoverage(present: 1, of: 4, minCoverage: 0.5).text("zh") == "仅 1/4 个下级有得分（min_coverage 0.5）")
        #expect(MissingReason.outsideDomain(method: .geometric, child: "x", value: -0.25).text("zh").contains("-0.25"))
    }
}

@Suite("Words of trend classes and unit statuses in both languages")
struct ValueWordsTests {
    static func check(_ en: String, _ zh: String) {
        #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(en) / \(zh)")
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(zh)")
        #expect(EnglishSentences.find(in: zh).isEmpty, "\(zh)")
    }

    @Test("every trend class and unit status has English and Chinese words, the Chinese without English sentences")
    func everyCase() {
        for k in TrendClass.allCases { Self.check(k.label("en"), k.label("zh")) }
        for s in UnitStatus.allCases {
            Self.check(s.label("en"), s.label("zh"))
            Self.check(s.reason("en"), s.reason("zh"))
        }
        #expect(Set(TrendClass.allCases.map { $0.label("zh") }).count == TrendClass.allCases.count)
    }
}

@Suite("Diagnostic kinds: typed values, words in both languages")
struct DiagnosticKindWordsTests {
    /// One value of every case; `covers` fails to compile when a case is added without one here.
    static let all: [Diagnostic.Kind] = [
        .unitWithoutData(unit: "b35"), .decodedFromGB18030, .trendsOnPerYearScores, .perYearScaling,
        .indicatorWithoutValues(indicator: "x", year: 2021), .indicatorWithoutValues(indicator: "x", year: nil),
        .treatmentSummary(Self.treatment),
        .valuesOutsideIndicatorYears(indicator: "x", count: 12, years: 2023 ... Int.max),
        .unitChanged(unit: "b05", year: 2023, column: "group", before: "functional", after: "case"),
        .robustnessUnderNewestFramework(firstYear: 2023),
        .indicatorsSkipped(ids: ["a", "b"]), .indicatorsSkipped(ids: (1 ... 12).map { "x\($0)" }),
        .blankVoteCounts(indicator: "v", count: 3), .fewVoters(indicator: "v", minVoters: 5, rows: ["b01 2023", "b02 2023"]),
        .method(.negativePCAWeights(node: "Instit", children: ["TBTs"])),
    ]

    static let treatment = TreatmentSummary(denominated: (cells: 40, leftMissing: 2), imputed: .init(cells: 12, indicators: 3),
                                            transformed: .init(cells: 8, indicators: 1), winsorised: .init(cells: 4, indicators: 2),
                                            logCT: [(indicator: "gdp", year: 2020)], screened: (indicators: 1, unitYears: 5))

    static func covers(_ k: Diagnostic.Kind) -> Int {
        switch k {
        case .unitWithoutData: 0
        case .decodedFromGB18030: 1
        case .trendsOnPerYearScores: 2
        case .perYearScaling: 3
        case .indicatorWithoutValues: 4
        case .treatmentSummary: 5
        case .valuesOutsideIndicatorYears: 6
        case .unitChanged: 7
        case .robustnessUnderNewestFramework: 8
        case .indicatorsSkipped: 9
        case .blankVoteCounts: 10
        case .fewVoters: 11
        case .method: 12
        }
    }

    @Test("every kind has English and Chinese words with the same ids and numbers; the core's diagnostic has none")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< 13))
        for k in Self.all {
            ValueWordsTests.check(k.text("en"), k.text("zh"))
            #expect(Diagnostic(.warning, k).message.isEmpty)
        }
        #expect(Diagnostic.Kind.indicatorWithoutValues(indicator: "x", year: 2021).text("en") == "`x` has no values in year 2021; its scores are missing")
        #expect(Diagnostic.Kind.indicatorWithoutValues(indicator: "x", year: 2021).text("zh") == "`x` 在 2021 年没有数值，其得分缺失")
        #expect(Diagnostic.Kind.treatmentSummary(Self.treatment).text("en") == "treatment: 40 cells denominated (2 left missing: no denominator); 12 cells imputed in 3 indicators; 8 cells transformed (log or Box–Cox) in 1 indicator; 4 points winsorised in 2 indicators; log_CT applied to gdp (2020); screening dropped 1 indicator and 5 unit-years (every change is listed in the audit: `--format json`)")
        #expect(Diagnostic.Kind.treatmentSummary(Self.treatment).text("zh") == "数据处理：按分母折算 40 个单元格（2 个因无分母仍缺失）；3 个指标中插补 12 个单元格；1 个指标中变换 8 个单元格（对数或 Box–Cox）；2 个指标中缩尾 4 个数据点；对 gdp (2020) 做 log_CT 变换；筛选剔除 1 个指标和 5 个单位年（每处改动见审计记录：`--format json`）")
        #expect(Diagnostic(.warning, .perYearScaling).line("en") == "warning: some indicators are normalised per year: their scores rank units within each year and are not comparable across years; use `scope: panel` for trends")
    }
}

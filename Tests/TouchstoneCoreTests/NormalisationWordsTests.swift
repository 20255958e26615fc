import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// Method descriptors carry no words: the report's description of every method, in both languages, is keyed
/// by the method's name in TouchstoneOutput (`NormalisationMethod+Words.swift`). Adding a method to
/// `NormalisationDescriptor.all` without its words fails here.
@Suite("Method descriptions: words keyed by the method, in both languages")
struct NormalisationWordsTests {
    @Test("every registered normalisation method has a description in English and Chinese with the same placeholders")
    func everyNormalisation() {
        for method in NormalisationMethod.allCases {
            #expect(method.hasDescription, "\(method) has no words in NormalisationMethod+Words.swift")
            for each in [false, true] {
                let en = method.summary("en", each: each), zh = method.summary("zh", each: each)
                #expect(placeholders(en) == placeholders(zh), "\(method): \(en) / \(zh)")
                #expect(!en.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
            }
        }
        #expect(NormalisationMethod.goalposts.hasEachSummary && !NormalisationMethod.minMax.hasEachSummary)
        #expect(NormalisationMethod.minMax.summary("zh") == "极差标准化至 {range}，{scope}")
        #expect(NormalisationMethod.goalposts.summary("en", each: true) == "goalposts (declared on each indicator) → {range}")
    }

    @Test("every aggregation method has a name in both languages")
    func everyAggregation() {
        for method in AggregationMethod.allCases {
            #expect(!method.summary("en").isEmpty && method.summary("en") != method.summary("zh"))
        }
        #expect(AggregationMethod.geometric.summary("zh") == "加权几何平均")
        #expect(AggregationMethod.power.summary("en") == "aggregation: power")
    }

    func placeholders(_ text: String) -> [String] {
        text.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }.sorted()
    }
}

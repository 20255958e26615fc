import Testing
@testable import TouchstoneCore

/// `YearReview` on hand-made snapshots: each part of the comparison and the order of the causes.
@Suite("Year review")
struct YearReviewTests {
    typealias Entry = AssessmentSnapshot.UnitEntry
    static func entry(_ unit: String, _ status: String, below: Bool? = nil) -> Entry {
        Entry(unit: unit, name: [:], status: status, severity: status == "flagged" ? "high" : nil, rules: [], index: nil, rank: nil, belowCutoff: below)
    }
    static func number(_ unit: String, _ year: Int, _ value: Double) -> AssessmentSnapshot.Number {
        .init(unit: unit, year: year, node: "index", value: value)
    }
    static let fingerprints = AssessmentSnapshot.Fingerprints(project: "p", data: "d", units: nil, tool: "1")

    @Test("new, continuing (years running from the archives), cleared, unresolved, exemplars and the cut-off")
    func lists() {
        let older = AssessmentSnapshot(year: 2022, fingerprints: nil, cutoff: nil, units: [Self.entry("a", "flagged"), Self.entry("b", "clear")], numbers: [], rows: [:])
        let oldest = AssessmentSnapshot(year: 2021, fingerprints: nil, cutoff: nil, units: [Self.entry("a", "flagged")], numbers: [], rows: [:])
        let old = AssessmentSnapshot(year: 2023, fingerprints: nil, cutoff: 40, units: [
            Self.entry("a", "flagged", below: true), Self.entry("b", "flagged", below: true), Self.entry("c", "flagged"), Self.entry("d", "exemplar", below: false),
            Self.entry("e", "clear", below: false), Self.entry("f", "flagged"),
        ], numbers: [], rows: [:])
        let new = AssessmentSnapshot(year: 2024, fingerprints: nil, cutoff: 41, units: [
            Self.entry("a", "flagged", below: true), Self.entry("b", "flagged", below: false), Self.entry("c", "watch"), Self.entry("d", "clear", below: false),
            Self.entry("e", "flagged", below: true), Self.entry("g", "exemplar"), Self.entry("f", AssessmentSnapshot.notAssessed),
        ], numbers: [], rows: [:])
        let r = YearReview(old: old, new: new, history: [older, oldest], rootId: "index", decimals: 1)
        #expect(r.newlyFlagged == ["e"])
        // a: flagged 2021–2024 (4 years); b: 2023–2024 (not flagged in 2022).
        #expect(r.stillFlagged == [.init(unit: "a", years: 4), .init(unit: "b", years: 2)])
        #expect(r.cleared.map(\.unit) == ["c"] && r.cleared.map(\.now) == ["watch"])
        #expect(r.unresolved == ["f"])
        #expect(r.exemplarsGained == ["g"] && r.exemplarsLost == ["d"])
        #expect(r.intoCutoff == ["e"] && r.outOfCutoff == ["b"])
    }

    @Test("a changed number's cause: correction before framework change before new data before refit; equal at the published precision is no change")
    func causes() {
        let old = AssessmentSnapshot(year: 2023, fingerprints: Self.fingerprints, cutoff: nil, units: [],
                                     numbers: [Self.number("a", 2023, 50.0), Self.number("b", 2023, 60.0), Self.number("c", 2023, 70.0)],
                                     rows: ["a|2023": "1", "b|2023": "2", "c|2023": "3"])
        func review(project: String, grows: Bool) -> YearReview {
            var f = Self.fingerprints
            f.project = project
            var rows = ["a|2023": "changed", "b|2023": "2", "c|2023": "3"]
            if grows { rows["a|2024"] = "4" }
            let new = AssessmentSnapshot(year: 2024, fingerprints: f, cutoff: nil, units: [],
                                         numbers: [Self.number("a", 2023, 51.0), Self.number("b", 2023, 61.0), Self.number("c", 2023, 70.04)], rows: rows)
            return YearReview(old: old, new: new, rootId: "index", decimals: 1)
        }
        let framework = review(project: "p2", grows: true)
        #expect(framework.changed.map(\.cause) == [.correction, .framework])
        #expect(framework.fingerprintsChanged == ["project"])
        #expect(review(project: "p", grows: true).changed.map(\.cause) == [.correction, .newData])
        let refit = review(project: "p", grows: false)
        #expect(refit.changed.map(\.cause) == [.correction, .refit])
        #expect(refit.changed.map(\.unit) == ["a", "b"], "70.0 → 70.04 prints the same at one decimal")
        #expect(refit.changesByCause.map(\.count) == [1, 1])
    }
}

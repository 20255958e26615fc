import Foundation
import Testing

/// The one-line summary of `touchstone validate`: counts with their nouns in the singular for one, and a single
/// year written once (not "1 years (2021–2021)").
@Suite("validate's summary line")
struct ValidateSummaryTests {
    @Test("one year reads '1 year (2021)'; four years '4 years (2019–2022)'")
    func yearsAndCounts() throws {
        let single = "unit,year,a,b\nu1,2021,3,9\nu2,2021,5,8\nu3,2021,1,7\nu4,2021,2,6\n"
        let one = try ProjectFixture(files: ["data.csv": Array(single.utf8)])
        defer { one.remove() }
        let a = try one.run(["validate", "."])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("ok — 4 units, 1 year (2021), 2 indicators, 4 unit-years, 0 missing values."), "\(a.stdout)")
        let four = try ProjectFixture()
        defer { four.remove() }
        let b = try four.run(["validate", "."])
        #expect(b.stdout.contains("ok — 4 units, 4 years (2019–2022), 2 indicators, 16 unit-years, 0 missing values."), "\(b.stdout)")
    }
}

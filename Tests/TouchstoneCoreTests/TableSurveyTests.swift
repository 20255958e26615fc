import Testing
@testable import TouchstoneCore

/// `TableSurvey.guess` and `ProjectDraft` on small tables made in memory.
@Suite("touchstone init: table survey")
struct TableSurveyTests {
    @Test("Headers ending in years make the year-in-column layout with their separator and prefixes")
    func yearInColumn() {
        let table = CSVTable(file: "t.csv", header: ["iso3", "country", "le_1990", "le_1991", "gni_1990", "gni_1991"],
                             rows: [["AFG", "Afghanistan", "50", "51", "900", "950"], ["ALB", "Albania", "70", "71", "2000", "2100"]])
        let s = TableSurvey.guess(table)
        #expect(s.layout == .yearInColumn && s.yearSeparator == "_")
        #expect(s.numeric == ["le", "gni"] && s.unitColumn == "iso3" && s.years == [1990, 1991])
        #expect(s.nameColumn == "country")
    }

    @Test("indicator and value columns make the long layout; the unit column identifies rows with year and indicator")
    func long() {
        let table = CSVTable(file: "t.csv", header: ["unit", "year", "indicator", "value"],
                             rows: [["a", "2020", "x", "1"], ["a", "2020", "y", "2"], ["b", "2020", "x", "3"], ["b", "2021", "x", "4"]])
        let s = TableSurvey.guess(table)
        #expect(s.layout == .long && s.unitColumn == "unit" && s.yearColumn == "year")
        #expect(s.numeric == ["x", "y"])
    }

    @Test("Wide: a numeric column's odd texts become missing values, groups are constant within units, unknown ratings keep their order")
    func wide() {
        let table = CSVTable(file: "t.csv", header: ["id", "年份", "region", "score", "grade"], rows: [
            ["u1", "2020", "north", "1.5", "P"], ["u1", "2021", "north", "n.a.", "Q"], ["u2", "2020", "south", "3", "Q"],
            ["u2", "2021", "south", "4", "P"], ["u3", "2020", "south", "5", "R"], ["u3", "2021", "south", "6", "P"],
            ["u4", "2020", "north", "7", "P"], ["u4", "2021", "north", "8", "Q"], ["u5", "2020", "north", "9", "P"],
            ["u5", "2021", "north", "10", "Q"], ["u6", "2020", "east", "11", "P"], ["u6", "2021", "east", "12", "Q"],
            ["u7", "2020", "east", "13", "P"], ["u7", "2021", "east", "14", "Q"], ["u8", "2020", "east", "15", "P"],
            ["u8", "2021", "east", "16", "Q"], ["u9", "2020", "east", "17", "P"], ["u9", "2021", "east", "18", "Q"],
            ["u10", "2020", "east", "19", "P"], ["u10", "2021", "east", "20", "Q"], ["u11", "2020", "east", "21", "P"],
            ["u11", "2021", "east", "22", "Q"],
        ])
        let s = TableSurvey.guess(table)
        #expect(s.layout == .wide && s.yearColumn == "年份" && s.unitColumn == "id")
        #expect(s.numeric == ["score"] && s.extraMissing == ["n.a."])
        #expect(s.groupColumns == ["region"])
        #expect(s.ratings == [TableSurvey.Rating(column: "grade", levels: ["P", "Q", "R"], recognised: false)])
        let yaml = ProjectDraft(survey: s, dataFile: "t.csv", sheet: nil, title: "t", fallbackYear: 2024).yaml()
        #expect(yaml.contains("missing_values: [\"\", \"NA\", \"N/A\", \"n/a\", \"NaN\", \"-\", \"..\", \"—\", \"n.a.\"]"))
        #expect(yaml.contains("check their order"))
        #expect((try? ProjectReader.parse(text: yaml, file: "touchstone.yaml")) != nil, "the draft parses as a project")
    }

    @Test("Known rating orders are recognised whatever the order found: 一般, 优秀, 较差 → 优秀 > 一般 > 较差")
    func knownOrder() {
        let r = TableSurvey.rating("r", levels: ["一般", "优秀", "较差"])
        #expect(r.levels == ["优秀", "一般", "较差"] && r.recognised)
    }
}

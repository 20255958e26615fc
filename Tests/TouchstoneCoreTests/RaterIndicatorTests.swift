import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

@Suite("Rater-scored indicators")
struct RaterIndicatorTests {
    static let yaml = """
        data: {file: data.csv, layout: long, unit_column: unit, year_column: year, rater_column: rater}
        units: {id_column: unit}
        framework: {id: index, children: [{id: casework, raters: trimmed}, {id: x}]}
        """

    /// Five raters score seven branches (the `branches` example of Tests/References/raters).
    static func data() -> String {
        let scores: [[Double]] = [[82, 85, 80, 90, 78], [75, 70, 72, 80, 74], [90, 92, 88, 95, 91], [68, 70, 65, 72, 70],
                                  [80, 85, 80, 82, 84], [77, 75, 79, 80, 70], [88, 86, 90, 85, 92]]
        var lines = ["unit,year,indicator,rater,value"]
        for (i, row) in scores.enumerated() {
            for (j, v) in row.enumerated() { lines.append("b\(i),2024,casework,r\(j),\(Int(v))") }
            lines.append("b\(i),2024,x,,\(i)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("Several rows per unit, year and indicator with a rater are combined by the trimmed mean")
    func trimmed() throws {
        let s = try VoteScratch()
        let out = try PanelLoader(project: try s.project(Self.yaml, data: Self.data())).load()
        let reference = try RaterAgreementTests_reference()
        for i in 0 ..< 7 {
            let row = try #require(out.panel.row(unit: out.panel.unitIndex("b\(i)")!, year: 2024))
            #expect(abs(out.panel.values[row, 0] - reference[i]) < 1e-9)
            #expect(out.panel.values[row, 1] == Double(i))
        }
        #expect(out.panel.raters["casework"]?.raters == ["r0", "r1", "r2", "r3", "r4"])
    }

    @Test("diagnose reports the raters' agreement, equal to the kernel on the same scores")
    func agreement() throws {
        let s = try VoteScratch()
        let result = try IndexPipeline(project: try s.project(Self.yaml, data: Self.data())).run()
        let d = Diagnosis(result: result, year: 2024)
        let r = try #require(d.raters.first)
        #expect(r.indicatorId == "casework" && r.completeRows == 7 && r.raters.count == 5 && r.ratersPerRow == 5 ... 5)
        let a = try #require(r.agreement)
        #expect(abs(a.kendallW! - 0.925090909091) < 1e-9)  // raters_reference.csv, scipy 1.17.1
        #expect(abs(a.icc21! - 0.842194626627) < 1e-9)  // pingouin 0.7.0 ICC(A,1)
        #expect(DiagnoseReport(diagnosis: d, result: result).terminal().contains("Rater agreement"))
    }

    @Test("The same rater twice for a unit-year is a problem; a rater column outside the long layout too")
    func problems() throws {
        let s = try VoteScratch()
        let project = try s.project(Self.yaml, data: "unit,year,indicator,rater,value\nb0,2024,casework,r0,80\nb0,2024,casework,r0,81\nb0,2024,x,,1\n")
        #expect(throws: InputProblems.self) { try PanelLoader(project: project).load() }
        #expect(throws: (any Error).self) {
            _ = try s.project("""
                data: {file: data.csv, unit_column: unit, year_column: year, rater_column: rater}
                units: {id_column: unit}
                framework: {id: index, children: [{id: casework}, {id: x}]}
                """, data: "unit,year,casework,x,rater\n")
        }
    }

    @Test("A unit scored by 3 raters gets a wider rank interval than one scored by 9 with the same disagreement")
    func ratersDriveUncertainty() throws {
        var lines = ["unit,year,indicator,rater,value"]
        for (j, v) in [60.0, 75, 90].enumerated() { lines.append("few,2024,casework,r\(j),\(Int(v))") }
        for (j, v) in [60.0, 75, 90, 60, 75, 90, 60, 75, 90].enumerated() { lines.append("many,2024,casework,r\(j),\(Int(v))") }
        lines += ["few,2024,x,,50", "many,2024,x,,50"]
        for k in 0 ..< 12 {
            for j in 0 ..< 9 { lines.append("u\(k),2024,casework,r\(j),\(62 + 2 * k + (j % 3) - 1)") }
            lines.append("u\(k),2024,x,,\(44 + k)")
        }
        let s = try VoteScratch()
        let project = try s.project(Self.yaml.replacingOccurrences(of: "raters: trimmed", with: "raters: mean") + "\nuncertainty: {runs: 300, weights: 0}\n",
                                    data: lines.joined(separator: "\n") + "\n")
        let result = try IndexPipeline(project: project).run()
        let mc = UncertaintyAnalysis(result: result, year: 2024)
        let width = { (id: String) -> Double in
            let s = mc.summaries.first { $0.unit == result.panel.unitIndex(id)! }!
            return s.highRank - s.lowRank
        }
        #expect(width("few") > width("many") + 1)
    }
}

/// Trimmed means of the `branches` example from the committed scipy reference.
private func RaterAgreementTests_reference() throws -> [Double] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("References/raters/raters_reference.csv"), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        .filter { $0[0] == "branches" }.map { Double($0[2])! }
}

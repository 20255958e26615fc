import Foundation
import Testing
import TouchstoneCore

/// Cato/Fraser Human Freedom Index 2019 (../shared/data/human_freedom_index): the published `hf_score` is the
/// mean of `pf_score` and `ef_score`, both already on 0–10, so `normalisation: none` with the arithmetic mean
/// reproduces it without the goalposts trick (the inputs are published to 2 decimals, hence ±0.005).
@Suite("Human Freedom Index reference")
struct HFIReferenceTests {
    static let dataFile = CLI.sharedData.appendingPathComponent("human_freedom_index/hfi_cc_2019.csv").path

    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: dataFile)
        if !present { print("notice: ../shared/data/human_freedom_index is not present; the HFI reference test is skipped") }
        return present
    }

    @Test("hf = (pf + ef)/2 with normalisation: none matches all 1,537 published scores to their rounding",
          .enabled(if: available, "needs ../shared/data/human_freedom_index"))
    func publishedScores() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            data: {file: \(Self.dataFile), unit_column: ISO_code, year_column: year}
            units: {id_column: ISO_code, name_column: countries, group_columns: [region]}
            defaults: {normalisation: none, min_coverage: 1}
            framework: {id: hf, children: [{id: pf, column: pf_score}, {id: ef, column: ef_score}]}
            """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["index", folder.path, "--all-years", "--format", "csv", "--level", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let ours = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        var computed: [String: Double] = [:]
        for row in ours.rows { computed["\(row[0]) \(row[1])"] = Double(row[2]) }
        let published = try CSVReader.read(path: Self.dataFile)
        let (iso, year, hf) = (published.columnIndex("ISO_code")!, published.columnIndex("year")!, published.columnIndex("hf_score")!)
        var compared = 0, off: [String] = []
        for row in published.rows {
            guard let value = Double(row[hf]) else { continue }
            compared += 1
            let key = "\(row[iso]) \(row[year])"
            if let c = computed[key], abs(c - value) <= 0.005 + 1e-9 { continue }
            if off.count < 10 { off.append("\(key): published \(value), Touchstone \(computed[key].map { String($0) } ?? "missing")") }
        }
        #expect(compared == 1537)
        #expect(off.isEmpty, "\(off)")
    }
}

import Foundation
import Testing
import TouchstoneCore

/// UNDP HDR 2023/24 composite indices time series: recomputing the HDI from its components with UNDP's
/// goalposts (datasets/hdi/touchstone.yaml) must give the published `hdi_YYYY` (3 decimals) for every
/// country-year where UNDP publishes one.
@Suite("UNDP HDI reference")
struct HDIReferenceTests {
    static let dataFile = CLI.sharedData.appendingPathComponent("undp_hdr/HDR23-24_Composite_indices_complete_time_series.csv").path

    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: dataFile)
        if !present { print("notice: ../shared/data/undp_hdr is not present; the HDI reference test is skipped") }
        return present
    }

    @Test("`touchstone index datasets/hdi --all-years` reproduces all 5,808 published HDI values to 3 decimals",
          .enabled(if: available, "needs ../shared/data/undp_hdr"))
    func publishedHDI() throws {
        let run = try CLI.run(["index", "datasets/hdi", "--all-years", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let ours = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        let (unit, year, hdi) = (ours.columnIndex("unit")!, ours.columnIndex("year")!, ours.columnIndex("hdi")!)
        var computed: [String: Double] = [:]
        for row in ours.rows where !row[hdi].isEmpty { computed["\(row[unit]) \(row[year])"] = Double(row[hdi])! }

        let published = try CSVReader.read(path: Self.dataFile)
        let iso = published.columnIndex("iso3")!
        var total = 0, matching = 0
        var mismatches: [String] = []
        for row in published.rows where !row[iso].hasPrefix("ZZ") {
            for y in 1990 ... 2022 {
                let cell = row[published.columnIndex("hdi_\(y)")!]
                guard !cell.isEmpty, let value = Double(cell) else { continue }
                total += 1
                let key = "\(row[iso]) \(y)"
                if let c = computed[key], (c * 1000).rounded() == (value * 1000).rounded() { matching += 1 }
                else if mismatches.count < 10 { mismatches.append("\(key): published \(value), Touchstone \(computed[key].map { String($0) } ?? "missing")") }
            }
        }
        #expect(total == 5808)
        #expect(matching == 5808, "\(mismatches.joined(separator: "; "))")
    }
}

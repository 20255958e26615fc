import Foundation
@testable import TouchstoneStats

/// COINr ASEM tables (shared data) and the committed method references (`Tests/References/methods`).
enum MethodFixtures {
    static let methodsFolder = TrendFixtures.packageRoot.appendingPathComponent("Tests/References/methods")

    static var sharedAvailable: Bool {
        let present = FileManager.default.fileExists(atPath: TrendFixtures.sharedFolder.appendingPathComponent("coinr_asem/reference/python/entropy_d1_imputed_minmax.csv").path)
        if !present { print("notice: ../shared/data is not present; method tests against COINr and Python references are skipped") }
        return present
    }

    static func asem(_ name: String) -> CSVTable { TrendFixtures.shared("coinr_asem/reference/\(name)") }

    /// The indicator metadata: codes in file order, direction (±1) and parent.
    static func meta() -> (codes: [String], direction: [String: Double], parent: [String: String]) {
        let t = asem("asem_meta.csv")
        var codes: [String] = [], direction: [String: Double] = [:], parent: [String: String] = [:]
        for r in t.records {
            parent[r["iCode"]!] = r["Parent"]!
            if r["Type"] == "Indicator" {
                codes.append(r["iCode"]!)
                direction[r["iCode"]!] = Double(r["Direction"]!)!
            }
        }
        return (codes, direction, parent)
    }

    /// Columns of a wide table (first column = unit) as a matrix, rows in file order.
    static func matrix(_ table: CSVTable, columns: [String]) -> (units: [String], x: Matrix) {
        let idx = columns.map { table.column($0) }
        let units = table.rows.map { $0[0] }
        return (units, Matrix(columns: idx.map { c in table.rows.map { TrendFixtures.number($0[c]) } }))
    }

    /// Min-max to [lo, hi] per column, after multiplying by the direction (COINr's `n_minx`).
    static func minMax(_ x: Matrix, directions: [Double], lo: Double = 0, hi: Double = 1) -> Matrix {
        var out = x
        for j in 0 ..< x.columns {
            let c = x.column(j).map { $0 * directions[j] }
            let p = c.filter { !$0.isNaN }
            let a = p.min()!, b = p.max()!
            out.setColumn(j, c.map { lo + (hi - lo) * ($0 - a) / (b - a) })
        }
        return out
    }
}

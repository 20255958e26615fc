import Foundation

/// Reference data for the trend and distribution tests.
///
/// - Committed references (always present): `Tests/References/trend/*.csv`, written by the Python scripts
///   beside them (versions in the `*_versions.txt` sidecars).
/// - Shared data (`../shared/data` beside the package root): COINr 1.1.14 / pymannkendall 1.4.3 / SciPy
///   outputs on the ASEM panel and `examples/trend_example.csv`. Tests that need it are skipped, with a
///   printed notice, when the folder is absent.
enum TrendFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let referenceFolder = packageRoot.appendingPathComponent("Tests/References/trend")
    static let sharedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func reference(_ name: String) -> CSVTable {
        CSVTable(path: referenceFolder.appendingPathComponent(name).path)
    }

    static func shared(_ relative: String) -> CSVTable {
        CSVTable(path: sharedFolder.appendingPathComponent(relative).path)
    }

    /// Whether the shared COINr/pymannkendall references exist; prints a notice when they do not.
    static var sharedAvailable: Bool {
        let probe = sharedFolder.appendingPathComponent("coinr_asem/reference/python/mk_panel_raw.csv").path
        let present = FileManager.default.fileExists(atPath: probe)
        if !present {
            print("notice: ../shared/data is not present; trend tests against COINr, pymannkendall and SciPy outputs on the ASEM panel are skipped")
        }
        return present
    }

    /// The ASEM panel (51 units × 2018–2022) as series keyed "unit/indicator": (years, values), years sorted.
    static func asemPanel() -> [String: (times: [Double], values: [Double])] {
        let table = shared("coinr_asem/reference/asem_panel_raw.csv")
        let indicators = Array(table.header.dropFirst(6))
        var rowsByUnit: [String: [[String]]] = [:]
        for row in table.rows { rowsByUnit[row[0], default: []].append(row) }
        var series: [String: (times: [Double], values: [Double])] = [:]
        let yearColumn = table.column("Year")
        for (unit, rows) in rowsByUnit {
            let sorted = rows.sorted { number($0[yearColumn]) < number($1[yearColumn]) }
            let times = sorted.map { number($0[yearColumn]) }
            for indicator in indicators {
                let c = table.column(indicator)
                series["\(unit)/\(indicator)"] = (times, sorted.map { number($0[c]) })
            }
        }
        return series
    }

    /// `examples/trend_example.csv` as series keyed "unit/variable".
    static func trendExample() -> [String: (times: [Double], values: [Double])] {
        let table = shared("examples/trend_example.csv")
        var series: [String: (times: [Double], values: [Double])] = [:]
        for unit in Set(table.rows.map { $0[0] }) {
            let rows = table.rows.filter { $0[0] == unit }.sorted { number($0[1]) < number($1[1]) }
            for variable in ["v1", "v2"] {
                let c = table.column(variable)
                series["\(unit)/\(variable)"] = (rows.map { number($0[1]) }, rows.map { number($0[c]) })
            }
        }
        return series
    }

    /// Parses a number as written by R, numpy or Python: empty, "NA" and "nan" are NaN; "Inf" is ∞.
    static func number(_ s: String) -> Double {
        switch s {
        case "", "NA", "nan", "NaN": return .nan
        case "Inf", "inf": return .infinity
        case "-Inf", "-inf": return -.infinity
        default:
            guard let v = Double(s) else { fatalError("not a number: \(s)") }
            return v
        }
    }

    /// A ';'-joined list of numbers.
    static func numbers(_ s: String) -> [Double] {
        s.split(separator: ";").map { number(String($0)) }
    }

    /// |a − b| ≤ max(relative · max(|a|, |b|), absolute); both NaN, or equal infinities, also count as close.
    static func isClose(_ a: Double, _ b: Double, relative: Double, absolute: Double = 0) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        if a == b { return true }
        return abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
    }
}

/// A small CSV table (RFC 4180 quoting, no embedded newlines).
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    init(path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            fatalError("cannot read \(path)")
        }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        header = CSVTable.fields(lines[0])
        rows = lines.dropFirst().map(CSVTable.fields)
    }

    func column(_ name: String) -> Int {
        guard let i = header.firstIndex(of: name) else { fatalError("no column \(name)") }
        return i
    }

    /// The rows as dictionaries from column name to field.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                out.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        out.append(field)
        return out
    }
}

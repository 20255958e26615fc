import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// A temporary project folder: `touchstone.yaml`, `units.csv` and `data.csv` (wide).
private struct Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("WideIngestTests-\(UUID().uuidString)", isDirectory: true)

    init(project: String, units: String, data: [UInt8]) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(project.utf8).write(to: url.appendingPathComponent("touchstone.yaml"))
        try Data(units.utf8).write(to: url.appendingPathComponent("units.csv"))
        try Data(data).write(to: url.appendingPathComponent("data.csv"))
    }

    func loader(bytes: Bool) throws -> PanelLoader {
        var loader = try PanelLoader(project: ProjectReader.read(path: url.path))
        loader.readsBytes = bytes
        return loader
    }

    /// The byte reader's own result (nil when it leaves the file to the general reader).
    func ingest(chunkBytes: Int = 4 << 20) throws -> WideIngest.Result? {
        let loader = try loader(bytes: true)
        var ingest = WideIngest(loader: loader, indicators: VoteColumns(indicators: loader.project.framework.indicators).readNodes)
        ingest.chunkBytes = chunkBytes
        return ingest.read()
    }

    /// What loading gives, as text: every cell's bits, or every problem with its location and fix.
    func outcome(bytes: Bool) throws -> [String] {
        do {
            let out = try loader(bytes: bytes).load()
            let p = out.panel
            return p.rows.enumerated().map { r, key in
                "\(p.units[key.unit].id) \(key.year) " + (0 ..< p.indicatorIds.count).map { String(p.values[r, $0].bitPattern, radix: 16) }.joined(separator: " ")
            } + out.diagnostics.map { "\($0)" } + p.unitsWithoutData.map(\.id)
        } catch let many as InputProblems {
            return many.problems.map { "\($0.location) \($0.problem) \($0.fix)" }
        } catch let one as InputProblem {
            return ["\(one.location) \(one.problem) \(one.fix)"]
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

private let project = """
    data: {file: data.csv, layout: wide, unit_column: unit, year_column: year}
    units: {file: units.csv, id_column: id}
    framework:
      id: index
      children:
        - {id: a}
        - {id: b}
        - {id: r, type: ordinal, scale: {low: 1, mid: 2, high: 3}}
    """

private let units = "id\nU1\n北京\nU3\nU4\n"

/// Cells of every kind the general reader accepts: plain decimals, exponents, −0, long digit strings,
/// missing markers, ratings, spaces around fields, CRLF and blank lines, rows out of order.
private let mixed = "unit, year ,a,b,r\r\n"
    + "U3,2021,1.5,-0,high\r\n"
    + "\r\n"
    + "北京,2020, 0.30000000000000004 ,3e-4,mid\n"
    + "U1,2021,NA,,low\n"
    + "   \n"
    + "U1,2020,-12.25,1E+03,NA\n"
    + "U3,2020,123456789012345678,0.1e1,-\n"
    + "U1,2022,7,8,low"

@Suite("Wide files read from their bytes")
struct WideIngestTests {
    @Test("Plain decimals parsed from bytes are the very doubles Double(String) gives; other forms are declined")
    func decimals() {
        var rng = SplitMix64(seed: 20_261_207)
        var parsed = 0
        for _ in 0 ..< 200_000 {
            var text = rng.next() % 4 == 0 ? "-" : ""
            text += String((0 ..< 1 + Int(rng.next() % 12)).map { _ in Character(String(rng.next() % 10)) })
            if rng.next() % 3 != 0 { text += "." + String((0 ..< 1 + Int(rng.next() % 9)).map { _ in Character(String(rng.next() % 10)) }) }
            if rng.next() % 4 == 0 { text += (rng.next() % 2 == 0 ? "e" : "E-") + String(rng.next() % 30) }
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { DecimalBytes.parse($0.baseAddress!, count: $0.count) }
            if let fast {
                parsed += 1
                #expect(fast.bitPattern == Double(text)!.bitPattern, "\(text)")
            }
        }
        #expect(parsed > 100_000)
        func parse(_ s: String) -> Double? { Array(s.utf8).withUnsafeBufferPointer { DecimalBytes.parse($0.baseAddress!, count: $0.count) } }
        #expect(parse("-0")?.sign == .minus)
        #expect(parse("123.456") == 123.456)
        #expect(parse("1.5E+03") == 1500)
        for declined in ["", "-", "+1", ".5", "1.", "1e", "1e+", "inf", "nan", "0x10", "1,5", "12345678901234567", "1e23", "5 "] {
            #expect(parse(declined) == nil, "\(declined)")
        }
    }

    @Test("A wide file read from its bytes gives the same panel and notes as the general reader, in any chunking")
    func samePanel() throws {
        let f = try Folder(project: project, units: units, data: Array(mixed.utf8))
        defer { f.remove() }
        let whole = try #require(try f.ingest())
        let tiny = try #require(try f.ingest(chunkBytes: 16))
        #expect(whole.observed.unit == tiny.observed.unit && whole.observed.year == tiny.observed.year)
        #expect(whole.observed.parts.joined().map(\.bitPattern) == tiny.observed.parts.joined().map(\.bitPattern))
        #expect(tiny.observed.parts.count > 3)
        let general = try f.outcome(bytes: false)
        #expect(try f.outcome(bytes: true) == general)
        #expect(general.count == 8)  // 6 rows, the note on U4 (no data) and U4 among the units without data
        #expect(general.first?.hasPrefix("U1 2020 ") == true)
    }

    @Test("A file with a problem is left to the general reader, so messages keep their line and column")
    func problemsUnchanged() throws {
        let header = "unit,year,a,b,r\n"
        let bad = [
            "U1,2020,1,2,low\nU1,2020,3,4,mid\n",      // duplicate row
            "U1,2020,1,2,low\nU9,2020,3,4,mid\n",      // unit not in the unit table
            "U1,2020,1,2,low\nU3,2020,abc,4,mid\n",    // not a number
            "U1,2020,1,2,great\n",                     // not a rating
            "U1,2020,\"1,5\",2,low\n",                 // a quoted cell
            "U1,2020,1,2\n",                           // a field missing
            "U1,2020,1,2,low\rU3,2020,1,2,low\n",      // a lone carriage return (a line end there, no problem)
            ",2020,1,2,low\n",                         // no unit id
            "U1,20x0,1,2,low\n",                       // not a year
            "U1,2020,inf,2,low\n",                     // not finite
        ]
        for body in bad {
            let f = try Folder(project: project, units: units, data: Array((header + body).utf8))
            defer { f.remove() }
            #expect(try f.ingest() == nil, "\(body)")
            let general = try f.outcome(bytes: false)
            #expect(try f.outcome(bytes: true) == general, "\(body)")
            if !body.contains("\r") { #expect(general.first?.contains("data.csv") == true, "\(body): \(general)") }
        }
    }
}


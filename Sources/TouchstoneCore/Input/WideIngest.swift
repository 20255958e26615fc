import Foundation
import TouchstoneStats

/// Reads a wide CSV data file straight from its bytes: numeric cells are parsed where they lie (no `String`
/// per cell), each row's unit id is resolved to its unit-table position once (a run of rows of the same unit
/// resolves it once), and the file is cut at line ends into chunks read in parallel (`ParallelChunks`).
///
/// It is a fast path, not a second reader: it keeps no locations and reports nothing. As soon as anything
/// would need a message or a rule it does not implement — a bad cell, a duplicate or unknown unit, a quote
/// or lone carriage return anywhere in the data lines, a row with the wrong number of fields, a problem in
/// the unit table — `read()` returns nil and `PanelLoader` reads the file again the general way
/// (`CSVReader` + `WideLayoutReader`), which finds the problem and reports it with file, line and column
/// exactly as before. Locations are thus rebuilt only when an error is reported.
///
/// Used when: wide layout, yearly data (`period: year`), a CSV data file with a separate CSV unit table,
/// no row filters, no `years:` window, no lineage table and no rater indicators. Cells mean what
/// `CellParser` says: a plain decimal (`-12.5`, `3e-4`) is parsed here (`DecimalBytes`, correctly rounded,
/// so the same double as `Double(String)`); an empty cell is missing when `""` is a missing marker; any other
/// text (markers such as `NA`, ratings, long digit strings, hexadecimal) goes through `CellParser` itself,
/// as do all cells of a file whose missing markers include a number.
struct WideIngest {
    let loader: PanelLoader
    /// The indicators read from the data (`VoteColumns.readNodes`).
    let indicators: [FrameworkNode]
    /// Bytes per parallel chunk of the data lines.
    var chunkBytes = 4 << 20

    struct Result {
        var units: [UnitInfo]
        var unitTable: CSVTable
        var dataFile: String
        var observed: ObservedRows
    }

    /// The rows of the data file, or nil when the general reader must run (see the type's comment).
    func read() -> Result? {
        let project = loader.project
        let spec = project.data
        guard spec.layout == .wide, spec.period == .year, spec.filters.isEmpty, spec.years == nil, spec.sheet == nil,
              project.units.lineage == nil, let unitFile = project.units.file,
              indicators.allSatisfy({ $0.indicator?.raters == nil }) else { return nil }
        let dataPath = loader.resolve(spec.file), unitPath = loader.resolve(unitFile)
        guard unitPath != dataPath, !XLSXReader.isWorkbook(dataPath), (dataPath as NSString).pathExtension.lowercased() != "xls",
              let bytes = try? CSVReader.readFile(path: dataPath, file: dataPath),
              let decoded = try? TextDecoding.decodeToUTF8(bytes, file: dataPath, encoding: spec.encoding), decoded.encoding != .gb18030,
              let unitTable = try? PanelLoader.readTable(path: unitPath, sheet: project.units.sheet, encoding: project.units.encoding),
              unitTable.encoding != .gb18030 || project.units.encoding != .auto else { return nil }
        var problems = ProblemCollector(limit: 1)
        let units = loader.readUnits(unitTable, problems: &problems)
        guard problems.isEmpty else { return nil }
        let unitIndex = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let text = decoded.utf8
        guard let (header, bodyStart) = Self.header(text, from: decoded.start, file: dataPath),
              let layout = Layout(header: header, spec: spec, indicators: indicators) else { return nil }
        let cuts = Self.cuts(text, from: bodyStart, chunk: chunkBytes)
        let parser = CellParser(file: dataPath, missingValues: spec.missingValues, indicators: indicators)
        let scanner = RowScanner(layout: layout, parser: parser, unitIndex: unitIndex, fixedYear: spec.fixedYear)
        let chunks = ParallelChunks.map(count: cuts.count - 1, chunk: 1) { c in
            text.withUnsafeBufferPointer { scanner.scan($0, from: cuts[c], to: cuts[c + 1]) }
        }
        var observed = ObservedRows(indicatorCount: indicators.count)
        for chunk in chunks {
            guard let chunk else { return nil }
            observed.unit += chunk.unit
            observed.year += chunk.year
            observed.parts.append(chunk.values)
        }
        guard observed.count > 0, !observed.hasDuplicate(order: observed.panelOrder()) else { return nil }
        return Result(units: units, unitTable: unitTable, dataFile: dataPath, observed: observed)
    }

    /// The header's column names (as `CSVReader` makes them) and the offset of the first data line; nil
    /// when the header is not on the first line or `CSVReader` finds a problem in it.
    static func header(_ text: [UInt8], from start: Int, file: String) -> ([String], Int)? {
        var end = start
        while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        guard end > start, let table = try? CSVReader.parse(data: Array(text[start ..< end]), file: file), table.headerLine == 1 else { return nil }
        if end < text.count, text[end] == 0x0D { end += 1 }
        if end < text.count, text[end] == 0x0A { end += 1 }
        return (table.header, end)
    }

    /// Chunk boundaries: `from`, then roughly every `chunk` bytes just after a line feed, then the end.
    static func cuts(_ text: [UInt8], from start: Int, chunk: Int) -> [Int] {
        var cuts = [start]
        var next = start + chunk
        while next < text.count {
            while next < text.count, text[next - 1] != 0x0A { next += 1 }
            if next < text.count { cuts.append(next) }
            next += chunk
        }
        cuts.append(text.count)
        return cuts
    }

    /// Where the columns the reader needs sit in the header.
    struct Layout: Sendable {
        var fieldCount: Int
        var unit: Int
        var year: Int?
        var indicatorColumns: [Int]

        init?(header: [String], spec: DataSpec, indicators: [FrameworkNode]) {
            let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            guard let unit = index[spec.unitColumn] else { return nil }
            fieldCount = header.count
            self.unit = unit
            if let name = spec.yearColumn {
                guard let y = index[name] else { return nil }
                year = y
            } else {
                guard spec.fixedYear != nil else { return nil }
                year = nil
            }
            var columns: [Int] = []
            for node in indicators {
                guard let c = index[node.indicator!.column] else { return nil }
                columns.append(c)
            }
            indicatorColumns = columns
        }
    }
}

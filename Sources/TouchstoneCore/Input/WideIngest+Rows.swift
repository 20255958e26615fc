import Foundation

extension WideIngest {
    /// Reads the data lines between two offsets into unit positions, years and row-major values, or
    /// returns nil at the first thing it leaves to the general reader (see `WideIngest`).
    ///
    /// Line grammar handled: fields separated by commas, spaces and tabs around a field removed, lines
    /// ending in LF or CRLF (the last may have none), lines holding only spaces and tabs skipped. A double
    /// quote or a carriage return not followed by a line feed declines; so does a field count other than the
    /// header's.
    struct RowScanner: Sendable {
        let layout: Layout
        let parser: CellParser
        let unitIndex: [String: Int]
        let fixedYear: Int?

        struct Chunk: Sendable {
            var unit: [Int32] = []
            var year: [Int32] = []
            var values: [Double] = []
        }

        func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Chunk? {
            guard let p = text.baseAddress else { return Chunk() }
            let k = layout.indicatorColumns.count
            let fieldCount = layout.fieldCount
            // Cells read here, per indicator: plain decimals (and empty cells) without `CellParser`.
            let direct = parser.rules.map { !parser.numericMarker && !$0.ordinal }
            let emptyIsMissing = parser.missingValues.contains("")
            var chunk = Chunk()
            var fieldStart = [Int](repeating: 0, count: fieldCount), fieldEnd = [Int](repeating: 0, count: fieldCount)
            var unused = ProblemCollector(limit: 1)
            var lastUnit = (start: 0, count: -1, index: Int32(0))
            var i = start
            while i < end {
                var q = i
                while q < end, p[q] == 0x20 || p[q] == 0x09 { q += 1 }
                if q == end { break }
                if p[q] == 0x0A { i = q + 1; continue }
                if p[q] == 0x0D {
                    guard q + 1 < end, p[q + 1] == 0x0A else { return nil }
                    i = q + 2
                    continue
                }
                // Split the line into fields.
                var f = 0, j = i, atLineEnd = false
                while !atLineEnd {
                    let s = j
                    while j < end {
                        let b = p[j]
                        if b == 0x2C || b == 0x0A || b == 0x0D || b == 0x22 { break }
                        j += 1
                    }
                    var next = j + 1
                    if j == end {
                        atLineEnd = true
                        next = end
                    } else if p[j] == 0x22 {
                        return nil
                    } else if p[j] == 0x0D {
                        guard j + 1 < end, p[j + 1] == 0x0A else { return nil }
                        atLineEnd = true
                        next = j + 2
                    } else if p[j] == 0x0A {
                        atLineEnd = true
                    }
                    guard f < fieldCount else { return nil }
                    var a = s, b = j
                    while a < b, p[a] == 0x20 || p[a] == 0x09 { a += 1 }
                    while b > a, p[b - 1] == 0x20 || p[b - 1] == 0x09 { b -= 1 }
                    fieldStart[f] = a
                    fieldEnd[f] = b
                    f += 1
                    j = next
                }
                guard f == fieldCount else { return nil }
                i = j
                // The unit, resolved once per run of rows of the same unit.
                let (ua, ub) = (fieldStart[layout.unit], fieldEnd[layout.unit])
                guard ub > ua else { return nil }
                if ub - ua != lastUnit.count || memcmp(p + lastUnit.start, p + ua, ub - ua) != 0 {
                    let id = String(decoding: UnsafeBufferPointer(start: p + ua, count: ub - ua), as: UTF8.self)
                    guard let u = unitIndex[id] else { return nil }
                    lastUnit = (ua, ub - ua, Int32(u))
                }
                guard let year = readYear(p, fieldStart, fieldEnd) else { return nil }
                chunk.unit.append(lastUnit.index)
                chunk.year.append(year)
                for jj in 0 ..< k {
                    let c = layout.indicatorColumns[jj]
                    let (a, b) = (fieldStart[c], fieldEnd[c])
                    if direct[jj] {
                        if a == b {
                            guard emptyIsMissing else { return nil }
                            chunk.values.append(.nan)
                            continue
                        }
                        if let v = DecimalBytes.parse(p + a, count: b - a) {
                            if let range = parser.rules[jj].range, !range.contains(v) { return nil }
                            chunk.values.append(v)
                            continue
                        }
                    }
                    let cell = String(decoding: UnsafeBufferPointer(start: p + a, count: b - a), as: UTF8.self)
                    guard let v = parser.value(cell, indicator: jj, line: 0, column: c, problems: &unused) else { return nil }
                    chunk.values.append(v)
                }
            }
            return chunk
        }

        /// The year of a row: four-digit-style whole numbers read here, anything else by `PeriodParser`.
        private func readYear(_ p: UnsafePointer<UInt8>, _ fieldStart: [Int], _ fieldEnd: [Int]) -> Int32? {
            guard let column = layout.year else { return fixedYear.map { Int32(clamping: $0) } }
            let (a, b) = (fieldStart[column], fieldEnd[column])
            if b > a, b - a <= 6 {
                var y = 0, digits = true
                for q in a ..< b {
                    guard p[q] &- 0x30 < 10 else { digits = false; break }
                    y = y * 10 + Int(p[q] &- 0x30)
                }
                if digits { return Int32(y) }
            }
            let text = String(decoding: UnsafeBufferPointer(start: p + a, count: b - a), as: UTF8.self)
            guard let period = PeriodParser.parse(text, kind: .year), let code = Int32(exactly: period.code) else { return nil }
            return code
        }
    }
}

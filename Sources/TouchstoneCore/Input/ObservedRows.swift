import TouchstoneStats

/// The unit-years read from a data file, before they become a `Panel`: for each row (in file order, each
/// unit-year at most once) the unit's position in the unit table, the time code and `indicatorCount` values
/// (row-major, `NaN` where missing), held in one or more parts so a reader working in parallel chunks need
/// not copy its chunks together.
///
/// Made by the byte reader of wide files (`WideIngest`) or from an `ObservationTable` (every layout);
/// `panelRows` and `matrix` then order the rows by unit-table order and year, the order of `Panel.rows`.
struct ObservedRows {
    let indicatorCount: Int
    /// Unit-table index of each row.
    var unit: [Int32] = []
    /// Time code of each row (`Period.code`).
    var year: [Int32] = []
    /// Row-major values of consecutive rows, part by part.
    var parts: [[Double]] = []

    init(indicatorCount: Int) { self.indicatorCount = indicatorCount }

    /// The rows of an `ObservationTable` whose units all appear in `unitIndex` (checked before).
    init(_ observations: ObservationTable, unitIndex: [String: Int]) {
        indicatorCount = observations.indicatorCount
        unit = observations.keys.map { Int32(unitIndex[$0.unit]!) }
        year = observations.keys.map { Int32(clamping: $0.year) }
        parts = [observations.values]
    }

    var count: Int { unit.count }

    /// Row indices ordered by (unit-table index, year): the identity when the file is already in that
    /// order (checked in one pass), otherwise one sort of packed keys. Keys are unique, so the order is
    /// the same whatever the sort's stability.
    func panelOrder() -> [Int] {
        func key(_ r: Int) -> Int64 { Int64(unit[r]) << 32 | Int64(UInt32(bitPattern: year[r] ^ Int32.min)) }
        var sorted = true
        for r in 1 ..< max(count, 1) where key(r - 1) >= key(r) { sorted = false; break }
        if sorted { return Array(0 ..< count) }
        let keys = (0 ..< count).map(key)
        return (0 ..< count).sorted { keys[$0] < keys[$1] }
    }

    /// Whether two rows share a unit and year (the byte reader leaves this check to the end).
    func hasDuplicate(order: [Int]) -> Bool {
        for i in order.indices.dropFirst() where unit[order[i - 1]] == unit[order[i]] && year[order[i - 1]] == year[order[i]] { return true }
        return false
    }

    /// The `rows × indicatorCount` column-major matrix of the rows taken in `order`.
    func matrix(order: [Int]) -> Matrix {
        let k = indicatorCount, n = order.count
        var partOf = [Int32](), offsetOf = [Int](repeating: 0, count: parts.count)
        partOf.reserveCapacity(count)
        var start = 0
        for (p, part) in parts.enumerated() {
            offsetOf[p] = start
            partOf.append(contentsOf: repeatElement(Int32(p), count: part.count / max(k, 1)))
            start += part.count / max(k, 1)
        }
        var matrix = Matrix(rows: n, columns: k, repeating: .nan)
        matrix.values.withUnsafeMutableBufferPointer { m in
            for (r, s) in order.enumerated() {
                let p = Int(partOf[s])
                parts[p].withUnsafeBufferPointer { src in
                    let base = (s - offsetOf[p]) * k
                    for j in 0 ..< k { m[j * n + r] = src[base + j] }
                }
            }
        }
        return matrix
    }
}

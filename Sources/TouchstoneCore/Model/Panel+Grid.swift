extension Panel {
    /// The row of every unit in every year of `years`, unit-major: `grid[unit * years.count + k]` is the row of
    /// `unit` in `years[k]`, or −1 when the unit has none. One pass over the rows, for callers that read whole
    /// series (trends, flag rules) and would otherwise look up a dictionary per unit and year.
    public func rowGrid(years: [Int]) -> [Int] {
        let ny = years.count
        var yearIndex: [Int: Int] = [:]
        for (k, y) in years.enumerated() { yearIndex[y] = k }
        var grid = [Int](repeating: -1, count: units.count * ny)
        for (r, key) in rows.enumerated() {
            if let k = yearIndex[key.year] { grid[key.unit * ny + k] = r }
        }
        return grid
    }

    /// A unit's values of `column` over the years of `grid` (`NaN` where the unit has no row).
    public func series(unit: Int, of column: [Double], grid: [Int], years ny: Int) -> [Double] {
        (0 ..< ny).map { k in
            let r = grid[unit * ny + k]
            return r >= 0 ? column[r] : .nan
        }
    }

    /// Each unit's value of a group column as a small integer, numbered in order of first appearance, with the
    /// numbering (`""` for a unit without a value, or for every unit when `column` is `nil`): one dictionary
    /// lookup per unit, for callers that key rows by group.
    public func unitGroupCodes(column: String?) -> (codes: [String: Int], ofUnit: [Int]) {
        var codes: [String: Int] = [:]
        let ofUnit = units.map { unit -> Int in
            let g = column.flatMap { unit.groups[$0] } ?? ""
            if let c = codes[g] { return c }
            codes[g] = codes.count
            return codes.count - 1
        }
        return (codes, ofUnit)
    }

    /// Each row's group in `column` in the row's year (`UnitInfo.group(_:inYear:)`) as a small integer,
    /// numbered as `unitGroupCodes` numbers them, new groups of later years after.
    public func rowGroupCodes(column: String?) -> [Int] {
        var codes = unitGroupCodes(column: column).codes
        return rows.map { key in
            let g = units[key.unit].group(column, inYear: key.year)
            if let c = codes[g] { return c }
            codes[g] = codes.count
            return codes.count - 1
        }
    }
}

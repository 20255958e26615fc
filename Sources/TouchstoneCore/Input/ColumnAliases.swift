import TouchstoneStats

/// Renamed data columns on load (`column: {until 2021: theme_days, from 2022: theme_day_rate}`): an
/// indicator whose column changed is read from every one of its columns by the ordinary layout readers,
/// then its values are put together year by year, so it stays **one series**, normalised (e.g. min-max
/// scaled) over all its years together:
/// ```
/// x(u, y) = value of column c_k in row (u, y), where year y lies in the range of c_k
/// ```
/// Values in another alias column in a year outside that column's range are not read (a column kept
/// after the rename does not double the indicator). Missing stays missing. Vote and rater indicators keep
/// one column (refused by the project reader).
struct ColumnAliases {
    /// The framework indicator and, for an alias, its year range, of every column the readers fill.
    struct Origin { var indicator: Int; var years: ClosedRange<Int>? }

    let indicators: [FrameworkNode]
    /// Nodes the readers read: indicators as they are, renamed ones once per column.
    let readNodes: [FrameworkNode]
    let origins: [Origin]

    init(indicators: [FrameworkNode]) {
        self.indicators = indicators
        var nodes: [FrameworkNode] = [], found: [Origin] = []
        for (j, node) in indicators.enumerated() {
            let versions = node.indicator?.columnVersions ?? []
            guard versions.count > 1 else {
                nodes.append(node)
                found.append(Origin(indicator: j, years: nil))
                continue
            }
            for v in versions {
                var n = node
                n.indicator!.column = v.value
                nodes.append(n)
                found.append(Origin(indicator: j, years: v.years))
            }
        }
        readNodes = nodes
        origins = found
    }

    /// The read matrix (`rows × readNodes`, column-major) as one column per framework indicator; `years`
    /// gives each row's year.
    func collapse(_ read: Matrix, years: [Int]) -> Matrix {
        guard readNodes.count != indicators.count else { return read }
        var out = Matrix(rows: read.rows, columns: indicators.count, repeating: .nan)
        for (c, origin) in origins.enumerated() {
            let j = origin.indicator
            for r in 0 ..< read.rows where origin.years?.contains(years[r]) ?? true {
                out[r, j] = read[r, c]
            }
        }
        return out
    }
}

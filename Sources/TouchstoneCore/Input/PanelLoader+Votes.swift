import TouchstoneStats

/// Vote indicators on load: each `type: votes` indicator is read as one count column per level
/// (`{column}_{level}`) by the ordinary layout readers, then collapsed into its summary (`VoteShares`),
/// with the counts kept in `Panel.votes` for the uncertainty analysis and the funnel.
///
/// Counts must be whole numbers `>= 0`; a blank count next to present ones is 0 (one note per indicator);
/// a unit-year with fewer voters than `min_voters` gets a note.
struct VoteColumns {
    /// The framework indicator and, for a vote level, its position, of every column the readers fill.
    struct Origin { var indicator: Int; var level: Int? }

    let indicators: [FrameworkNode]
    /// Nodes the readers read: indicators as they are, vote indicators replaced by one node per level.
    let readNodes: [FrameworkNode]
    let origins: [Origin]

    init(indicators: [FrameworkNode]) {
        self.indicators = indicators
        var nodes: [FrameworkNode] = [], found: [Origin] = []
        for (j, node) in indicators.enumerated() {
            guard let spec = node.indicator, spec.type == .votes, let votes = spec.votes else {
                nodes.append(node)
                found.append(Origin(indicator: j))
                continue
            }
            for (l, level) in votes.levels.enumerated() {
                var n = FrameworkNode(id: "\(node.id) (\(level.label))")
                n.location = node.location
                n.indicator = IndicatorSpec(column: votes.column(spec.column, level: level))
                nodes.append(n)
                found.append(Origin(indicator: j, level: l))
            }
        }
        readNodes = nodes
        origins = found
    }

    /// Collapses the read columns (`rows × readNodes`, column-major) into the framework's indicators, and the
    /// vote tables; problems for counts that are not whole numbers `>= 0`.
    func collapse(_ read: Matrix, rowLabels: (Int) -> String, file: String, problems: inout ProblemCollector,
                  diagnostics: inout [Diagnostic]) -> (Matrix, [String: VoteTable]) {
        let n = read.rows
        var values = Matrix(rows: n, columns: indicators.count, repeating: .nan)
        var tables: [String: VoteTable] = [:]
        for (j, node) in indicators.enumerated() {
            let columns = origins.indices.filter { origins[$0].indicator == j }
            guard let votes = node.indicator?.votes, node.indicator?.type == .votes else {
                for i in 0 ..< n { values[i, j] = read[i, columns[0]] }
                continue
            }
            let levels = votes.levels.count
            var counts = [Double](repeating: .nan, count: n * levels)
            var blanks = 0, few: [String] = []
            for i in 0 ..< n {
                let row = columns.map { read[i, $0] }
                guard row.contains(where: { !$0.isNaN }) else { continue }
                for (l, x) in row.enumerated() {
                    if x.isNaN { blanks += 1; counts[i * levels + l] = 0; continue }
                    if x < 0 || x != x.rounded() {
                        problems.append(InputProblem(SourceLocation(file: file), .table(.voteCountNotWhole(
                            count: x, indicator: node.id, level: votes.levels[l].label, row: rowLabels(i)))))
                    }
                    counts[i * levels + l] = x
                }
                let voters = row.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
                if voters < Double(votes.minVoters) { few.append("\(rowLabels(i)) (\(Int(voters)))") }
            }
            let summary = VoteShares.summarise(counts, values: votes.levels.map(\.value), summary: votes.summary)
            for i in 0 ..< n { values[i, j] = summary[i] }
            tables[node.id] = VoteTable(spec: votes, counts: counts)
            if blanks > 0 {
                diagnostics.append(Diagnostic(.note, .blankVoteCounts(indicator: node.id, count: blanks), at: node.location))
            }
            if !few.isEmpty {
                diagnostics.append(Diagnostic(.note, .fewVoters(indicator: node.id, minVoters: votes.minVoters, rows: few), at: node.location))
            }
        }
        return (values, tables)
    }
}

extension TableSurvey {
    /// Sorts the text columns `candidates` into the unit's name, its groups, ratings and free text.
    static func describeUnits(_ table: CSVTable, into s: inout TableSurvey, candidates: [Int], ratingsAllowed: Bool = false) {
        let u = table.columnIndex(s.unitColumn)!
        let units = Set(table.rows.map { $0[u] })
        s.unitCount = units.count
        for c in candidates where !table.header[c].isEmpty {
            var valueOf: [String: String] = [:], constant = true
            var levels: [String] = [], seen = Set<String>()
            for row in table.rows {
                let v = row[c]
                if !missing.contains(v), seen.insert(v).inserted { levels.append(v) }
                if let earlier = valueOf[row[u]], earlier != v { constant = false } else { valueOf[row[u]] = v }
            }
            let name = table.header[c]
            if constant && s.nameColumn == nil && levels.count >= max(2, units.count * 9 / 10) {
                s.nameColumn = name
            } else if constant && levels.count >= 2 && levels.count <= max(2, units.count / 2) {
                s.groupColumns.append(name)
            } else if ratingsAllowed && !constant && (2 ... 10).contains(levels.count) {
                s.ratings.append(rating(name, levels: levels))
            } else {
                s.skipped.append(name)
            }
        }
    }

    /// Levels in a known order (best first) when they all belong to one; else as found.
    static func rating(_ column: String, levels: [String]) -> Rating {
        for order in knownOrders {
            let lower = order.map { $0.lowercased() }
            if levels.allSatisfy({ lower.contains($0.lowercased()) }) {
                let sorted = levels.sorted { lower.firstIndex(of: $0.lowercased())! < lower.firstIndex(of: $1.lowercased())! }
                return Rating(column: column, levels: sorted, recognised: true)
            }
        }
        return Rating(column: column, levels: levels, recognised: false)
    }
}

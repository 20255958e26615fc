import TouchstoneStats

extension DataTreatment {
    /// Fills missing cells per indicator with its `impute` method (see `ImputationMethod`); records the filled
    /// cells in `audit` (in row order per indicator) and warns about cells left missing.
    ///
    /// Groups (a year, a peer group within a year, or every row) come from the panel's own year index with
    /// integer keys, are built once per run for all indicators that share them, and list rows in panel order,
    /// so a group's statistic sums its values in the same order every time. One sentence per group
    /// ("mean of 98 values in 2020") is shared by the cells it fills.
    func impute(_ panel: Panel, _ values: inout Matrix, project: Project, audit: inout TreatmentAudit, diagnostics: inout [Diagnostic]) {
        var groupCache: [String: [[Int]]] = [:]
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.impute != .none else { continue }
            var column = values.column(j)
            guard column.contains(where: \.isNaN) else { continue }
            var filled: [(row: Int, why: TreatmentAudit.Reason)] = []
            switch s.impute {
            case .none: break
            case .mean, .median, .meanAll, .groupMean, .groupMedian:
                let median = s.impute == .median || s.impute == .groupMedian
                let groupColumn = s.imputeGroup ?? project.units.groupColumns.first ?? ""
                let byGroup = s.impute == .groupMean || s.impute == .groupMedian
                let cacheKey = s.impute == .meanAll ? "all" : byGroup ? "group\u{1F}" + groupColumn : "year"
                let groups = groupCache[cacheKey] ?? imputationGroups(panel, all: s.impute == .meanAll, groupColumn: byGroup ? groupColumn : nil)
                groupCache[cacheKey] = groups
                for rows in groups {
                    guard rows.contains(where: { column[$0].isNaN }) else { continue }
                    let present = rows.map { column[$0] }.filter { !$0.isNaN }
                    guard let fill = median ? Descriptive.median(present) : Descriptive.mean(present) else { continue }
                    let key = panel.rows[rows[0]]
                    let statistic = median ? "median" : "mean"
                    let place: String
                    switch s.impute {
                    case .meanAll: place = "over all years"
                    case .groupMean, .groupMedian: place = "of group `\(panel.units[key.unit].groups[groupColumn] ?? "")` (\(groupColumn)) in \(key.year)"
                    default: place = "in \(key.year)"
                    }
                    let why = audit.sentence("\(statistic) of \(present.count) value\(present.count == 1 ? "" : "s") \(place)")
                    for r in rows where column[r].isNaN {
                        column[r] = fill
                        filled.append((r, why))
                    }
                }
            case .locf, .interpolate:
                // Each unit's rows, in panel (year) order, by integer unit index.
                var byUnit = [[Int]](repeating: [], count: panel.units.count)
                for (r, key) in panel.rows.enumerated() { byUnit[key.unit].append(r) }
                for rows in byUnit where !rows.isEmpty {
                    let times = rows.map { Double(panel.rows[$0].year) }
                    let x = rows.map { column[$0] }
                    guard x.contains(where: \.isNaN) else { continue }
                    let series = s.impute == .locf ? SeriesFill.lastObservationCarriedForward(times: times, values: x)
                                                   : SeriesFill.interpolate(times: times, values: x)
                    for (k, r) in rows.enumerated() where x[k].isNaN && !series[k].isNaN {
                        column[r] = series[k]
                        let t = times[k]
                        let before = rows.indices.filter { !x[$0].isNaN && times[$0] < t }.max { times[$0] < times[$1] }
                        let after = rows.indices.filter { !x[$0].isNaN && times[$0] > t }.min { times[$0] < times[$1] }
                        if s.impute == .locf, let b = before {
                            filled.append((r, .carriedForward(from: Int32(times[b]))))
                        } else if let b = before, let a = after {
                            filled.append((r, .interpolated(from: Int32(times[b]), to: Int32(times[a]), fromValue: x[b], toValue: x[a])))
                        }
                    }
                }
            }
            let left = column.filter(\.isNaN).count
            if left > 0 {
                diagnostics.append(Diagnostic(.warning, .method(.notImputed(indicator: id, cells: left, method: s.impute)), at: s.location))
            }
            filled.sort { $0.row < $1.row }
            for (r, why) in filled { audit.append(row: r, indicator: j, step: .impute, old: .nan, new: column[r], why) }
            values.setColumn(j, column)
        }
    }

    /// Rows of each imputation group: every row (`all`), each year, or each peer group (by `groupColumn`)
    /// within each year; rows in panel order, groups in year then first-appearance order.
    func imputationGroups(_ panel: Panel, all: Bool, groupColumn: String?) -> [[Int]] {
        if all { return [Array(panel.rows.indices)] }
        guard let groupColumn else { return panel.years.map { panel.rows(inYear: $0) } }
        var groups: [[Int]] = []
        for year in panel.years {
            var index: [String: Int] = [:]
            var inYear: [[Int]] = []
            for r in panel.rows(inYear: year) {
                let g = panel.units[panel.rows[r].unit].groups[groupColumn] ?? ""
                if let k = index[g] { inYear[k].append(r) } else {
                    index[g] = inYear.count
                    inYear.append([r])
                }
            }
            groups += inYear
        }
        return groups
    }
}

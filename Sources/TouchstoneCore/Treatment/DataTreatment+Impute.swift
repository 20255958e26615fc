import TouchstoneStats

extension DataTreatment {
    /// Fills missing cells per indicator with its `impute` method (see `ImputationMethod`); returns the
    /// filled cells and warns about cells left missing.
    func impute(_ panel: Panel, _ values: inout Matrix, project: Project, diagnostics: inout [Diagnostic]) -> [TreatedCell] {
        var cells: [TreatedCell] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.impute != .none else { continue }
            var column = values.column(j)
            guard column.contains(where: \.isNaN) else { continue }
            var why: [Int: String] = [:]
            switch s.impute {
            case .none: break
            case .mean, .median, .meanAll, .groupMean, .groupMedian:
                let median = s.impute == .median || s.impute == .groupMedian
                let groupColumn = s.imputeGroup ?? project.units.groupColumns.first ?? ""
                let byGroup = s.impute == .groupMean || s.impute == .groupMedian
                let groups = Dictionary(grouping: panel.rows.indices) { r -> String in
                    let key = panel.rows[r]
                    let year = s.impute == .meanAll ? "" : String(key.year)
                    return byGroup ? "\(year)\u{1F}\(panel.units[key.unit].groups[groupColumn] ?? "")" : year
                }
                for rows in groups.values {
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
                    for r in rows where column[r].isNaN {
                        column[r] = fill
                        why[r] = "\(statistic) of \(present.count) value\(present.count == 1 ? "" : "s") \(place)"
                    }
                }
            case .locf, .interpolate:
                let byUnit = Dictionary(grouping: panel.rows.indices, by: { panel.rows[$0].unit })
                for rows in byUnit.values {
                    let times = rows.map { Double(panel.rows[$0].year) }
                    let x = rows.map { column[$0] }
                    let filled = s.impute == .locf ? SeriesFill.lastObservationCarriedForward(times: times, values: x)
                                                   : SeriesFill.interpolate(times: times, values: x)
                    for (k, r) in rows.enumerated() where x[k].isNaN && !filled[k].isNaN {
                        column[r] = filled[k]
                        let t = times[k]
                        let before = rows.indices.filter { !x[$0].isNaN && times[$0] < t }.max { times[$0] < times[$1] }
                        let after = rows.indices.filter { !x[$0].isNaN && times[$0] > t }.min { times[$0] < times[$1] }
                        if s.impute == .locf, let b = before {
                            why[r] = "carried forward from \(Int(times[b]))"
                        } else if let b = before, let a = after {
                            why[r] = "interpolated between \(Int(times[b])) (\(format(x[b]))) and \(Int(times[a])) (\(format(x[a])))"
                        }
                    }
                }
            }
            let left = column.filter(\.isNaN).count
            if left > 0 {
                let reason: String
                switch s.impute {
                case .locf: reason = "no earlier observation of the unit"
                case .interpolate: reason = "no observation of the unit on both sides (no extrapolation)"
                case .groupMean, .groupMedian: reason = "no value in the unit's group that year"
                case .meanAll: reason = "no value at all"
                default: reason = "no value that year"
                }
                diagnostics.append(Diagnostic(.warning, "`\(id)`: \(left) missing cell\(left == 1 ? "" : "s") could not be imputed with `\(s.impute.rawValue)` (\(reason)); \(left == 1 ? "it stays" : "they stay") missing", at: s.location))
            }
            for r in why.keys.sorted() {
                let key = panel.rows[r]
                cells.append(TreatedCell(unit: panel.units[key.unit].id, year: key.year, indicator: id, old: .nan, new: column[r], step: .impute, why: why[r]!))
            }
            values.setColumn(j, column)
        }
        return cells
    }
}

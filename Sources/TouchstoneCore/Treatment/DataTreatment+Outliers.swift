import Foundation
import TouchstoneStats
import TouchstoneText

extension DataTreatment {
    /// The COINr outlier rule per indicator (`outliers: coinr`), over the whole panel or each year
    /// (`outlier_scope`): skew/kurtosis check, winsorising up to `winmax` points, the log_CT fallback
    /// (see `OutlierRule`). Changed cells go to `audit` in row order, each sharing its group's sentence;
    /// a group with fewer than 4 values or no spread is skipped with a note. Reference: COINr `qTreat`
    /// (Becker et al. 2022, *JOSS* 7(78)), OECD/JRC Handbook (2008) §1.5.
    func treatOutliers(_ panel: Panel, _ values: inout Matrix, project: Project, audit: inout TreatmentAudit,
                       diagnostics: inout [Diagnostic]) -> [OutlierRecord] {
        var records: [OutlierRecord] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.outliers == .coinr else { continue }
            let settings = OutlierRule.Settings(winmax: s.winmax, skewThreshold: s.skewThreshold,
                                                kurtosisThreshold: s.kurtosisThreshold, logFallback: s.logFallback)
            // Year groups straight from the panel's own index (integer keys, rows in unit order).
            let groups: [(Int?, [Int])] = s.outlierScope == .year
                ? panel.years.map { ($0, panel.rows(inYear: $0)) }
                : [(nil, Array(panel.rows.indices))]
            var changed: [TreatmentAudit.Record] = []
            for (year, rows) in groups {
                // One group of every row: the column itself (a copy, not a gather through row indices).
                let x = groups.count == 1 ? values.column(j) : rows.map { values[$0, j] }
                let outcome = OutlierRule.treat(x, settings)
                records.append(OutlierRecord(indicator: id, year: year, before: outcome.before, winsorised: outcome.winsorised,
                                             afterWinsorising: outcome.afterWinsorising, afterLog: outcome.afterLog, undefined: outcome.undefined))
                let scope = year.map { " in \($0)" } ?? ""
                if outcome.undefined {
                    let n = x.filter { !$0.isNaN }.count
                    diagnostics.append(Diagnostic(.note, .method(.outlierCheckSkipped(indicator: id, year: year, values: n < 4 ? n : nil)), at: s.location))
                    continue
                }
                // One sentence per group and kind of change, shared by its cells.
                let b = outcome.before
                let check = "skew \(fixed(b.skewness)), kurtosis \(fixed(b.kurtosis))"
                let points = "\(outcome.winsorised) point\(outcome.winsorised == 1 ? "" : "s")"
                func winsorised(_ side: String) -> String {
                    "winsorised (\(side), \(points)\(scope)): \(check) → skew \(fixed(outcome.afterWinsorising?.skewness)), kurtosis \(fixed(outcome.afterWinsorising?.kurtosis))"
                }
                if outcome.logApplied {
                    let why = audit.sentence("log_CT ln(x − min + 0.01·(max − min))\(scope): \(check); winsorising \(points) did not pass")
                    changed.reserveCapacity(changed.count + x.count)
                    for (k, r) in rows.enumerated() where !x[k].isNaN {
                        changed.append(.init(row: r, indicator: j, step: .logCT, old: x[k], new: outcome.values[k], reason: why))
                    }
                } else if outcome.winsorised > 0 {
                    let high = audit.sentence(winsorised("high")), low = audit.sentence(winsorised("low"))
                    for (k, change) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                        changed.append(.init(row: rows[k], indicator: j, step: .winsorise, old: x[k], new: outcome.values[k],
                                             reason: change == .winsorisedHigh ? high : low))
                    }
                }
                if groups.count == 1 {
                    values.setColumn(j, outcome.values)
                } else {
                    for (k, r) in rows.enumerated() { values[r, j] = outcome.values[k] }
                }
            }
            // Year groups interleave rows: put the column's cells in row order (one group is in order already).
            if groups.count > 1 { changed.sort { $0.row < $1.row } }
            audit.append(contentsOf: changed)
        }
        return records
    }

    func fixed(_ v: Double?) -> String {
        guard let v else { return "undefined" }
        return NumberFormat.fixed(v, decimals: 2)
    }
}

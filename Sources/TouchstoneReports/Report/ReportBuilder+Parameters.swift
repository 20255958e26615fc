import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// The method appendix's table of fitted normalisation parameters ("min 12 and max 97.5 in 2019–2024"), and
/// the note on a frozen scaling (`ScalingLock`).
extension ReportBuilder {
    /// The parameters each indicator was normalised with, and where they come from (`FittedNormalisation`).
    func parametersSection() -> [ReportBlock] {
        let result = c.result
        var blocks: [ReportBlock] = [.heading(level: 3, text: w.parametersTitle, anchor: "parameters", pageBreak: false)]
        let lockName = (result.project.lockFile as NSString).lastPathComponent
        if let lock = result.project.scalingLock {
            blocks.append(.paragraph([.text(w.frozenText(file: lockName, years: Self.yearRanges(lock.data.years)))]))
        }
        blocks.append(.paragraph([.text(w.parametersIntro)]))
        let rows = c.root.indicators.map { n -> [ReportTable.Cell] in
            guard let fitted = result.normalisation[n.id] else { return [.init(c.label(n.id)), .init(method(n)), "–", "–"] }
            var text = fitted.groups.isEmpty ? w.fixedParameters : fitted.groups.map { parameterText($0, indicator: n) }.joined(separator: w.listSeparator)
            if !fitted.outsideRows.isEmpty { text += w.outsideValues(fitted.outsideRows.count, capped: fitted.outsidePolicy == .cap) }
            let source: String
            switch fitted.source {
            case _ where fitted.groups.isEmpty: source = "–"
            case .fixed: source = "–"
            case .fitted: source = w.sourceFitted
            case .frozen: source = w.sourceFrozen(lockName)
            case .base: source = w.sourceBase
            }
            return [.init(c.label(n.id)), .init(method(n)), .init(text), .init(source)]
        }
        blocks.append(.table(ReportTable(header: [w.indicatorHeader, w.methodHeader, w.parametersHeader, w.fittedOnHeader],
                                         rows: rows, wide: true, wrapping: [0, 1, 2])))
        return blocks
    }

    /// "min 12 and max 97.5 in 2019–2024", in the indicator's raw units (a log transform undone).
    func parameterText(_ g: FittedNormalisation.Group, indicator n: FrameworkNode) -> String {
        let p = g.parameters
        guard !p.empty else { return w.fittedNone }
        let log = n.indicator?.transform == .log
        let spec = n.indicator?.normalisation ?? c.result.project.defaults.normalisation
        let raw = { (v: Double?) in v.map { c.raw(spec.method.descriptor.raw($0, spec: spec, indicatorLog: log), indicator: n.id) } ?? "–" }
        let years = Self.yearRanges(g.years)
        if p.sorted != nil { return w.fittedRanks(count: g.count, years: years) }
        if let mean = p.mean {
            // The sd of log values has no raw unit: it is shown as it is.
            return w.fittedZScore(mean: raw(mean), sd: log ? NumberFormat.full(p.standardDeviation ?? .nan) : c.raw(p.standardDeviation ?? .nan, indicator: n.id), years: years)
        }
        return w.fittedMinMax(min: raw(p.minimum), max: raw(p.maximum), years: years)
    }
}

import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// The method appendix: framework and weights, normalisation and its scope, aggregation, data coverage
/// with every missing value, trend classes and flag rules, warnings, and what identifies the input.
extension ReportBuilder {
    func methodChapter() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.methodTitle, anchor: "method", pageBreak: false)]
        blocks.append(.keep([.heading(level: 3, text: w.distributionAppendixTitle, anchor: "distribution", pageBreak: false),
                             .figure(ReportFigure(name: "distribution", svg: c.charts.distribution(year: c.year).svg(),
                                                  alt: w.distributionAlt(c.indexLabel, c.year(c.year))))]))
        blocks += frameworkSection()
        blocks += normalisationSection()
        blocks += parametersSection()
        blocks += coverageSection()
        blocks += rulesSection()
        blocks += warningsSection()
        blocks += reproducibilitySection()
        return blocks
    }

    func frameworkSection() -> [ReportBlock] {
        let result = c.result
        let indicators = c.root.indicators.count, dims = c.dimensions.count
        var effective: [String: Double] = [c.root.id: 1]
        var share: [String: Double] = [:]
        func walk(_ n: FrameworkNode) {
            let total = n.children.reduce(0) { $0 + $1.weight }
            for child in n.children {
                share[child.id] = total > 0 ? child.weight / total : .nan
                effective[child.id] = effective[n.id]! * share[child.id]!
                walk(child)
            }
        }
        walk(c.root)
        let pct = { (v: Double?) in v.map { $0.isNaN ? "–" : NumberFormat.fixed($0 * 100, decimals: 1) + "%" } ?? "–" }
        let rows = result.nodes.map { n -> [ReportTable.Cell] in
            let depth = result.depth[n.id] ?? 0
            let indent = String(repeating: "\u{00A0}\u{00A0}\u{00A0}", count: depth)
            return [.init(indent + c.label(n.id)), .init(n.id), .init(n.id == c.root.id ? "–" : NumberFormat.full(n.weight)),
                    .init(n.id == c.root.id ? "–" : pct(share[n.id])), .init(pct(effective[n.id])),
                    .init(n.indicator.map { $0.direction == .higher ? w.higherBetter : w.lowerBetter } ?? "–"),
                    .init(method(n)), .init(n.indicator?.unit.text(for: c.language) ?? "")]
        }
        return [.heading(level: 3, text: w.frameworkTitle, anchor: "framework", pageBreak: false),
                .paragraph([.text(w.frameworkIntro(indicators: indicators, dimensions: dims, index: c.indexLabel))]),
                .table(ReportTable(header: [w.nodeHeader, w.idHeader, w.weightHeader, w.shareHeader, w.effectiveHeader, w.directionHeader, w.methodHeader, w.measureHeader],
                                   rows: rows, rightAligned: [2, 3, 4], wide: true, wrapping: [0, 6, 7]))]
    }

    /// How a node is computed: an aggregate's mean and coverage rule, an indicator's normalisation.
    func method(_ n: FrameworkNode) -> String {
        let d = c.result.project.defaults
        guard let spec = n.indicator else {
            let agg = n.aggregation ?? d.aggregation
            var text = agg.summary(w.language)
            if agg == .geometric, let s = n.geometricShift, s != 0 { text += w.withShift(NumberFormat.full(s)) }
            text += w.coverageRule(NumberFormat.fixed((n.minCoverage ?? d.minCoverage) * 100, decimals: 0) + "%")
            if n.nonPositive == .missing { text += w.nonPositiveMissing }
            return text
        }
        let norm = spec.normalisation ?? d.normalisation
        var text = normalisationSummary(norm, indicator: spec, id: n.id)
        if spec.transform == .log { text = w.logOf + text }
        if spec.type == .ordinal {
            text += w.ordinalScale(spec.scale.sorted { $0.value > $1.value }.map { "\(c.result.project.label(of: $0.key, c.language) ?? $0.key) = \(NumberFormat.full($0.value))" }.joined(separator: ", "))
        }
        return text
    }

    /// The method's description (`NormalisationMethod.summary(_:each:)`) with its values filled in: `{range}`,
    /// `{scope}`, `{mean}`, `{sd}`, `{lower}`, `{upper}`, `{target}` and the method's own settings.
    func normalisationSummary(_ norm: NormalisationSpec, indicator spec: IndicatorSpec, id: String) -> String {
        let descriptor = norm.method.descriptor
        var text = norm.method.summary(w.language, each: spec.goalposts == nil && spec.target == nil)
        let scope: String
        switch norm.scope {
        case .panel: scope = w.scopePanel
        case .year: scope = w.scopeYear
        case .base: scope = w.scopeBase(norm.baseYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "")
        }
        var values = ["range": "[\(NumberFormat.full(norm.range.lowerBound)), \(NumberFormat.full(norm.range.upperBound))]", "scope": scope,
                      "mean": NumberFormat.full(norm.zMean), "sd": NumberFormat.full(norm.zStandardDeviation),
                      "lower": spec.goalposts.map { c.raw($0.lower, indicator: id) } ?? "–", "upper": spec.goalposts.map { c.raw($0.upper, indicator: id) } ?? "–",
                      "target": spec.target.map { c.raw($0, indicator: id) } ?? "–"]
        for option in descriptor.options { values[option.key] = NumberFormat.full(norm.option(option.key)) }
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    func normalisationSection() -> [ReportBlock] {
        let d = c.result.project.defaults
        let yearScope = c.root.indicators.contains { n in
            let s = n.indicator?.normalisation ?? d.normalisation
            return s.scope == .year && s.method.usesScope
        }
        var blocks: [ReportBlock] = [
            .heading(level: 3, text: w.normalisationTitle, anchor: nil, pageBreak: false),
            .paragraph([.text(w.normalisationText(method: method(FrameworkNode.probe(d)), scale: scaleText))]),
            .paragraph([.text(yearScope ? w.scopeYearText : w.scopePanelText)]),
            .heading(level: 3, text: w.aggregationTitle, anchor: nil, pageBreak: false),
            .paragraph([.text(w.aggregationText(coverage: NumberFormat.fixed(d.minCoverage * 100, decimals: 0) + "%"))]),
        ]
        if c.result.nodes.contains(where: { !$0.isIndicator && ($0.aggregation ?? d.aggregation) == .geometric }) {
            blocks.append(.paragraph([.text(w.geometricText)]))
        }
        return blocks
    }

    func coverageSection() -> [ReportBlock] {
        let panel = c.result.panel
        var missing: [(unit: Int, indicator: Int, year: Int)] = []
        var structural = 0
        for (r, key) in panel.rows.enumerated() {
            for j in panel.indicatorIds.indices where panel.values[r, j].isNaN {
                if c.result.isInFramework(row: r, indicator: j) { missing.append((key.unit, j, key.year)) } else { structural += 1 }
            }
        }
        let cells = panel.rows.count * panel.indicatorIds.count - structural
        let share = cells > 0 ? NumberFormat.fixed(100 * Double(missing.count) / Double(cells), decimals: 1) + "%" : "–"
        var blocks: [ReportBlock] = [
            .heading(level: 3, text: w.coverageTitle, anchor: "coverage", pageBreak: false),
            .paragraph([.text(w.coverageText(units: panel.units.count, years: panel.years.count, span: "\(panel.years.first!)–\(panel.years.last!)",
                                             unitYears: panel.rows.count, indicators: panel.indicatorIds.count, cells: cells, missing: missing.count, share: share))]),
        ]
        if structural > 0 { blocks.append(.paragraph([.text(w.structuralGaps(structural))])) }
        let treated = c.result.treatments
        if treated.isEmpty {
            blocks.append(.paragraph([.text(w.noImputation)]))
        } else {
            let steps = Dictionary(grouping: treated, by: { $0.step.rawValue })
            let counts = steps.keys.sorted().map { "\(w.stepLabel($0)) \(steps[$0]!.count)" }.joined(separator: w.listSeparator)
            blocks.append(.paragraph([.text(w.treatmentSummary(cells: treated.count, counts: counts))]))
        }
        let withoutData = panel.units.indices.filter { c.row($0, c.year) == nil }
        if !withoutData.isEmpty {
            blocks.append(.paragraph([.text(w.unitsWithoutData(c.year(c.year)) + withoutData.map { "\(c.unit($0).id) \(c.name($0))" }.joined(separator: w.listSeparator))]))
        }
        if !missing.isEmpty {
            let byIndicator = Dictionary(grouping: missing, by: { $0.indicator })
            let inYear = missing.filter { $0.year == c.year }
            blocks.append(.table(ReportTable(caption: w.missingByIndicator, header: [w.indicatorHeader, w.missingAllYears, w.missingIn(c.year(c.year))],
                                             rows: byIndicator.keys.sorted().map { j in
                                                 [.init(c.label(panel.indicatorIds[j])), .init(String(byIndicator[j]!.count)),
                                                  .init(String(inYear.filter { $0.indicator == j }.count))]
                                             }, rightAligned: [1, 2], wrapping: [0])))
            // Every missing cell, one row per unit and indicator with its years.
            var groups: [[Int]: [Int]] = [:]
            for m in missing { groups[[m.unit, m.indicator], default: []].append(m.year) }
            let rows = groups.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key -> [ReportTable.Cell] in
                [c.unitCell(key[0]), .init(c.name(key[0])), .init(c.label(panel.indicatorIds[key[1]])), .init(Self.yearRanges(groups[key]!.sorted()))]
            }
            blocks.append(.table(ReportTable(caption: w.everyMissingValue(missing.count), header: [w.unitHeader, w.nameHeader, w.indicatorHeader, w.yearsHeader],
                                             rows: rows, wrapping: [1, 2, 3])))
        }
        if !treated.isEmpty {
            let rows = treated.map { cell -> [ReportTable.Cell] in
                let u = panel.unitIndex(cell.unit)
                let before = cell.old.isNaN ? "–" : c.raw(cell.old, indicator: cell.indicator)
                let after = cell.new.isNaN ? "–" : NumberFormat.fixed(cell.new, decimals: 3)
                return [u.map { c.unitCell($0) } ?? .init(cell.unit), .init(u.map(c.name) ?? cell.unit), .init(c.label(cell.indicator)), .init(String(cell.year)),
                        .init(w.stepLabel(cell.step.rawValue)), .init("\(before) → \(after)"), .init(cell.why)]
            }
            blocks.append(.table(ReportTable(caption: w.everyTreatedCell(treated.count),
                                             header: [w.unitHeader, w.nameHeader, w.indicatorHeader, w.yearHeader, w.stepColumn, w.beforeAfter, w.reasonHeader],
                                             rows: rows, wide: true, wrapping: [1, 2, 6])))
        }
        if let screening = c.result.treatment?.screening {
            let dropped = screening.droppedRows.map { "\($0.unit) \($0.year)" } + screening.droppedIndicators.map { c.label($0.indicator) }
                + screening.droppedUnits
            if !dropped.isEmpty { blocks.append(.paragraph([.text(w.screenedOut + dropped.joined(separator: w.listSeparator))])) }
        }
        // Aggregate scores left missing, with the reason.
        var reasons: [[String]: [Int]] = [:]
        for n in c.result.nodes where !n.isIndicator {
            for (r, why) in c.result.missingReasons[n.id] ?? [:] {
                let key = panel.rows[r]
                reasons[[String(key.unit), n.id, why.text(c.language)], default: []].append(key.year)
            }
        }
        if !reasons.isEmpty {
            let order = Dictionary(uniqueKeysWithValues: c.result.nodes.enumerated().map { ($0.element.id, $0.offset) })
            let rows = reasons.keys.sorted { a, b in (Int(a[0])!, order[a[1]]!, a[2]) < (Int(b[0])!, order[b[1]]!, b[2]) }.map { key -> [ReportTable.Cell] in
                let u = Int(key[0])!
                return [c.unitCell(u), .init(c.name(u)), .init(c.label(key[1])), .init(Self.yearRanges(reasons[key]!.sorted())), .init(key[2])]
            }
            blocks.append(.table(ReportTable(caption: w.scoresLeftMissing, header: [w.unitHeader, w.nameHeader, w.nodeHeader, w.yearsHeader, w.reasonHeader],
                                             rows: rows, wrapping: [1, 2, 3, 4])))
        } else {
            blocks.append(.paragraph([.text(w.noScoresMissing)]))
        }
        return blocks
    }

    /// `2019–2021, 2023`: consecutive years joined into ranges.
    static func yearRanges(_ years: [Int]) -> String {
        var parts: [String] = []
        var k = 0
        while k < years.count {
            var j = k
            while j + 1 < years.count && years[j + 1] == years[j] + 1 { j += 1 }
            parts.append(j == k ? String(years[k]) : "\(years[k])–\(years[j])")
            k = j + 1
        }
        return parts.joined(separator: ", ")
    }

    func rulesSection() -> [ReportBlock] {
        let t = c.result.project.trends
        let classes = TrendClass.allCases.map { k -> [ReportTable.Cell] in
            [.init(k.label(c.language)), .init(w.classRule(k, minPoints: t.minimumPoints, alpha: NumberFormat.full(t.alpha), stagnantYears: t.stagnantYears,
                                                             reversalShare: NumberFormat.fixed(t.volatileReversalShare * 100, decimals: 0) + "%",
                                                             swingRatio: NumberFormat.full(t.volatileSwingRatio)))]
        }
        return [.keep([.heading(level: 3, text: w.rulesTitle, anchor: nil, pageBreak: false),
                       .paragraph([.text(w.trendMethodText(alpha: NumberFormat.full(t.alpha), exactN: t.exactMaximumN))]),
                       .table(ReportTable(header: [w.classHeader, w.ruleHeader], rows: classes, wrapping: [0, 1]))])]
    }

    func warningsSection() -> [ReportBlock] {
        var items: [[Inline]] = []
        let diagnostics = c.result.diagnostics + c.trends.diagnostics
        for d in diagnostics {
            let location = d.location.map { loc -> String in
                var text = (loc.file as NSString).lastPathComponent
                if let line = loc.line { text += ":\(line)" }
                return text + ": "
            } ?? ""
            items.append([.strong(d.severity == .warning ? w.warningLabel : w.noteLabel), .text(w.colon + location + d.text(c.language))])
        }
        for d in Diagnosis(result: c.result, year: c.year).warnings {
            items.append([.strong(w.checkLabel(d.kind.rawValue)), .text(w.colon + w.diagnosisWarning(d, label: c.label))])
        }
        for f in c.engine.funnels {
            for note in f.notes { items.append([.strong(w.noteLabel), .text(w.colon + c.label(f.indicatorId) + ": " + note.text(c.language))]) }
        }
        return [.heading(level: 3, text: w.warningsTitle, anchor: "warnings", pageBreak: false),
                items.isEmpty ? .paragraph([.text(w.noWarnings)]) : .bullets(items)]
    }

    func reproducibilitySection() -> [ReportBlock] {
        let project = c.result.project
        let language = ReportEscaping.shell(c.language)
        let command = "touchstone report \(ReportEscaping.shell(c.settings.projectPath)) --output . --year \(c.year) --locale \(language)"
        // Kept together: printed, its last line alone would open the report's last page.
        return [.keep([.heading(level: 3, text: w.reproduceTitle, anchor: "reproduce", pageBreak: false),
                       .bullets([
                           [.text(w.projectFile + w.colon), .code((project.file as NSString).lastPathComponent), .text(w.fingerprintOf), .code(project.fingerprint)],
                           [.text(w.dataFingerprint + w.colon), .code(dataFingerprint)],
                           [.text(w.versionLabel + w.colon), .code("Touchstone " + c.settings.version)],
                           [.text(w.commandLabel + w.colon), .code(command)],
                       ]),
                       .note([.text(w.reproduceNote)])])]
    }

    /// FNV-1a 64 of the data as read (unit ids, years, every raw value in full precision), so that a report
    /// names its data as well as its project file.
    var dataFingerprint: String {
        let panel = c.result.panel
        var text = panel.indicatorIds.joined(separator: ",") + "\n"
        for (r, key) in panel.rows.enumerated() {
            text += panel.units[key.unit].id + "," + String(key.year)
            for j in panel.indicatorIds.indices { text += "," + NumberFormat.full(panel.values[r, j]) }
            text += "\n"
        }
        return Fingerprint.fnv1a(Array(text.utf8))
    }
}

extension FrameworkNode {
    /// An indicator carrying the project defaults, to describe the default normalisation.
    static func probe(_ d: Defaults) -> FrameworkNode {
        var n = FrameworkNode(id: "")
        var spec = IndicatorSpec(column: "")
        spec.normalisation = d.normalisation
        n.indicator = spec
        return n
    }
}

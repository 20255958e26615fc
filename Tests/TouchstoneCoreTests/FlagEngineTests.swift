import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Flags, improvement paths, learning partners and exemplars")
struct FlagEngineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func loaded() throws -> (Project, Panel) {
        let project = try ProjectReader.read(path: root.appendingPathComponent("datasets/branches").path)
        return (project, try PanelLoader(project: project).load().panel)
    }

    static func assess(_ project: Project, _ panel: Panel, year: Int = 2024) throws -> (IndexResult, [UnitAssessment]) {
        let result = try IndexPipeline(project: project).compute(panel: panel)
        return (result, FlagEngine(result: result, year: year).assess())
    }

    @Test("every planted laggard is flagged by its rule and the exemplar is not flagged")
    func plantedLaggards() throws {
        let (project, panel) = try Self.loaded()
        let (result, assessments) = try Self.assess(project, panel)
        let truth = try TrendAnalysisTests.truth()
        let expected: [String: UnitFlag.Rule] = ["decliner": .decline, "stagnant": .stagnant, "volatile": .volatile]
        for (unit, story) in truth {
            let a = try #require(assessments.first { result.panel.units[$0.unit].id == unit })
            if let rule = expected[story] {
                #expect(a.status == .flagged && a.flags.contains { $0.rule == rule }, "\(unit) (\(story)): \(a.flags.map(\.rule))")
            }
            if story == "exemplar" {
                #expect(a.status == .exemplar, "exemplar \(unit) has status \(a.status) with flags \(a.flags.map(\.rule))")
            }
        }
        #expect(assessments.count == 34)
        #expect(assessments.first?.severity == .high)
    }

    @Test("each flag carries the numbers that fired it")
    func numbers() throws {
        let (project, panel) = try Self.loaded()
        let (result, assessments) = try Self.assess(project, panel)
        let b21 = try #require(assessments.first { result.panel.units[$0.unit].id == "b21" })
        let decline = try #require(b21.flags.first { $0.rule == .decline })
        #expect(decline.severity == .high)
        #expect(abs(decline.numbers["p"]! - 1.0 / 360.0) < 1e-12)
        #expect(abs(decline.numbers["last"]! - result.scores["index"]![b21.row!]) < 1e-12)
        let low = try #require(b21.flags.first { $0.rule == .lowLevel })
        let all = result.panel.rows(inYear: 2024).map { result.scores["index"]![$0] }.sorted()
        #expect(low.numbers["cutoff"] == all[4])   // ⌊34 · 0.15⌋ = 5th lowest
        #expect(low.reason.text(for: "zh").contains("处于后 15%"))
    }

    @Test("applying an improvement path to the data and recomputing clears the flags it targets")
    func pathsClearFlags() throws {
        var (project, panel) = try Self.loaded()
        project.flags.pathStepQuantile = nil   // steps up to the peers' best at once, so every path reaches its target
        let (result, assessments) = try Self.assess(project, panel)
        var checked = 0
        for a in assessments where a.status == .flagged {
            for path in a.paths where path.reachesTarget {
                var changed = panel
                for step in path.steps {
                    let j = panel.indicatorIds.firstIndex(of: step.indicatorId)!
                    changed.values[a.row!, j] = step.toRaw
                }
                let (after, reassessed) = try Self.assess(project, changed)
                let b = try #require(reassessed.first { $0.unit == a.unit })
                let score = after.scores[path.nodeId]![a.row!]
                #expect(score >= path.target - 1e-9, "\(result.panel.units[a.unit].id): \(path.nodeId) \(score) < target \(path.target); steps \(path.steps.map { "\($0.indicatorId) \($0.fromRaw)→\($0.toRaw) after \($0.targetAfter)" })")
                if path.nodeId == "index" {
                    for rule in [UnitFlag.Rule.lowLevel, .stagnant] where a.flags.contains(where: { $0.rule == rule }) {
                        #expect(!b.flags.contains { $0.rule == rule }, "\(result.panel.units[a.unit].id) still flagged \(rule) after its path: \(b.flags.filter { $0.rule == rule }.map(\.numbers))")
                    }
                } else {
                    #expect(!b.flags.contains { $0.rule == .weakDimension && $0.nodeId == path.nodeId },
                            "\(result.panel.units[a.unit].id) still weak in \(path.nodeId) after its path")
                }
                checked += 1
            }
        }
        #expect(checked >= 3, "every needs-help unit of the bundled panel gets a verified path")
    }

    @Test("path steps stay within what peers achieved and land on values the indicator can take")
    func feasibleSteps() throws {
        let (project, panel) = try Self.loaded()
        let (result, assessments) = try Self.assess(project, panel)
        let analysis = PeerAnalysis(result: result, groupColumn: "group")
        for a in assessments where a.status == .flagged {
            let peers = analysis.peerRows(of: a.row!)
            for step in a.paths.flatMap(\.steps) {
                let j = panel.indicatorIds.firstIndex(of: step.indicatorId)!
                let spec = result.node(step.indicatorId)!.indicator!
                let values = peers.map { panel.values[$0, j] }.filter { !$0.isNaN }
                #expect(step.toRaw >= values.min()! && step.toRaw <= values.max()!)
                if spec.type == .ordinal { #expect(spec.scale.values.contains(step.toRaw) && step.toLabel != nil) }
                if panel.values.column(j).filter({ !$0.isNaN }).allSatisfy({ $0 == $0.rounded() }) { #expect(step.toRaw == step.toRaw.rounded()) }
                #expect(spec.direction == .higher ? step.toRaw > step.fromRaw : step.toRaw < step.fromRaw)
                if spec.type == .ordinal {
                    // One rating level per step.
                    let levels = spec.scale.values.sorted()
                    #expect(abs(levels.firstIndex(of: step.toRaw)! - levels.firstIndex(of: step.fromRaw)!) == 1, "\(step.indicatorId): \(step.fromLabel ?? "") → \(step.toLabel ?? "")")
                } else {
                    // At most the 90th percentile of the yearly improvements made on the indicator in the panel.
                    let column = ImprovementPathFinder.PathColumn(result: result, indicator: result.node(step.indicatorId)!, index: j, order: ImprovementPathFinder.unitYearOrder(result.panel))
                    let cap = try #require(column.stepCap)
                    #expect(abs(step.toRaw - step.fromRaw) <= cap + 1e-9, "\(step.indicatorId): \(step.fromRaw) → \(step.toRaw), cap \(cap)")
                }
                #expect(!step.reachedBy.isEmpty && step.reachedBy.allSatisfy { u in peers.contains { result.panel.rows[$0].unit == u } })
            }
            for path in a.paths { #expect(path.target > path.start, "a target is never below the unit's own score") }
        }
    }

    @Test("learning partners are unflagged, stronger where the unit is weakest, from the same group first")
    func partners() throws {
        let (project, panel) = try Self.loaded()
        let (result, assessments) = try Self.assess(project, panel)
        let flagged = Set(assessments.filter { $0.status == .flagged }.map(\.unit))
        for a in assessments where a.status == .flagged {
            #expect(!a.partners.isEmpty)
            #expect(a.partners.count <= 3)
            var seenOther = false
            for p in a.partners {
                #expect(!flagged.contains(p.unit))
                if !p.sameGroup { seenOther = true } else { #expect(!seenOther, "same-group partners come first") }
                if p.sameGroup { #expect(result.panel.units[p.unit].groups["group"] == result.panel.units[a.unit].groups["group"]) }
                for (_, v) in p.strengths { #expect(v[0] > v[1]) }
            }
        }
    }

    @Test("exemplars lead their group, are not declining, and are named with what they excel at")
    func exemplars() throws {
        let (project, panel) = try Self.loaded()
        let (result, assessments) = try Self.assess(project, panel)
        let exemplars = assessments.filter { $0.status == .exemplar }
        #expect(!exemplars.isEmpty)
        for e in exemplars {
            #expect(e.flags.isEmpty)
            #expect(result.groupRanks(of: "index", groupColumn: "group")[e.row!] == 1)
            #expect([.improving, .stable].contains(e.trendClass!))
        }
        let b23 = try #require(exemplars.first { result.panel.units[$0.unit].id == "b23" })
        #expect(b23.excelsIn == ["political", "foundation", "service", "discipline"])
    }

    @Test("a unit with two years is assessed by the one-year rules; the trend rules say from which year they will run")
    func hold() throws {
        let (project, panel) = try Self.loaded()
        // Keep only 2023–2024 for b21, the planted decliner.
        let u = panel.unitIndex("b21")!
        let keep = panel.rows.indices.filter { panel.rows[$0].unit != u || panel.rows[$0].year >= 2023 }
        let trimmed = Panel(units: panel.units, indicatorIds: panel.indicatorIds, rows: keep.map { panel.rows[$0] },
                            values: Matrix(columns: panel.indicatorIds.indices.map { j in keep.map { panel.values[$0, j] } }))
        let (result, assessments) = try Self.assess(project, trimmed)
        let b21 = try #require(assessments.first { result.panel.units[$0.unit].id == "b21" })
        // Two years: the level is assessed (b21 is far below its peers), the trend rules wait for more years.
        #expect(b21.status == .flagged)
        #expect(b21.flags.map(\.rule) == [.lowLevel])
        #expect(b21.notYet.contains { $0.rule == .decline && $0.fromYear == 2026 }, "\(b21.notYet)")
        #expect(b21.notYet.contains { $0.rule == .stagnant && $0.fromYear == 2026 })
        #expect(b21.notYet.contains { $0.rule == .volatile && $0.fromYear == 2027 })
        #expect(b21.missingReason == nil && b21.unitStatus == nil)
    }

    @Test("with only the last one, two or three years, the low planted branches are flagged by the one-year rules and exemplars are named",
          arguments: [1, 2, 3])
    func shortPanels(years: Int) throws {
        let (project, panel) = try Self.loaded()
        let keep = panel.rows.indices.filter { panel.rows[$0].year > 2024 - years }
        let short = Panel(units: panel.units, indicatorIds: panel.indicatorIds, rows: keep.map { panel.rows[$0] },
                          values: Matrix(columns: panel.indicatorIds.indices.map { j in keep.map { panel.values[$0, j] } }))
        let (result, assessments) = try Self.assess(project, short)
        let byId = Dictionary(uniqueKeysWithValues: assessments.map { (result.panel.units[$0.unit].id, $0) })
        for id in ["b21", "b04"] {
            #expect(byId[id]!.status == .flagged, "\(id) with \(years) years: \(byId[id]!.status)")
        }
        #expect(byId["b32"]!.status == .flagged || byId["b32"]!.status == .watch, "b32 with \(years) years: \(byId["b32"]!.status)")
        #expect(assessments.contains { $0.status == .exemplar })
        #expect(byId["b23"]!.status == .exemplar)
        #expect(!assessments.contains { $0.status == .insufficientData })
        #expect(byId["b21"]!.notYet.contains { $0.rule == .decline && $0.fromYear == 2024 + 4 - years })
    }

    @Test("the unit scorer reproduces the pipeline's scores for every unit-year")
    func unitScorer() throws {
        let (project, panel) = try Self.loaded()
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let scorer = UnitScorer(project: project)
        for row in panel.rows.indices {
            var indicators: [String: Double] = [:]
            for id in panel.indicatorIds { indicators[id] = result.scores[id]![row] }
            let scored = scorer.score(indicators)
            for node in result.nodes {
                let a = scored[node.id]!, b = result.scores[node.id]![row]
                #expect(a.isNaN == b.isNaN && (a.isNaN || abs(a - b) < 1e-9), "\(node.id) row \(row)")
            }
        }
    }

    @Test("flags on the HDI with regions as peers are deterministic and partners share the region",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data"))
    func hdi() throws {
        var project = try ProjectReader.read(path: Self.root.appendingPathComponent("datasets/hdi").path)
        project.flags.verifyPaths = false   // 195 countries × 33 years: keep the test quick
        let result = try IndexPipeline(project: project).run()
        let first = FlagEngine(result: result, year: 2022).assess()
        let second = FlagEngine(result: result, year: 2022).assess()
        #expect(first.map(\.unit) == second.map(\.unit))
        #expect(first.map { $0.flags.map(\.rule) } == second.map { $0.flags.map(\.rule) })
        let flagged = first.filter { $0.status == .flagged }
        #expect(!flagged.isEmpty)
        // The countries with the lowest HDI in 2022 (UNDP HDR 2023/24, table 1) are flagged for their level.
        let low = Set(flagged.filter { $0.flags.contains { $0.rule == .lowLevel } }.map { result.panel.units[$0.unit].id })
        #expect(low.isSuperset(of: ["SSD", "CAF", "NER", "TCD"]))
        for a in flagged {
            for p in a.partners where p.sameGroup {
                #expect(result.panel.units[p.unit].groups["region"] == result.panel.units[a.unit].groups["region"])
            }
        }
        #expect(first.filter { $0.status == .exemplar }.allSatisfy { $0.flags.isEmpty })
    }
}

@Suite("One rule table")
struct FlagRuleTableTests {
    @Test("the Monte Carlo probe and the flag engine fire the same rules at the nominal weights")
    func probeAgrees() throws {
        let (project, panel) = try FlagEngineTests.loaded()
        for year in [2022, 2024] {
            let (result, assessments) = try FlagEngineTests.assess(project, panel, year: year)
            let dims = Dictionary(uniqueKeysWithValues: result.root.children.filter { !$0.isIndicator }.map { ($0.id, result.scores[$0.id]!) })
            let probe = FlagProbe(result: result, year: year, index: result.scores[result.root.id]!, dimensions: dims)
            let fired = probe.flags()
            var compared = 0
            for (k, row) in probe.rows.enumerated() {
                let a = try #require(assessments.first { $0.row == row })
                let engine = Set(a.flags.map(\.rule)).subtracting([.funnel])
                #expect(fired[k] == engine, "\(result.panel.units[a.unit].id) \(year): probe \(fired[k]) vs engine \(engine)")
                compared += engine.isEmpty ? 0 : 1
            }
            #expect(compared >= 3)
        }
    }
}

@Suite("Clearing values")
struct ClearingValueTests {
    @Test("the median clearing value read off by index equals the brute-force search with a sort per candidate")
    func medianClearing() {
        var g = SeededGenerator(seed: 4)
        for trial in 0 ..< 300 {
            let n = 1 + Int(g.next() % 40)
            let others = (0 ..< n).map { _ in (g.uniform() * 20).rounded(trial % 2 == 0 ? .down : .toNearestOrEven) / 2 }
            let sorted = others.sorted()
            let brute = sorted.first { c in (Descriptive.median(sorted + [c]) ?? .infinity) <= c } ?? sorted.last
            #expect(FlagEngine.medianClearingValue(others: others) == brute, "trial \(trial): \(others)")
        }
        #expect(FlagEngine.medianClearingValue(others: []) == nil)
    }
}

import Foundation

/// Reads the key-targets table (`targets:`): CSV or `.xlsx`, one row per target.
///
/// Columns: `unit` (a unit id) or `group` (a value of one of the unit table's group columns: the target
/// then applies to every unit of that group), `year`, `indicator` (a framework indicator id), `target`,
/// and optional milestone columns named after the periods of the year — `Q1`…`Q3` for quarterly data,
/// `M1`…`M11` for monthly — holding the value expected by the end of that period (empty = none).
/// A unit's own row overrides its group's row for the same year and indicator.
///
/// Every problem names the file, line and column: unknown unit, group or indicator, a target that is not
/// a number, a row with both or neither of unit and group, two rows for the same unit, year and indicator.
public enum TargetTableReader {
    public static func read(_ spec: TargetSpec, project: Project, units: [UnitInfo]) throws -> [KeyTarget] {
        let path = spec.file.hasPrefix("/") ? spec.file : (project.directory as NSString).appendingPathComponent(spec.file)
        let table = try PanelLoader.readTable(path: path, sheet: spec.sheet)
        var problems = ProblemCollector(limit: 50)
        guard table.requireColumns(["year", "indicator", "target"], role: .targetsTable, problems: &problems) else { throw InputProblems(problems.all) }
        let unitColumn = table.columnIndex("unit"), groupColumn = table.columnIndex("group")
        if unitColumn == nil && groupColumn == nil {
            problems.append(InputProblem(table.headerLocation, .table(.targetsWithoutUnitOrGroup)))
            throw InputProblems(problems.all)
        }
        let (year, indicator, target) = (table.columnIndex("year")!, table.columnIndex("indicator")!, table.columnIndex("target")!)
        let kind = project.data.period
        let prefix = kind == .month ? "M" : "Q"
        let milestoneColumns: [(Int, Int)] = kind == .year ? [] : (1..<kind.perYear).compactMap { i in table.columnIndex("\(prefix)\(i)").map { (i, $0) } }
        let indicatorIds = Set(project.framework.indicators.map(\.id))
        let unitIds = Set(units.map(\.id))
        var own: [KeyTarget] = [], byGroup: [KeyTarget] = []
        var seen: [String: Int] = [:]
        for (r, row) in table.rows.enumerated() {
            let line = table.lineNumbers[r]
            let u = unitColumn.map { row[$0] } ?? "", g = groupColumn.map { row[$0] } ?? ""
            guard u.isEmpty != g.isEmpty else {
                problems.append(InputProblem(table.location(row: r, column: unitColumn ?? groupColumn!), .table(.targetRowUnitAndGroup(both: !u.isEmpty))))
                continue
            }
            guard let y = Int(row[year]) else {
                problems.append(InputProblem(table.location(row: r, column: year), .table(.targetYearNotWhole(text: row[year]))))
                continue
            }
            let id = row[indicator]
            guard indicatorIds.contains(id) else {
                problems.append(InputProblem(table.location(row: r, column: indicator), .table(.targetUnknownIndicator(
                    indicator: id, suggestion: Suggestions.closest(to: id, among: indicatorIds.sorted()), choices: indicatorIds.sorted()))))
                continue
            }
            guard let t = number(row[target]) else {
                problems.append(InputProblem(table.location(row: r, column: target), .table(.targetNotNumber(text: row[target]))))
                continue
            }
            var milestones: [Int: Double] = [:]
            for (i, c) in milestoneColumns where !row[c].isEmpty {
                guard let v = number(row[c]) else {
                    problems.append(InputProblem(table.location(row: r, column: c), .table(.milestoneNotNumber(text: row[c], period: "\(prefix)\(i)"))))
                    continue
                }
                milestones[i] = v
            }
            let location = table.location(row: r, column: unitColumn ?? groupColumn!)
            if !u.isEmpty {
                guard unitIds.contains(u) else {
                    problems.append(InputProblem(table.location(row: r, column: unitColumn!), .table(.targetUnknownUnit(
                        unit: u, suggestion: Suggestions.closest(to: u, among: unitIds.sorted())))))
                    continue
                }
                let key = "\(u)\u{1F}\(y)\u{1F}\(id)"
                if let first = seen[key] {
                    problems.append(InputProblem(location, .table(.secondTarget(unit: u, year: y, indicator: id, firstLine: first))))
                    continue
                }
                seen[key] = line
                own.append(KeyTarget(unit: u, year: y, indicator: id, target: t, milestones: milestones, location: location))
            } else {
                let members = units.filter { unit in project.units.groupColumns.contains { unit.groups[$0] == g } }
                guard !members.isEmpty else {
                    let all = Set(units.flatMap { $0.groups.values }).sorted()
                    problems.append(InputProblem(table.location(row: r, column: groupColumn!), .table(.targetGroupWithoutUnits(group: g, groups: all))))
                    continue
                }
                for m in members { byGroup.append(KeyTarget(unit: m.id, year: y, indicator: id, target: t, milestones: milestones, group: g, location: location)) }
            }
        }
        if !problems.isEmpty { throw InputProblems(problems.all) }
        let ownKeys = Set(own.map { "\($0.unit)\u{1F}\($0.year)\u{1F}\($0.indicator)" })
        let order = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let framework = Dictionary(project.framework.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return (own + byGroup.filter { !ownKeys.contains("\($0.unit)\u{1F}\($0.year)\u{1F}\($0.indicator)") })
            .sorted { (order[$0.unit]!, $0.year, framework[$0.indicator]!) < (order[$1.unit]!, $1.year, framework[$1.indicator]!) }
    }

    private static func number(_ text: String) -> Double? {
        guard let v = Double(text), v.isFinite else { return nil }
        return v
    }
}

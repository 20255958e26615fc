import Foundation
import TouchstoneStats

/// Loads a project's unit table and indicator data into a `Panel`, reporting every problem found.
///
/// Cells are trimmed; texts listed in `missing_values` become missing (`NaN`); ordinal cells are looked up
/// in the indicator's scale. A cell that is neither is an error naming file, line, column and what is
/// accepted. Duplicate unit–year observations, units absent from the unit table, framework indicators absent
/// from the data and data left empty after the filters are errors too.
public struct PanelLoader {
    public let project: Project
    /// At most this many problems are reported per file (the rest are summarised in one line).
    public var problemLimit = 50
    /// Whether a wide CSV may be read by the byte reader (`WideIngest`); off only to compare it with the
    /// general reader in tests.
    var readsBytes = true

    public init(project: Project) { self.project = project }

    public struct Output: Sendable {
        /// The yearly panel (for quarterly or monthly data: rolled up, the latest year possibly year to date).
        public var panel: Panel
        public var diagnostics: [Diagnostic]
        /// The data by quarter or month, when `data.period` is not `year`.
        public var periods: PeriodicPanel? = nil
    }

    public func load() throws -> Output {
        let indicators = Self.readNodes(project.framework.indicators).voteColumns.readNodes
        if readsBytes, let fast = WideIngest(loader: self, indicators: indicators).read() {
            let notes = UnitYearChanges(groupColumns: project.units.groupColumns).notes(fast.units, file: fast.unitTable.file)
            return try assemble(units: fast.units, unitTable: fast.unitTable, dataFile: fast.dataFile, observed: fast.observed, exclusions: [],
                                lineage: [], raters: nil, notes: notes, readDiagnostics: [], problems: ProblemCollector(limit: problemLimit))
        }
        var problems = ProblemCollector(limit: problemLimit)
        var diagnostics: [Diagnostic] = []
        let dataPath = resolve(project.data.file)
        let unitPath = project.units.file.map(resolve) ?? dataPath
        let dataTable = try Self.readTable(path: dataPath, sheet: project.data.sheet, encoding: project.data.encoding)
        let unitSheet = project.units.file == nil ? project.data.sheet : project.units.sheet
        let unitTable = unitPath == dataPath && unitSheet == project.data.sheet ? dataTable
            : try Self.readTable(path: unitPath, sheet: unitSheet, encoding: project.units.encoding)
        for table in Set([dataTable.file, unitTable.file]).sorted() {
            let t = table == dataTable.file ? dataTable : unitTable
            if t.encoding == .gb18030 && (t.file == dataTable.file ? project.data.encoding : project.units.encoding) == .auto {
                diagnostics.append(Diagnostic(.note, .decodedFromGB18030, at: SourceLocation(file: t.file)))
            }
        }
        var units = readUnits(unitTable, problems: &problems)
        diagnostics += UnitYearChanges(groupColumns: project.units.groupColumns).notes(units, file: unitTable.file)
        let lineage = try project.units.lineage.map { try LineageReader(path: resolve($0)).read(problems: &problems) } ?? []
        // Predecessors no longer in the unit table keep their history under their old id (no names).
        let known = Set(units.map(\.id))
        for id in lineage.flatMap(\.from) where !known.contains(id) && !units.contains(where: { $0.id == id }) { units.append(UnitInfo(id: id)) }
        var observations = ObservationTable(indicatorCount: indicators.count)
        switch project.data.layout {
        case .wide: WideLayoutReader(spec: project.data, indicators: indicators).read(dataTable, into: &observations, problems: &problems)
        case .long: LongLayoutReader(spec: project.data, indicators: indicators).read(dataTable, into: &observations, problems: &problems)
        case .yearInColumn: YearInColumnReader(spec: project.data, indicators: indicators).read(dataTable, into: &observations, problems: &problems)
        }
        // Units in the data must be in the unit table.
        let unitIndex = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (unit, location) in observations.firstLocation.sorted(by: { $0.key < $1.key }) where unitIndex[unit] == nil {
            problems.append(InputProblem(location, .table(.unitNotInUnitTable(
                unit: unit, suggestion: Suggestions.closest(to: unit, among: units.map(\.id)), unitTable: unitTable.file))))
        }
        if observations.isEmpty && problems.isEmpty {
            problems.append(InputProblem(SourceLocation(file: dataTable.file), .table(.noObservations(filtered: !project.data.filters.isEmpty))))
        }
        if !problems.isEmpty { throw InputProblems(problems.all) }
        var exclusions = ExclusionScan(filters: project.data.filters, window: project.data.years, idColumn: project.data.unitColumn,
                                       yearColumn: project.data.layout == .yearInColumn ? nil : project.data.yearColumn).scan(dataTable)
        for e in ExclusionScan(filters: project.units.filters, window: nil, idColumn: project.units.idColumn, yearColumn: nil).scan(unitTable)
        where !exclusions.contains(where: { $0.subject == e.subject }) { exclusions.append(e) }
        return try assemble(units: units, unitTable: unitTable, dataFile: dataTable.file, observed: ObservedRows(observations, unitIndex: unitIndex),
                            exclusions: exclusions, lineage: lineage, raters: observations.raters, notes: diagnostics, readDiagnostics: observations.diagnostics,
                            problems: problems)
    }

    /// The panel from the rows read (ordered by unit-table order, then year), with the unit table's notes,
    /// the exclusions, votes and raters' tables, periods and lineage.
    func assemble(units: [UnitInfo], unitTable: CSVTable, dataFile: String, observed: ObservedRows, exclusions: [Exclusion], lineage: [LineageEvent],
                  raters: RaterCells?, notes: [Diagnostic], readDiagnostics: [Diagnostic], problems: ProblemCollector) throws -> Output {
        var problems = problems
        var diagnostics = notes
        let framework = project.framework.indicators
        let (aliases, voteColumns) = Self.readNodes(framework)
        let indicators = voteColumns.readNodes
        // Assemble rows ordered by unit-table order, then year.
        let slots = observed.panelOrder()
        var used = [Bool](repeating: false, count: units.count)
        for u in observed.unit { used[Int(u)] = true }
        for (i, u) in units.enumerated() where !used[i] {
            diagnostics.append(Diagnostic(.note, .unitWithoutData(unit: u.id), at: SourceLocation(file: unitTable.file)))
        }
        let excludedUnits = Set(exclusions.compactMap(\.unitId))
        let keptUnits = units.indices.filter { used[$0] }
        var newIndex = [Int](repeating: -1, count: units.count)
        for (n, u) in keptUnits.enumerated() { newIndex[u] = n }
        let rows = slots.map { s in Panel.Key(unit: newIndex[Int(observed.unit[s])], year: Int(observed.year[s])) }
        let matrix = observed.matrix(order: slots)
        let keptInfo = keptUnits.map { units[$0] }
        let (read, votes) = voteColumns.collapse(matrix, rowLabels: { "\(keptInfo[rows[$0].unit].id) \(rows[$0].year)" }, file: dataFile,
                                                   problems: &problems, diagnostics: &diagnostics)
        if !problems.isEmpty { throw InputProblems(problems.all) }
        let values = aliases.collapse(read, years: rows.map(\.year))
        var panel = Panel(units: keptInfo, indicatorIds: framework.map(\.id), rows: rows, values: values)
        if !lineage.isEmpty && (!votes.isEmpty || indicators.contains { $0.indicator?.raters != nil }) {
            throw InputProblem(SourceLocation(file: resolve(project.units.lineage!)), .table(.lineageWithVotes))
        }
        panel.votes = votes
        panel.exclusions = exclusions
        panel.unitsWithoutData = units.indices.filter { !used[$0] && !excludedUnits.contains(units[$0].id) }.map { units[$0] }
        let rowOfSlot = raters == nil ? [:] : Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
        for (j, node) in indicators.enumerated() {
            guard let method = node.indicator?.raters,
                  let t = raters?.table(indicator: j, indicatorCount: indicators.count, method: method, rowOfSlot: rowOfSlot, rows: rows.count) else { continue }
            panel.raters[node.id] = t
        }
        if project.data.period != .year {
            if let node = indicators.first(where: { $0.indicator?.raters != nil || $0.indicator?.type == .votes }) {
                throw InputProblem(node.location ?? SourceLocation(file: project.file),
                                   .table(.votesNeedYearlyData(indicator: node.id, period: project.data.period)))
            }
            if !lineage.isEmpty {
                throw InputProblem(SourceLocation(file: resolve(project.units.lineage!)), .table(.lineageNeedsYearlyData(period: project.data.period)))
            }
            let periodic = PeriodicPanel(kind: project.data.period, raw: panel, rollups: framework.map { $0.indicator!.resolvedRollup })
            var yearly = periodic.yearly()
            diagnostics += IndicatorYears(indicators: framework).apply(to: &yearly, file: dataFile)
            return Output(panel: yearly, diagnostics: diagnostics + readDiagnostics, periods: periodic)
        }
        if !lineage.isEmpty {
            panel = LineageApplier(events: lineage).apply(panel, problems: &problems)
            if !problems.isEmpty { throw InputProblems(problems.all) }
        }
        diagnostics += IndicatorYears(indicators: framework).apply(to: &panel, file: dataFile)
        return Output(panel: panel, diagnostics: diagnostics + readDiagnostics)
    }

    /// The columns read for the framework's indicators: renamed columns (`column:` per range of years) as one
    /// read column each, then vote indicators as their level columns.
    static func readNodes(_ framework: [FrameworkNode]) -> (aliases: ColumnAliases, voteColumns: VoteColumns) {
        let aliases = ColumnAliases(indicators: framework)
        return (aliases, VoteColumns(indicators: aliases.readNodes))
    }

    /// A CSV file, or a sheet of an `.xlsx` workbook (`XLSXReader`), as one table model. An old binary `.xls`
    /// workbook, and `sheet:` on a CSV file, are problems with what to do.
    static func readTable(path: String, sheet: String?, encoding: TextEncodingChoice = .auto) throws -> CSVTable {
        if XLSXReader.isWorkbook(path) { return try XLSXReader.read(path: path, sheet: sheet) }
        if (path as NSString).pathExtension.lowercased() == "xls" {
            throw InputProblem(SourceLocation(file: path), .table(.xlsWorkbook))
        }
        if let sheet {
            throw InputProblem(SourceLocation(file: path), .table(.sheetButNotWorkbook(sheet: sheet)))
        }
        return try CSVReader.read(path: path, encoding: encoding)
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (project.directory as NSString).appendingPathComponent(path)
    }

    func readUnits(_ table: CSVTable, problems: inout ProblemCollector) -> [UnitInfo] {
        let spec = project.units
        var required = [spec.idColumn] + spec.groupColumns + spec.nameColumns.values.sorted() + spec.shortNameColumns.values.sorted()
            + spec.groupNameColumns.keys.sorted().flatMap { spec.groupNameColumns[$0]!.values.sorted() }
        if let s = spec.sizeColumn { required.append(s) }
        required += spec.attributeColumns + (spec.yearColumn.map { [$0] } ?? []) + (spec.statusColumn.map { [$0] } ?? [])
        required += spec.filters.map(\.column)
        guard table.requireColumns(required, role: .unitTable, problems: &problems) else { return [] }
        let id = table.columnIndex(spec.idColumn)!
        let size = spec.sizeColumn.flatMap(table.columnIndex)
        let filters = spec.filters.map { ($0, table.columnIndex($0.column)!) }
        var seen = Set<String>()
        var attributesByYear: [String: [Int: [String: Double]]] = [:]
        var statusByYear: [String: [Int: UnitStatus]] = [:], overallStatus: [String: UnitStatus] = [:]
        var labelsByYear: [String: [Int: UnitLabels]] = [:]
        var units: [UnitInfo] = []
        for (r, row) in table.rows.enumerated() where filters.allSatisfy({ $0.0.keeps(row[$0.1]) }) {
            let unitId = row[id]
            if unitId.isEmpty {
                problems.append(InputProblem(table.location(row: r, column: id), .table(.emptyUnitId(inUnitTable: true))))
                continue
            }
            let repeated = seen.contains(unitId)
            let attributes = repeated && spec.yearColumn == nil ? [:] : unitAttributes(row, row: r, table: table, reportSize: repeated, problems: &problems)
            let year = unitYear(row, row: r, table: table, problems: &problems)
            if let year { attributesByYear[unitId, default: [:]][year] = attributes }
            if let year { labelsByYear[unitId, default: [:]][year] = unitLabels(row, table: table) }
            if let status = unitStatus(row, row: r, table: table, problems: &problems) {
                if let year { statusByYear[unitId, default: [:]][year] = status } else if !repeated { overallStatus[unitId] = status }
            }
            guard seen.insert(unitId).inserted else { continue }
            var unit = UnitInfo(id: unitId)
            unit.attributes = attributes.filter { spec.attributeColumns.contains($0.key) }
            for (lang, column) in spec.nameColumns { unit.names[lang] = row[table.columnIndex(column)!] }
            for (lang, column) in spec.shortNameColumns where !row[table.columnIndex(column)!].isEmpty { unit.shortNames[lang] = row[table.columnIndex(column)!] }
            for g in spec.groupColumns { unit.groups[g] = row[table.columnIndex(g)!] }
            for (g, columns) in spec.groupNameColumns {
                unit.groupNames[g] = columns.mapValues { row[table.columnIndex($0)!] }
            }
            if let size {
                let text = row[size]
                if let v = Double(text), v.isFinite, v > 0 { unit.size = v }
                else if let v = Double(text), v.isFinite {
                    problems.append(InputProblem(table.location(row: r, column: size), .table(.sizeNotPositive(text: text, unit: unitId))))
                } else if !project.data.missingValues.contains(text) {
                    problems.append(InputProblem(table.location(row: r, column: size), .table(.sizeNotNumber(text: text))))
                }
            }
            units.append(unit)
        }
        for i in units.indices {
            units[i].attributesByYear = attributesByYear[units[i].id] ?? [:]
            units[i].status = overallStatus[units[i].id]
            units[i].statusByYear = statusByYear[units[i].id] ?? [:]
            if let labels = labelsByYear[units[i].id] { units[i].setLabels(byYear: labels) }
        }
        return units
    }
}

/// Problems with a cap, so a file with thousands of bad cells gives a readable report.
struct ProblemCollector {
    let limit: Int
    private(set) var problems: [InputProblem] = []
    private(set) var dropped = 0

    init(limit: Int) { self.limit = limit }

    var isEmpty: Bool { problems.isEmpty }

    mutating func append(_ p: InputProblem) {
        if problems.count < limit { problems.append(p) } else { dropped += 1 }
    }

    var all: [InputProblem] {
        guard dropped > 0, let last = problems.last else { return problems }
        return problems + [InputProblem(SourceLocation(file: last.location.file), .table(.moreProblemsNotShown(count: dropped)))]
    }
}

extension CSVTable {
    /// Checks that the named columns exist; records one problem per missing column with a suggestion.
    func requireColumns(_ names: [String], role: TableRole, problems: inout ProblemCollector) -> Bool {
        var ok = true
        for name in names where columnIndex(name) == nil {
            ok = false
            problems.append(InputProblem(headerLocation, .table(.missingColumn(
                role: role, name: name, suggestion: Suggestions.closest(to: name, among: header), header: header))))
        }
        return ok
    }
}

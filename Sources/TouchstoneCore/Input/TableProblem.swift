/// Problems found while reading tables (CSV, xlsx, decoding, layouts, the panel loader, periods).
/// Words: `TouchstoneOutput/TableProblem+Words.swift` (and its `+Words+Topic.swift` extensions).
public enum TableProblem: Hashable, Sendable {
    /// A `--year` (or report year) the data does not have; `dataYears` is the span it has (nil: no rows).
    case yearNotInData(year: Int, dataYears: ClosedRange<Int>?)

    // MARK: reading a file (InputFile, CSVReader.readProblem)

    /// `open` failed with ENOENT.
    case fileNotFound(path: String)
    /// `open` failed with ENOTDIR: a part of the path is not a folder.
    case pathPartNotFolder(path: String)
    /// `open` failed with EACCES or EPERM.
    case permissionDenied(path: String)
    /// The path names a folder; `role` is the file that was expected.
    case pathIsFolder(path: String, role: InputFileRole)
    /// Another `open`/`read` failure; `reason` is the system's text for the error number (`strerror`).
    case unreadable(path: String, reason: String)
    /// A FIFO, socket or device instead of a regular file.
    case notRegularFile(path: String, what: SpecialFile, role: InputFileRole)
    /// Larger than the hard cap for its role (project and lock files).
    case fileTooLarge(role: InputFileRole, size: Int, maxSize: Int)
    /// Reading the file would need `need` bytes of memory (nil: more than `Int.max`), over the budget.
    case fileNeedsTooMuchMemory(role: InputFileRole, size: Int, need: Int?, budget: Int, origin: MemoryBudgetOrigin)
    /// The file grew past `limit` bytes while it was read.
    case fileKeptGrowing(role: InputFileRole, limit: Int)

    // MARK: CSV (CSVReader)

    /// No header line at all.
    case csvEmpty
    /// `count` more problems than `CSVReader.maxReportedProblems` were found.
    case moreProblemsNotListed(count: Int)
    /// The quote opening field `field` on line `line` never closes.
    case quoteNeverClosed(field: Int, line: Int)
    /// Text after the closing quote of a field.
    case textAfterClosingQuote(field: Int, line: Int)
    /// A double quote inside a field that does not start with one.
    case quoteInUnquotedField(field: Int, line: Int)
    /// A row with `found` fields under a header of `expected`.
    case fieldCountMismatch(line: Int, found: Int, expected: Int)
    /// The header is one name holding tabs (`tabs`) or semicolons: another separator.
    case otherSeparator(tabs: Bool)
    /// Header field `field` (on line `line`) is empty.
    case emptyColumnName(field: Int, line: Int)
    /// `name` appears in header fields `first` and `second`.
    case duplicateColumnName(name: String, first: Int, second: Int)

    // MARK: text encoding (TextDecoding)

    /// Starts with a UTF-16 byte-order mark.
    case utf16Text
    /// A zip (xlsx) or OLE (xls) signature: a workbook, not CSV text.
    case binaryWorkbook
    /// A NUL byte at `offset`.
    case nulByte(offset: Int)
    /// `encoding: declared` (not UTF-8) but the file starts with a UTF-8 byte-order mark.
    case declaredEncodingButUTF8BOM(declared: String)
    /// `encoding: utf-8` declared but the byte `hex` at `offset` (line `line`) is not UTF-8.
    case declaredUTF8Invalid(hex: String, offset: Int, line: Int, readings: [EncodingReading])
    /// Invalid UTF-8 after a UTF-8 byte-order mark.
    case invalidUTF8AfterBOM(hex: String, offset: Int, line: Int)
    /// Not UTF-8, and GB18030 or a Western encoding cannot be told apart at `line`.
    case uncertainEncoding(line: Int, readings: [EncodingReading])
    /// Neither UTF-8 nor GB18030.
    case notUTF8NorGB18030(hex: String, offset: Int, line: Int, readings: [EncodingReading])
    /// A declared legacy encoding (`declared`, the iconv name `used`) does not convert line `line`.
    case declaredEncodingFails(declared: String, used: TextEncodingUsed, line: Int, readings: [EncodingReading])

    // MARK: the panel loader (PanelLoader, CSVTable.requireColumns)

    /// A unit id of the data missing from the unit table `unitTable` (a file name); `suggestion` is a close id.
    case unitNotInUnitTable(unit: String, suggestion: String?, unitTable: String)
    /// No observations (`filtered`: after the row filters).
    case noObservations(filtered: Bool)
    /// A lineage table together with vote or rater indicators.
    case lineageWithVotes
    /// Indicator `indicator` holds votes or raters' scores but the data are by `period`.
    case votesNeedYearlyData(indicator: String, period: PeriodKind)
    /// A lineage table with data by `period`.
    case lineageNeedsYearlyData(period: PeriodKind)
    /// An Excel 97–2003 `.xls` workbook.
    case xlsWorkbook
    /// `sheet:` given for a file that is not an `.xlsx` workbook.
    case sheetButNotWorkbook(sheet: String)
    /// An empty unit id (`inUnitTable`: in the unit table, else in the data).
    case emptyUnitId(inUnitTable: Bool)
    /// A unit's size `text` is a number but not above 0.
    case sizeNotPositive(text: String, unit: String)
    /// A unit's size `text` is not a number.
    case sizeNotNumber(text: String)
    /// `count` more problems were dropped (`ProblemCollector`).
    case moreProblemsNotShown(count: Int)
    /// The table `role` has no column `name`; `suggestion` is a close header name, `header` all of them.
    case missingColumn(role: TableRole, name: String, suggestion: String?, header: [String])

    // MARK: layouts (LayoutReaders)

    /// Indicator `indicator` has no column `column` in the data file `file` (wide layout).
    case indicatorColumnMissing(indicator: String, file: String, column: String, suggestion: String?)
    /// A second row for `unit` at time `time` (a `period`); the first is at `firstLine`.
    case duplicateRow(unit: String, period: PeriodKind, time: String, firstLine: Int)
    /// A second value for `unit`, `time` and `indicator` (long layout).
    case duplicateObservation(unit: String, period: PeriodKind, time: String, indicator: String, firstLine: Int)
    /// Indicator `indicator` (data name `column`) has no rows in `file` (long layout).
    case indicatorWithoutRows(indicator: String, file: String, column: String, suggestion: String?)
    /// No column matches the `column_pattern` for the indicator (`example` is the 2020 column it would be).
    case indicatorPatternMissing(indicator: String, file: String, example: String)
    /// A second row for `unit` in the year-in-column layout.
    case secondRowForUnit(unit: String, firstLine: Int)
    /// A year cell that is not a whole number.
    case yearNotWhole(text: String)
    /// A time cell that is not a `period`; `readsAs` is another kind it parses as.
    case notAPeriod(text: String, period: PeriodKind, readsAs: PeriodKind?)

    // MARK: cells (CellParser, ObservationTable)

    /// A second value for `unit`, `year` and `indicator`; the first is at `firstLine`.
    case duplicateValue(unit: String, year: Int, indicator: String, firstLine: Int)
    /// A value below (`below`) or above the indicator's `bound`; `source` names the setting (`kind: count`).
    /// `markers` are the missing markers (`""`: the empty cell).
    case valueOutOfRange(text: String, indicator: String, below: Bool, bound: Double, source: String, markers: [String])
    /// A cell of an ordinal indicator that is none of its `labels`.
    case notARating(text: String, indicator: String, labels: [String], markers: [String])
    /// A cell that reads as NaN or an infinite number.
    case notFinite(text: String, indicator: String, what: NonFinite, markers: [String])
    /// A cell that is not a number; `hint` says what would make it one.
    case notANumber(text: String, indicator: String, hint: NumberHint?, markers: [String])
    /// The same rater scored a cell twice.
    case raterScoredTwice(rater: String, unit: String, year: Int, indicator: String, firstLine: Int)

    // MARK: the key-targets table (TargetTableReader)

    /// Neither a `unit` nor a `group` column.
    case targetsWithoutUnitOrGroup
    /// A row naming both (`both`) or neither of a unit and a group.
    case targetRowUnitAndGroup(both: Bool)
    /// A target's year that is not a whole number.
    case targetYearNotWhole(text: String)
    /// A target for an indicator not in the framework; `choices` are the framework's indicators.
    case targetUnknownIndicator(indicator: String, suggestion: String?, choices: [String])
    /// A target that is not a number.
    case targetNotNumber(text: String)
    /// A milestone (of `period`, e.g. `Q2`) that is not a number.
    case milestoneNotNumber(text: String, period: String)
    /// A target for a unit not in the unit table.
    case targetUnknownUnit(unit: String, suggestion: String?)
    /// A second target for one unit, year and indicator.
    case secondTarget(unit: String, year: Int, indicator: String, firstLine: Int)
    /// A target for a group no unit belongs to; `groups` are the unit table's groups.
    case targetGroupWithoutUnits(group: String, groups: [String])

    // MARK: unit attributes, votes and lineage (PanelLoader+Attributes, +Votes, LineageReader, LineageApplier)

    /// A unit's size in a later (per-year) row of the unit table is not above 0.
    case yearlySizeNotPositive(text: String)
    /// A cell of an attribute column `column` that is not a number.
    case attributeNotNumber(text: String, column: String)
    /// A year in the unit table that is not a whole number.
    case unitYearNotWhole(text: String)
    /// A status cell that is none of the known statuses.
    case unknownStatus(text: String)
    /// A vote count that is negative or not whole; `level` is the level's label, `row` the unit and year.
    case voteCountNotWhole(count: Double, indicator: String, level: String, row: String)
    /// A lineage event that is none of `choices`.
    case notALineageEvent(text: String, choices: [String])
    /// A lineage year that is not a whole number.
    case lineageYearNotWhole(text: String)
    /// A lineage `event` with the wrong number of ids: it takes `from` and `to`, found `foundFrom` and `foundTo`.
    case lineageIdCount(event: String, from: ClosedRange<Int>, to: ClosedRange<Int>, foundFrom: Int, foundTo: Int)
    /// A merge rule that is neither `mean` nor `size-weighted`.
    case notAMergeRule(text: String)
    /// A `size-weighted` merge of a predecessor `unit` without a size.
    case sizeWeightedWithoutSize(unit: String)

    // MARK: Excel workbooks (XLSXPackage, XLSXReader, XLSXSheetParser)

    /// The workbook file does not exist.
    case workbookNotFound
    /// Not a ZIP package, so not an `.xlsx` workbook.
    case notAWorkbook
    /// A part of the package cannot be extracted; `detail` is the archive library's error.
    case workbookPartUnreadable(part: String, detail: String)
    /// The package has no `xl/workbook.xml`.
    case workbookWithoutWorkbookPart
    /// A part's XML does not parse; `detail` is the parser's message.
    case workbookXMLDamaged(detail: String)
    /// The workbook lists no sheets.
    case workbookWithoutSheets
    /// No sheet named `sheet`; `sheets` are the workbook's.
    case noSuchSheet(sheet: String, suggestion: String?, sheets: [String])
    /// The sheet has no worksheet part `part` (a chart sheet?).
    case sheetWithoutWorksheet(sheet: String, part: String, sheets: [String])
    /// The sheet has no rows.
    case sheetEmpty
    /// An empty header cell.
    case emptyHeaderCell
    /// A column name used twice; `earlierColumn` is the first column's letters.
    case columnNameTwice(name: String, earlierColumn: String)
    /// A cell right of the last named column (`lastColumn`, letters).
    case cellRightOfHeader(text: String, lastColumn: String)
    /// A cell refers to a shared string `index` the workbook does not have.
    case missingSharedString(index: String)

    // MARK: years and units a command asks for (the CLI, reports)

    /// The data has no rows at all.
    case dataWithoutRows
    /// A year the data does not have; `years` are the ones it has.
    case yearNotAmong(year: Int, years: [Int])
    /// A unit id (or name) the data does not have; `suggestion` is a close id (and `suggestionName` the name
    /// that matched), `examples` some ids of the unit table.
    case unitNotInData(unit: String, suggestion: String?, suggestionName: String?, examples: [String])
    /// No year before `year` to compare with.
    case noYearBefore(year: Int)
    /// The assessment to compare with is of `compared`, not before `year`.
    case assessmentNotEarlier(compared: Int, year: Int)
    /// The targets table has no target for `year`.
    case noTargetsForYear(year: Int)
    /// A during-the-year command on yearly data.
    case yearlyDataWithoutPeriods
    /// Periodic data without any period.
    case noPeriods
    /// No data between `from` and `to` (nil: the start or the end); `dataYears` is what the data has.
    case noDataBetween(from: Int?, to: Int?, dataYears: ClosedRange<Int>)
    /// The unit has no data in `year`.
    case unitWithoutDataInYear(year: Int)
    /// The indicator has no funnel data in `year`.
    case noFunnelData(indicator: String, year: Int)

    /// What a non-finite cell reads as.
    public enum NonFinite: Hashable, Sendable { case nan, infinite, tooLarge }
    /// What would make a cell a number.
    public enum NumberHint: Hashable, Sendable { case thousandsSeparators, percentSign }
}

/// Which table a problem is in, for messages.
public enum TableRole: String, Hashable, Sendable {
    case dataFile, unitTable, lineageTable, targetsTable
}

/// What file a reader expected, for messages (`InputFile.read(kind:)`).
public enum InputFileRole: String, Hashable, Sendable {
    case file, csvFile, projectFile, lockFile
}

/// What a path held instead of a regular file.
public enum SpecialFile: String, Hashable, Sendable {
    case fifo, socket, device
}

/// Where the memory budget comes from: `TOUCHSTONE_MEMORY_LIMIT` (its text), or 75% of the machine's memory.
public enum MemoryBudgetOrigin: Hashable, Sendable {
    case environment(String)
    case physicalMemory(Int)
}

/// A line of a file as one encoding reads it (shown in encoding problems, so a reader sees which is right).
public struct EncodingReading: Hashable, Sendable {
    /// The line's text in that encoding.
    public var text: String
    /// The encoding's name, e.g. `GB18030`, `Windows-1252`.
    public var encoding: String

    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

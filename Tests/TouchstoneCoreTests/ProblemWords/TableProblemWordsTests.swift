import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Table problems: typed values, words in both languages")
struct TableProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [TableProblem] = [
        .yearNotInData(year: 2030, dataYears: 2019 ... 2024), .yearNotInData(year: 2030, dataYears: nil),
        // reading a file
        .fileNotFound(path: "data/x.csv"), .pathPartNotFolder(path: "a.csv/b.csv"), .permissionDenied(path: "x.csv"),
        .pathIsFolder(path: "data", role: .csvFile), .pathIsFolder(path: "p", role: .projectFile),
        .unreadable(path: "x.csv", reason: "EIO"),
        .notRegularFile(path: "/dev/zero", what: .device, role: .file), .notRegularFile(path: "p", what: .fifo, role: .lockFile),
        .notRegularFile(path: "s", what: .socket, role: .csvFile),
        .fileTooLarge(role: .projectFile, size: 20 << 20, maxSize: 16 << 20),
        .fileNeedsTooMuchMemory(role: .csvFile, size: 900, need: 5000, budget: 4096, origin: .environment("4K")),
        .fileNeedsTooMuchMemory(role: .csvFile, size: 1 << 30, need: nil, budget: 1 << 33, origin: .physicalMemory(1 << 34)),
        .fileKeptGrowing(role: .file, limit: 3 << 20),
        // CSV
        .csvEmpty, .moreProblemsNotListed(count: 1), .moreProblemsNotListed(count: 10),
        .quoteNeverClosed(field: 2, line: 3), .textAfterClosingQuote(field: 2, line: 3), .quoteInUnquotedField(field: 2, line: 1),
        .fieldCountMismatch(line: 3, found: 4, expected: 3), .fieldCountMismatch(line: 2, found: 1, expected: 2),
        .fieldCountMismatch(line: 2, found: 2, expected: 3),
        .otherSeparator(tabs: true), .otherSeparator(tabs: false),
        .emptyColumnName(field: 3, line: 1), .duplicateColumnName(name: "unit", first: 1, second: 3),
        // text encoding
        .utf16Text, .binaryWorkbook, .nulByte(offset: 1), .declaredEncodingButUTF8BOM(declared: "latin-1"),
        .declaredUTF8Invalid(hex: "0xFC", offset: 11, line: 2, readings: [EncodingReading(text: "1,Zürich", encoding: "Windows-1252")]),
        .invalidUTF8AfterBOM(hex: "0xFF", offset: 6, line: 2),
        .uncertainEncoding(line: 2, readings: [EncodingReading(text: "1,Zich", encoding: "GB18030"),
                                               EncodingReading(text: "1,Zürich", encoding: "Windows-1252")]),
        .notUTF8NorGB18030(hex: "0xFF", offset: 6, line: 2, readings: []),
        .declaredEncodingFails(declared: "windows-1252", used: .windows1252, line: 3, readings: []),
        // the panel loader
        .unitNotInUnitTable(unit: "b99", suggestion: "b09", unitTable: "units.csv"),
        .unitNotInUnitTable(unit: "b99", suggestion: nil, unitTable: "units.csv"),
        .noObservations(filtered: true), .noObservations(filtered: false), .lineageWithVotes,
        .votesNeedYearlyData(indicator: "vote", period: .quarter), .lineageNeedsYearlyData(period: .month),
        .xlsWorkbook, .sheetButNotWorkbook(sheet: "Sheet1"), .emptyUnitId(inUnitTable: true), .emptyUnitId(inUnitTable: false),
        .sizeNotPositive(text: "-3", unit: "b01"), .sizeNotNumber(text: "n/a"), .moreProblemsNotShown(count: 12),
        .missingColumn(role: .dataFile, name: "unit", suggestion: "units", header: ["units", "year"]),
        .missingColumn(role: .unitTable, name: "id", suggestion: nil, header: (1 ... 13).map { "c\($0)" }),
        .missingColumn(role: .lineageTable, name: "event", suggestion: nil, header: ["a"]),
        .missingColumn(role: .targetsTable, name: "target", suggestion: nil, header: ["a"]),
        // layouts
        .indicatorColumnMissing(indicator: "i1", file: "data.csv", column: "x1", suggestion: "x_1"),
        .indicatorColumnMissing(indicator: "i1", file: "data.csv", column: "x1", suggestion: nil),
        .duplicateRow(unit: "b01", period: .year, time: "2023", firstLine: 4),
        .duplicateObservation(unit: "b01", period: .quarter, time: "2023-Q1", indicator: "i1", firstLine: 4),
        .indicatorWithoutRows(indicator: "i1", file: "data.csv", column: "x1", suggestion: "x_1"),
        .indicatorWithoutRows(indicator: "i1", file: "data.csv", column: "x1", suggestion: nil),
        .indicatorPatternMissing(indicator: "i1", file: "data.csv", example: "x1_2020"),
        .secondRowForUnit(unit: "b01", firstLine: 3), .yearNotWhole(text: "2023.5"),
        .notAPeriod(text: "2024-Q5", period: .quarter, readsAs: nil), .notAPeriod(text: "2024-07", period: .quarter, readsAs: .month),
        .notAPeriod(text: "2024-Q3", period: .month, readsAs: .quarter),
        // cells
        .duplicateValue(unit: "b01", year: 2023, indicator: "i1", firstLine: 4),
        .valueOutOfRange(text: "-2", indicator: "i1", below: true, bound: 0, source: "`kind: count`", markers: ["", "NA"]),
        .valueOutOfRange(text: "120", indicator: "i1", below: false, bound: 100, source: "`max: 100`", markers: ["-99"]),
        .notARating(text: "great", indicator: "r1", labels: ["A", "B", "C"], markers: [""]),
        .notFinite(text: "NaN", indicator: "i1", what: .nan, markers: [""]), .notFinite(text: "1e999", indicator: "i1", what: .tooLarge, markers: [""]),
        .notFinite(text: "inf", indicator: "i1", what: .infinite, markers: [""]),
        .notANumber(text: "1,234", indicator: "i1", hint: .thousandsSeparators, markers: [""]),
        .notANumber(text: "12%", indicator: "i1", hint: .percentSign, markers: [""]),
        .notANumber(text: "x", indicator: "i1", hint: nil, markers: ["", "NA"]),
        .raterScoredTwice(rater: "r1", unit: "b01", year: 2023, indicator: "i1", firstLine: 7),
        // the key-targets table
        .targetsWithoutUnitOrGroup, .targetRowUnitAndGroup(both: true), .targetRowUnitAndGroup(both: false),
        .targetYearNotWhole(text: "24a"), .targetUnknownIndicator(indicator: "i9", suggestion: "i1", choices: ["i1", "i2"]),
        .targetUnknownIndicator(indicator: "zz", suggestion: nil, choices: ["i1", "i2"]), .targetNotNumber(text: "x"),
        .milestoneNotNumber(text: "x", period: "Q2"), .targetUnknownUnit(unit: "b99", suggestion: "b09"),
        .targetUnknownUnit(unit: "zz", suggestion: nil), .secondTarget(unit: "b01", year: 2024, indicator: "i1", firstLine: 3),
        .targetGroupWithoutUnits(group: "east", groups: ["north", "south"]),
        // unit attributes, votes and lineage
        .yearlySizeNotPositive(text: "0"), .attributeNotNumber(text: "x", column: "members"), .unitYearNotWhole(text: "21"),
        .unknownStatus(text: "gone"), .voteCountNotWhole(count: 2.5, indicator: "v1", level: "good", row: "b01 2023"),
        .notALineageEvent(text: "moved", choices: ["renamed", "merged"]), .lineageYearNotWhole(text: "x"),
        .lineageIdCount(event: "merged", from: 2 ... Int.max, to: 1 ... 1, foundFrom: 1, foundTo: 1),
        .lineageIdCount(event: "created", from: 0 ... 0, to: 1 ... 1, foundFrom: 1, foundTo: 1),
        .notAMergeRule(text: "max"), .sizeWeightedWithoutSize(unit: "b05"),
        // Excel workbooks
        .workbookNotFound, .notAWorkbook, .workbookPartUnreadable(part: "xl/styles.xml", detail: "CRC32"),
        .workbookWithoutWorkbookPart, .workbookXMLDamaged(detail: "line 3"), .workbookWithoutSheets,
        .noSuchSheet(sheet: "Dta", suggestion: "Data", sheets: ["Data", "Other"]), .noSuchSheet(sheet: "zz", suggestion: nil, sheets: ["Data"]),
        .sheetWithoutWorksheet(sheet: "Chart1", part: "xl/chartsheets/sheet1.xml", sheets: ["Chart1", "Data"]),
        .sheetEmpty, .emptyHeaderCell, .columnNameTwice(name: "unit", earlierColumn: "A"),
        .cellRightOfHeader(text: "7", lastColumn: "C"), .missingSharedString(index: "12"),
        // years and units a command asks for
        .dataWithoutRows, .yearNotAmong(year: 2030, years: [2019, 2020, 2021]), .yearNotAmong(year: 2030, years: [2019, 2023]),
        .unitNotInData(unit: "b99", suggestion: "b09", suggestionName: nil, examples: ["b01"]),
        .unitNotInData(unit: "Beijng", suggestion: "b01", suggestionName: "Beijing", examples: ["b01"]),
        .unitNotInData(unit: "zz", suggestion: nil, suggestionName: nil, examples: ["b01", "b02"]),
        .noYearBefore(year: 2019), .assessmentNotEarlier(compared: 2024, year: 2023), .noTargetsForYear(year: 2024),
        .yearlyDataWithoutPeriods, .noPeriods, .noDataBetween(from: 2030, to: nil, dataYears: 2019 ... 2024),
        .noDataBetween(from: nil, to: 2010, dataYears: 2019 ... 2024), .unitWithoutDataInYear(year: 2023),
        .noFunnelData(indicator: "i1", year: 2023),
    ]

    static func covers(_ k: TableProblem) -> Int {
        switch k {
        case .yearNotInData: 0
        case .fileNotFound: 1
        case .pathPartNotFolder: 2
        case .permissionDenied: 3
        case .pathIsFolder: 4
        case .unreadable: 5
        case .notRegularFile: 6
        case .fileTooLarge: 7
        case .fileNeedsTooMuchMemory: 8
        case .fileKeptGrowing: 9
        case .csvEmpty: 10
        case .moreProblemsNotListed: 11
        case .quoteNeverClosed: 12
        case .textAfterClosingQuote: 13
        case .quoteInUnquotedField: 14
        case .fieldCountMismatch: 15
        case .otherSeparator: 16
        case .emptyColumnName: 17
        case .duplicateColumnName: 18
        case .utf16Text: 19
        case .binaryWorkbook: 20
        case .nulByte: 21
        case .declaredEncodingButUTF8BOM: 22
        case .declaredUTF8Invalid: 23
        case .invalidUTF8AfterBOM: 24
        case .uncertainEncoding: 25
        case .notUTF8NorGB18030: 26
        case .declaredEncodingFails: 27
        case .unitNotInUnitTable: 28
        case .noObservations: 29
        case .lineageWithVotes: 30
        case .votesNeedYearlyData: 31
        case .lineageNeedsYearlyData: 32
        case .xlsWorkbook: 33
        case .sheetButNotWorkbook: 34
        case .emptyUnitId: 35
        case .sizeNotPositive: 36
        case .sizeNotNumber: 37
        case .moreProblemsNotShown: 38
        case .missingColumn: 39
        case .indicatorColumnMissing: 40
        case .duplicateRow: 41
        case .duplicateObservation: 42
        case .indicatorWithoutRows: 43
        case .indicatorPatternMissing: 44
        case .secondRowForUnit: 45
        case .yearNotWhole: 46
        case .notAPeriod: 47
        case .duplicateValue: 48
        case .valueOutOfRange: 49
        case .notARating: 50
        case .notFinite: 51
        case .notANumber: 52
        case .raterScoredTwice: 53
        case .targetsWithoutUnitOrGroup: 54
        case .targetRowUnitAndGroup: 55
        case .targetYearNotWhole: 56
        case .targetUnknownIndicator: 57
        case .targetNotNumber: 58
        case .milestoneNotNumber: 59
        case .targetUnknownUnit: 60
        case .secondTarget: 61
        case .targetGroupWithoutUnits: 62
        case .yearlySizeNotPositive: 63
        case .attributeNotNumber: 64
        case .unitYearNotWhole: 65
        case .unknownStatus: 66
        case .voteCountNotWhole: 67
        case .notALineageEvent: 68
        case .lineageYearNotWhole: 69
        case .lineageIdCount: 70
        case .notAMergeRule: 71
        case .sizeWeightedWithoutSize: 72
        case .workbookNotFound: 73
        case .notAWorkbook: 74
        case .workbookPartUnreadable: 75
        case .workbookWithoutWorkbookPart: 76
        case .workbookXMLDamaged: 77
        case .workbookWithoutSheets: 78
        case .noSuchSheet: 79
        case .sheetWithoutWorksheet: 80
        case .sheetEmpty: 81
        case .emptyHeaderCell: 82
        case .columnNameTwice: 83
        case .cellRightOfHeader: 84
        case .missingSharedString: 85
        case .dataWithoutRows: 86
        case .yearNotAmong: 87
        case .unitNotInData: 88
        case .noYearBefore: 89
        case .assessmentNotEarlier: 90
        case .noTargetsForYear: 91
        case .yearlyDataWithoutPeriods: 92
        case .noPeriods: 93
        case .noDataBetween: 94
        case .unitWithoutDataInYear: 95
        case .noFunnelData: 96
        }
    }

    static let caseCount = 97

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.table(k)) }
    }
}

/// Observations gathered from a data file before they become a `Panel`: values by unit id and year, one
/// slot per framework indicator, stored flat (`slot · indicatorCount + indicator`) so that reading a large
/// file costs O(1) per cell; with the line each value was read from (for duplicate messages).
struct ObservationTable {
    struct Key: Hashable { var unit: String; var year: Int }

    let indicatorCount: Int
    /// Unit-year of each slot, in the order first seen.
    private(set) var keys: [Key] = []
    private var slotOf: [Key: Int] = [:]
    /// Line where each slot was first seen.
    private(set) var slotLine: [Int] = []
    /// Values, `NaN` where missing.
    private(set) var values: [Double] = []
    /// Line each cell was read from (0 = not given), to report duplicates with both places.
    private var lines: [Int32] = []
    /// First place each unit id appears, to report units missing from the unit table once.
    var firstLocation: [String: SourceLocation] = [:]
    var diagnostics: [Diagnostic] = []
    /// Raters' scores of indicators with `raters:` (long layout with a rater column).
    var raters = RaterCells()

    init(indicatorCount: Int) { self.indicatorCount = indicatorCount }

    var isEmpty: Bool { keys.isEmpty }

    /// Reserves room for about `slots` unit-years (one per row of a wide file).
    mutating func reserve(slots: Int) {
        keys.reserveCapacity(slots)
        slotOf.reserveCapacity(slots)
        slotLine.reserveCapacity(slots)
        values.reserveCapacity(slots * indicatorCount)
        lines.reserveCapacity(slots * indicatorCount)
    }

    /// The slot of a unit-year, if it has been seen.
    func slot(unit: String, year: Int) -> Int? { slotOf[Key(unit: unit, year: year)] }

    /// The slot of a unit-year, created (all missing) when new; `line` is where it was seen.
    mutating func touch(unit: String, year: Int, line: Int, at location: @autoclosure () -> SourceLocation) -> Int {
        let key = Key(unit: unit, year: year)
        if let s = slotOf[key] { return s }
        if firstLocation[unit] == nil { firstLocation[unit] = location() }
        let s = keys.count
        keys.append(key)
        slotOf[key] = s
        slotLine.append(line)
        values.append(contentsOf: repeatElement(.nan, count: indicatorCount))
        lines.append(contentsOf: repeatElement(0, count: indicatorCount))
        return s
    }

    /// The line an indicator's value of a slot was read from, if any.
    func line(slot: Int, indicator: Int) -> Int? {
        let l = lines[slot * indicatorCount + indicator]
        return l == 0 ? nil : Int(l)
    }

    /// Records that a cell was given on `line` (present or missing); a second one for the same unit, year
    /// and indicator is a problem and is ignored.
    mutating func set(slot: Int, indicator: Int, value: Double, line: Int, column: Int, file: String, sheet: String? = nil,
                      indicatorId: String, problems: inout ProblemCollector) {
        let i = slot * indicatorCount + indicator
        if lines[i] != 0 {
            let key = keys[slot]
            problems.append(InputProblem(SourceLocation(file: file, line: line, column: column + 1, sheet: sheet), .table(.duplicateValue(
                unit: key.unit, year: key.year, indicator: indicatorId, firstLine: Int(lines[i])))))
            return
        }
        lines[i] = Int32(clamping: line)
        values[i] = value
    }

    /// The values of a slot.
    func values(slot: Int) -> ArraySlice<Double> { values[slot * indicatorCount ..< (slot + 1) * indicatorCount] }
}

/// Turns one cell's text into a value for an indicator. Built once per file: the hot path touches only
/// the cell's text, a flag per indicator and, for ratings, the scale.
struct CellParser {
    struct Rule {
        var id: String
        var ordinal: Bool
        var scale: [String: Double]
        var range: ValueRange?
    }

    let file: String
    /// The worksheet, when the data is an `.xlsx` sheet (locations then name cells).
    let sheet: String?
    let missingValues: Set<String>
    let rules: [Rule]
    /// Whether a missing marker reads as a number (e.g. `-99`): then markers are checked before numbers.
    let numericMarker: Bool

    init(file: String, sheet: String? = nil, missingValues: [String], indicators: [FrameworkNode]) {
        self.file = file
        self.sheet = sheet
        self.missingValues = Set(missingValues)
        self.numericMarker = missingValues.contains { Double($0)?.isFinite == true }
        self.rules = indicators.map { Rule(id: $0.id, ordinal: $0.indicator!.type == .ordinal, scale: $0.indicator!.scale, range: $0.indicator!.valueRange) }
    }

    /// `NaN` for a missing marker, the number (or scale score), or `nil` after recording a problem at
    /// `line` and 0-based `column`.
    func value(_ text: String, indicator j: Int, line: Int, column: Int, problems: inout ProblemCollector) -> Double? {
        let rule = rules[j]
        guard let v = rawValue(text, rule: rule, line: line, column: column, problems: &problems) else { return nil }
        if let range = rule.range, !range.contains(v) {
            let below = range.min.map { v < $0 } == true
            problems.append(InputProblem(SourceLocation(file: file, line: line, column: column + 1), .table(.valueOutOfRange(
                text: text, indicator: rule.id, below: below, bound: below ? range.min! : range.max!, source: range.source, markers: markers))))
            return nil
        }
        return v
    }

    private func rawValue(_ text: String, rule: Rule, line: Int, column: Int, problems: inout ProblemCollector) -> Double? {
        if !numericMarker, !rule.ordinal, let v = Double(text), v.isFinite { return v }
        if text.isEmpty ? missingValues.contains("") : missingValues.contains(text) { return .nan }
        let location = SourceLocation(file: file, line: line, column: column + 1, sheet: sheet)
        if rule.ordinal {
            if let score = rule.scale[text] { return score }
            let labels = rule.scale.sorted { $0.value > $1.value }.map(\.key)
            problems.append(InputProblem(location, .table(.notARating(text: text, indicator: rule.id, labels: labels, markers: markers))))
            return nil
        }
        if let v = Double(text) {
            if v.isFinite { return v }
            let what: TableProblem.NonFinite = v.isNaN ? .nan : !text.lowercased().contains("inf") ? .tooLarge : .infinite
            problems.append(InputProblem(location, .table(.notFinite(text: text, indicator: rule.id, what: what, markers: markers))))
            return nil
        }
        let cleaned = text.replacingOccurrences(of: ",", with: "")
        let hint: TableProblem.NumberHint? = Double(cleaned)?.isFinite == true ? .thousandsSeparators : (text.hasSuffix("%") ? .percentSign : nil)
        problems.append(InputProblem(location, .table(.notANumber(text: text, indicator: rule.id, hint: hint, markers: markers))))
        return nil
    }

    /// The missing markers, sorted (`""` is the empty cell), for messages.
    var markers: [String] { missingValues.sorted() }
}

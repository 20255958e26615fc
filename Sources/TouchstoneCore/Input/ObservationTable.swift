/// Observations gathered from a data file before they become a `Panel`: values by unit id and year, one
/// slot per framework indicator, with where each unit–year was first seen (for duplicate messages).
struct ObservationTable {
    struct Key: Hashable { var unit: String; var year: Int }

    let indicatorCount: Int
    var cells: [Key: [Double]] = [:]
    /// Where each (unit, year, indicator) value was read, to report duplicates with both places.
    var seenAt: [Key: [SourceLocation?]] = [:]
    /// First place each unit id appears, to report units missing from the unit table once.
    var firstLocation: [String: SourceLocation] = [:]
    var diagnostics: [Diagnostic] = []

    init(indicatorCount: Int) { self.indicatorCount = indicatorCount }

    /// Stores a value; a second value for the same unit, year and indicator is a problem.
    mutating func set(unit: String, year: Int, indicator: Int, value: Double, at location: SourceLocation, indicatorId: String, problems: inout ProblemCollector) {
        let key = Key(unit: unit, year: year)
        if firstLocation[unit] == nil { firstLocation[unit] = location }
        var row = cells[key] ?? [Double](repeating: .nan, count: indicatorCount)
        var seen = seenAt[key] ?? [SourceLocation?](repeating: nil, count: indicatorCount)
        if let first = seen[indicator] {
            problems.append(InputProblem(location, "duplicate observation: unit `\(unit)`, year \(year), indicator `\(indicatorId)` was already given at line \(first.line ?? 0)",
                                         fix: "keep one row per unit and year (remove or merge the duplicate)"))
            return
        }
        seen[indicator] = location
        row[indicator] = value
        cells[key] = row
        seenAt[key] = seen
    }

    /// Registers a unit–year with no values yet (a row whose cells are all missing still counts as present).
    mutating func touch(unit: String, year: Int, at location: SourceLocation) {
        let key = Key(unit: unit, year: year)
        if firstLocation[unit] == nil { firstLocation[unit] = location }
        if cells[key] == nil {
            cells[key] = [Double](repeating: .nan, count: indicatorCount)
            seenAt[key] = [SourceLocation?](repeating: nil, count: indicatorCount)
        }
    }
}

/// Turns one cell's text into a value for an indicator.
struct CellParser {
    let missingValues: Set<String>

    init(missingValues: [String]) { self.missingValues = Set(missingValues) }

    /// `NaN` for a missing marker, the number (or scale score), or `nil` after recording a problem.
    func value(_ text: String, for indicator: FrameworkNode, at location: SourceLocation, problems: inout ProblemCollector) -> Double? {
        if missingValues.contains(text) { return .nan }
        let spec = indicator.indicator!
        if spec.type == .ordinal {
            if let score = spec.scale[text] { return score }
            let labels = spec.scale.sorted { $0.value > $1.value }.map(\.key)
            problems.append(InputProblem(location, "`\(text)` is not a rating of `\(indicator.id)`",
                                         fix: "use one of \(labels.joined(separator: ", ")), or a missing marker (\(markerList)); or add it to the indicator's `scale`"))
            return nil
        }
        if let v = Double(text), v.isFinite { return v }
        let cleaned = text.replacingOccurrences(of: ",", with: "")
        let hint = Double(cleaned) != nil ? " (remove the thousands separators)" : (text.hasSuffix("%") ? " (drop the % sign and keep the number)" : "")
        problems.append(InputProblem(location, "`\(text)` in `\(indicator.id)` is not a number",
                                     fix: "write a plain number\(hint), or a missing marker: \(markerList) (set `missing_values` in the project file to add more)"))
        return nil
    }

    var markerList: String {
        missingValues.sorted().map { $0.isEmpty ? "empty" : $0 }.joined(separator: ", ")
    }
}

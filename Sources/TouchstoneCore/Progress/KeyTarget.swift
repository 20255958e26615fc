/// Where a project's key targets are (`targets:` in the project file): a CSV file or a sheet of an
/// `.xlsx` workbook, read by `TargetTableReader`.
public struct TargetSpec: Sendable {
    public var file: String
    public var sheet: String?

    public init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }
}

/// One key target: what one unit should reach on one indicator by the end of one year, with optional
/// milestones (the value expected by the end of a period of the year, rolled up to date as the indicator
/// rolls up). A group target in the table becomes one `KeyTarget` per unit of the group.
///
/// "Reaching" follows the indicator's direction: at least `target` for `higher`, at most for `lower`.
public struct KeyTarget: Sendable, Equatable {
    public var unit: String
    public var year: Int
    public var indicator: String
    public var target: Double
    /// Period index within the year (1-based: Q1 = 1, M7 = 7) → value expected by then.
    public var milestones: [Int: Double]
    /// The group value when the row named a group instead of a unit.
    public var group: String?
    /// The table row the target came from.
    public var location: SourceLocation

    public init(unit: String, year: Int, indicator: String, target: Double, milestones: [Int: Double] = [:], group: String? = nil, location: SourceLocation) {
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.target = target
        self.milestones = milestones
        self.group = group
        self.location = location
    }
}

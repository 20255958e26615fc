/// One row of the panel as a problem or a finding names it: a unit in a year ("unit `b01` in 2020" /
/// "单位 `b01` 2020 年"; words in TouchstoneOutput, `UnitYear.text(_:)`).
public struct UnitYear: Hashable, Sendable {
    public var unit: String
    public var year: Int

    public init(unit: String, year: Int) {
        self.unit = unit
        self.year = year
    }
}

extension UnitYear: CustomStringConvertible {
    /// "unit `b01` in 2020", for the English messages not yet typed (`InputProblem(_:_:fix:)`); typed
    /// problems carry the `UnitYear` and TouchstoneOutput words it.
    public var description: String { "unit `\(unit)` in \(year)" }
}

/// Which years an indicator, or an aggregate through its indicators, is part of the framework (`years:`).
extension FrameworkNode {
    /// An indicator: its `years:` hold `year` (no `years:` = every year). An aggregate: any indicator below
    /// it is valid in `year`.
    public func isValid(inYear year: Int) -> Bool {
        if let spec = indicator { return spec.years?.contains(year) ?? true }
        return children.contains { $0.isValid(inYear: year) }
    }

    /// Whether some indicator below (or this one) declares `years:`.
    public var hasLimitedYears: Bool {
        if let spec = indicator { return spec.years != nil }
        return children.contains { $0.hasLimitedYears }
    }
}

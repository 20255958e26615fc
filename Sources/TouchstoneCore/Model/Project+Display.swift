extension Project {
    /// Decimals for showing scores to people: 1 on scales wider than 1 (e.g. 0–100), 3 on 0–1 scales such as
    /// the HDI. CSV and JSON always carry the full numbers.
    public var scoreDecimals: Int {
        let r = defaults.normalisation.range
        return r.upperBound - r.lowerBound > 1 ? 1 : 3
    }
}

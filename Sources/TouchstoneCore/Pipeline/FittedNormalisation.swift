/// The parameters one indicator was normalised with, kept in `IndexResult.normalisation` and printed in
/// `index --format json` and the report's method appendix ("min 12.0 and max 97.5 in 2019–2024").
public struct FittedNormalisation: Sendable, Equatable {
    /// Where the parameters come from: fitted on the data of this run, read from the lock file, fitted on the
    /// base years, or fixed by the project file (goalposts, targets, bands, ratio, none: nothing to fit).
    public enum Source: String, Sendable, Codable { case fitted, frozen, base, fixed }

    /// One scope group: all years (`panel`), one year (`year`), the base or frozen years.
    public struct Group: Sendable, Equatable {
        public var years: [Int]
        /// Values present in the group.
        public var count: Int
        public var parameters: Parameters

        public init(years: [Int], count: Int, parameters: Parameters) {
            self.years = years
            self.count = count
            self.parameters = parameters
        }

        init(rows: [Int], raw: [Double], years: [Int], parameters: Parameters) {
            let present = rows.filter { !raw[$0].isNaN }
            self.init(years: Set(present.map { years[$0] }).sorted(), count: present.count, parameters: parameters)
        }
    }

    public typealias Parameters = Normaliser.Parameters

    public var indicator: String
    public var method: NormalisationMethod
    public var scope: NormalisationScope
    public var source: Source = .fitted
    /// Empty for the fixed methods (goalposts, targets, bands, ratio, none): they have no fitted parameters.
    public var groups: [Group] = []
    /// Panel rows whose value lay outside frozen or base-year parameters.
    public var outsideRows: [Int] = []
    public var outsidePolicy: FreezeSettings.Outside?
}

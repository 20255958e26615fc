/// Why a node has no score for a unit-year: a value with its numbers, no words. The words are the text
/// layer's (`MissingReason+Words.swift` in `Output/`, the one rendering the CLI tables, JSON and the reports
/// use, in English and Chinese).
///
/// | case | when |
/// |---|---|
/// | `noData` | the indicator has no value (missing in the data, or removed by treatment) |
/// | `noChild` | no child of the aggregate has a score |
/// | `belowCoverage(present, of, minCoverage)` | fewer children present than `min_coverage` asks |
/// | `outsideDomain(method, child, value)` | a geometric, harmonic or power mean meets a child value it is undefined for (`nonpositive: missing`) |
/// | `zeroWeight` | the children present all have weight 0 |
/// | `topsisTies` | TOPSIS: every unit compared ties on every child |
/// | `nonPositiveMean(method)` | MPI/AMPI: the mean of the children is ≤ 0 |
/// | `noOtherUnit` | Copeland: no other unit to compare with |
/// | `undefined(method)` | another method gave no score |
/// | `needsEveryChild(child)` | benefit of the doubt: a child is missing |
public enum MissingReason: Hashable, Sendable {
    case noData
    case noChild
    case belowCoverage(present: Int, of: Int, minCoverage: Double)
    case outsideDomain(method: AggregationMethod, child: String, value: Double)
    case zeroWeight
    case topsisTies
    case nonPositiveMean(method: AggregationMethod)
    case noOtherUnit
    case undefined(method: AggregationMethod)
    case needsEveryChild(child: String)
}

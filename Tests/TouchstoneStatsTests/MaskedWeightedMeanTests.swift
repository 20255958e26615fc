import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Masked weighted means through BLAS")
struct MaskedWeightedMeanTests {
    // Rows: [10, 20, 40] w = [1, 2, 1] → (10 + 40 + 40)/4 = 22.5
    //       [10, NaN, 40]             → (10 + 40)/2 = 25 (weights renormalised over present children)
    //       [NaN, NaN, NaN]           → missing
    let x = Matrix(columns: [[10, 10, .nan], [20, .nan, .nan], [40, 40, .nan]])
    let w = [1.0, 2, 1]

    @Test("arithmetic mean renormalises weights over present columns")
    func arithmetic() {
        let r = MaskedWeightedMean.compute(x, weights: w, kind: .arithmetic)
        #expect(r.means[0] == 22.5)
        #expect(r.means[1] == 25)
        #expect(r.means[2].isNaN)
        #expect(r.presentCount == [3, 2, 0])
        #expect(abs(r.coverage[1] - 2.0 / 3.0) < 1e-15)
    }

    @Test("geometric mean is exp of the weighted mean of logs")
    func geometric() {
        let r = MaskedWeightedMean.compute(x, weights: w, kind: .geometric)
        // (10 · 20² · 40)^(1/4) = 160000^(1/4) = 20; row 2: sqrt(10·40) = 20
        #expect(abs(r.means[0] - 20) < 1e-12)
        #expect(abs(r.means[1] - 20) < 1e-12)
        #expect(r.means[2].isNaN)
    }

    @Test("zero weights on every present column give a missing mean, not a division by zero")
    func zeroWeights() {
        let m = Matrix(columns: [[1, .nan], [.nan, 3]])
        let r = MaskedWeightedMean.compute(m, weights: [0, 1], kind: .arithmetic)
        #expect(r.means[0].isNaN)
        #expect(r.means[1] == 3)
    }

    @Test("non-positive values are found before a geometric mean")
    func nonPositive() {
        #expect(MaskedWeightedMean.firstNonPositive(x) == nil)
        let m = Matrix(columns: [[1, 2], [3, 0]])
        #expect(MaskedWeightedMean.firstNonPositive(m)! == (row: 1, column: 1))
    }
}

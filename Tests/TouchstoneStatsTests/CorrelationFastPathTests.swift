import Testing
@testable import TouchstoneStats

/// The complete-data path of `Correlation.pearson` (one standardisation, one dsyrk) and the four-product
/// path with gaps agree with the two-pass formula, and CRITIC takes σ from the same pass.
@Suite("Correlation fast paths")
struct CorrelationFastPathTests {
    static func matrix(rows: Int, columns: Int, gaps: Bool, seed: UInt64 = 3) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        var m = Matrix(rows: rows, columns: columns)
        for i in 0 ..< rows {
            let common = Double.random(in: -1 ... 1, using: &rng)
            for j in 0 ..< columns {
                m[i, j] = 50 + 10 * (Double(j % 3) * common + Double.random(in: -1 ... 1, using: &rng))
                if gaps && Double.random(in: 0 ..< 1, using: &rng) < 0.1 { m[i, j] = .nan }
            }
        }
        return m
    }

    @Test("complete data: dsyrk path equals the two-pass r to 1e-13, symmetric, unit diagonal")
    func completeMatchesTwoPass() {
        let x = Self.matrix(rows: 500, columns: 7, gaps: false)
        let r = Correlation.pearson(x)
        for j in 0 ..< 7 {
            #expect(r[j, j] == 1)
            for k in 0 ..< 7 {
                #expect(r[j, k] == r[k, j])
                #expect(abs(r[j, k] - Correlation.twoPass(x.column(j), x.column(k))) < 1e-13)
            }
        }
    }

    @Test("complete data: a constant column (even 0.1 repeated) has no correlation; the others are unchanged")
    func constantColumn() {
        var x = Self.matrix(rows: 20, columns: 3, gaps: false)
        x.setColumn(1, [Double](repeating: 0.1, count: 20))
        let r = Correlation.pearson(x)
        #expect((0 ..< 3).allSatisfy { r[1, $0].isNaN && r[$0, 1].isNaN })
        #expect(abs(r[0, 2] - Correlation.twoPass(x.column(0), x.column(2))) < 1e-13)
    }

    @Test("with gaps: four products equal the two-pass r over each pair's common rows")
    func gapsMatchTwoPass() {
        let x = Self.matrix(rows: 400, columns: 6, gaps: true)
        let r = Correlation.pearson(x)
        let general = Correlation.cross(x, x)
        for j in 0 ..< 6 {
            for k in 0 ..< 6 where j != k {
                #expect(abs(r[j, k] - Correlation.pearson(x.column(j), x.column(k))) < 1e-12)
                #expect(abs(r[j, k] - general[j, k]) < 1e-13)
            }
        }
    }

    @Test("CRITIC on complete data: σ bit-identical to Descriptive, weights equal the gapped path's")
    func criticSinglePass() {
        let x = Self.matrix(rows: 300, columns: 5, gaps: false)
        let fast = CriticWeights.compute(x)!
        for j in 0 ..< 5 { #expect(fast.standardDeviation[j] == Descriptive.standardDeviation(x.column(j))!) }
        // The general path through the pairwise kernel.
        let r = Correlation.cross(x, x)
        let conflict = (0 ..< 5).map { j in (0 ..< 5).reduce(0.0) { $0 + 1 - (j == $1 ? 1 : r[j, $1]) } }
        let information = (0 ..< 5).map { fast.standardDeviation[$0] * conflict[$0] }
        let total = information.reduce(0, +)
        for j in 0 ..< 5 { #expect(abs(fast.weights[j] - information[j] / total) < 1e-13) }
    }
}

import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Aggregation kernels")
struct AggregationKernelTests {
    @Test("power means: harmonic ≤ geometric ≤ arithmetic ≤ quadratic, with the worked example")
    func powerMeans() {
        let x = Matrix(columns: [[1], [4]])
        let m = [-1.0, 0, 1, 2].map { GeneralisedMean.compute(x, weights: [1, 1], power: $0).means[0] }
        #expect(abs(m[0] - 1.6) < 1e-14 && abs(m[1] - 2) < 1e-14 && abs(m[2] - 2.5) < 1e-14 && abs(m[3] - 8.5.squareRoot()) < 1e-14)
        let missing = GeneralisedMean.compute(Matrix(columns: [[2, .nan], [.nan, .nan], [8, 3]]), weights: [1, 5, 1], power: -1)
        #expect(abs(missing.means[0] - 3.2) < 1e-14)        // weights renormalised over the present children
        #expect(missing.means[1] == 3)
        #expect(GeneralisedMean.firstOutsideDomain(Matrix(columns: [[1, 0]]), power: -1)! == (1, 0))
        #expect(GeneralisedMean.firstOutsideDomain(Matrix(columns: [[1, 0]]), power: 0.5) == nil, "zeros are allowed for r > 0")
        #expect(GeneralisedMean.firstOutsideDomain(Matrix(columns: [[1, -1]]), power: 2)! == (1, 0))
    }

    @Test("MPI: the worked example, polarity and a constant child")
    func mpi() {
        #expect(MazziottaPareto.composite([100, 100], weights: [1, 1], penalty: .positive)!.index == 100)
        let r = MazziottaPareto.composite([90, 110], weights: [1, 1], penalty: .positive)!
        #expect(abs(r.index - 99) < 1e-12 && abs(r.standardDeviation - 10) < 1e-12)
        #expect(abs(MazziottaPareto.composite([90, 110], weights: [1, 1], penalty: .negative)!.index - 101) < 1e-12)
        #expect(MazziottaPareto.standardise([3, 3, .nan]).prefix(2) == [100, 100])
        #expect(MazziottaPareto.composite([.nan], weights: [1], penalty: .positive) == nil)
        let z = MazziottaPareto.standardise([1, 2, 3])
        #expect(abs(z[2] - (100 + 10 * 1 / (2.0 / 3).squareRoot())) < 1e-12, "population sd")
        #expect(MazziottaPareto.rescale([0, 10, 4], reference: 5) == [70, 130, 94])
    }

    @Test("TOPSIS (vector normalisation) of d1 raw data reproduces pymcdm, scikit-criteria and numpy to 1e-12",
          .enabled(if: MethodFixtures.sharedAvailable))
    func topsisVector() {
        let (codes, direction, _) = MethodFixtures.meta()
        let (units, raw) = MethodFixtures.matrix(MethodFixtures.asem("d1_imean_imputed.csv"), columns: codes)
        var x = raw
        // A cost criterion under vector normalisation is the benefit criterion of −x (norms and distances are unchanged).
        for j in 0 ..< x.columns where direction[codes[j]]! < 0 { x.setColumn(j, raw.column(j).map { -$0 }) }
        let ours = Topsis.compute(x, weights: [Double](repeating: 1, count: codes.count))
        let ref = Dictionary(uniqueKeysWithValues: MethodFixtures.asem("python/topsis_d1_imputed.csv").records.map { ($0["unit"]!, $0) })
        for (i, u) in units.enumerated() {
            #expect(abs(ours.closeness[i] - Double(ref[u]!["closeness_vector_pymcdm"]!)!) < 1e-12, "\(u)")
            #expect(abs(ours.distanceToIdeal[i] - Double(ref[u]!["d_plus"]!)!) < 1e-12)
        }
    }

    @Test("TOPSIS edge cases: the worked example, all tied, a zero column")
    func topsisEdges() {
        let r = Topsis.compute(Matrix(columns: [[1, 0, 1], [0, 1, 1]]), weights: [1, 1], normalisation: .none)
        #expect(r.closeness.map { ($0 * 1e12).rounded() / 1e12 } == [0.5, 0.5, 1])
        let tied = Topsis.compute(Matrix(columns: [[2, 2]]), weights: [1]).closeness
        #expect(tied.allSatisfy { $0.isNaN })
        let zero = Topsis.compute(Matrix(columns: [[0, 0, 0], [1, 2, 3]]), weights: [1, 1])
        #expect(zero.closeness[2] == 1 && zero.closeness[0] == 0)
    }

    @Test("grey relational grades of d1 min-max match the reference (ρ = 0.5) to 1e-12",
          .enabled(if: MethodFixtures.sharedAvailable))
    func gra() {
        let (codes, direction, _) = MethodFixtures.meta()
        let (units, raw) = MethodFixtures.matrix(MethodFixtures.asem("d1_imean_imputed.csv"), columns: codes)
        let x = MethodFixtures.minMax(raw, directions: codes.map { direction[$0]! }, lo: 0, hi: 100)
        let ours = GreyRelational.grades(x, weights: [Double](repeating: 2, count: codes.count))
        let ref = Dictionary(uniqueKeysWithValues: MethodFixtures.asem("python/gra_d1_imputed.csv").records.map { ($0["unit"]!, Double($0["grade"]!)!) })
        for (i, u) in units.enumerated() { #expect(abs(ours[i] - ref[u]!) < 1e-12, "\(u)") }
    }

    @Test("GRA edge cases: the worked example, a constant column at the reference")
    func graEdges() {
        let g = GreyRelational.grades(Matrix(columns: [[0, 1]]), weights: [1])
        #expect(abs(g[0] - 1.0 / 3) < 1e-15 && g[1] == 1)
        let c = GreyRelational.grades(Matrix(columns: [[0, 1], [5, 5]]), weights: [1, 1])
        #expect(abs(c[0] - (1.0 / 3 + 1) / 2) < 1e-15)
    }

    @Test("Copeland and Borda: the worked example, ties and missing cells")
    func outranking() {
        let x = Matrix(columns: [[3, 2, 1], [1, 2, 3], [1, 2, 3]])
        #expect(Outranking.copeland(x, weights: [1, 1, 1]) == [-1, 0, 1])
        let borda = Outranking.borda(x, weights: [1, 1, 1])
        let expected: [Double] = [1.0 / 3, 0.5, 2.0 / 3]
        #expect(zip(borda, expected).allSatisfy { abs($0 - $1) < 1e-14 })
        #expect(Outranking.copeland(Matrix(columns: [[1, 1]]), weights: [1]) == [0, 0], "a tie is neither a win nor a loss")
        let gaps = Matrix(columns: [[1, .nan, 3], [.nan, 2, .nan]])
        #expect(Outranking.borda(gaps, weights: [1, 1])[1].isNaN, "a column present for one unit only carries no comparison")
    }

    @Test("BoD: each unit gets its most favourable weights; the frontier scores 1")
    func bod() throws {
        let y = Matrix(columns: [[1, 0.5, 0.25], [0.2, 0.5, 0.25]])
        let r = try BenefitOfTheDoubt.compute(evaluated: y, reference: y)
        #expect(abs(r.scores[0] - 1) < 1e-12 && abs(r.scores[1] - 1) < 1e-12)
        #expect(abs(r.scores[2] - 0.5) < 1e-12)       // (0.25, 0.25) is half of the second unit
        for s in r.shares where !s.contains(where: \.isNaN) { #expect(abs(s.reduce(0, +) - 1) < 1e-12) }
        let bounded = try BenefitOfTheDoubt.compute(evaluated: y, reference: y, lowerShare: 0.3, upperShare: 0.7)
        for s in bounded.shares { #expect(s.allSatisfy { $0 >= 0.3 - 1e-9 && $0 <= 0.7 + 1e-9 }) }
        #expect(throws: BenefitOfTheDoubt.Problem.negative(row: 0, column: 0)) {
            try BenefitOfTheDoubt.compute(evaluated: Matrix(columns: [[-1]]), reference: Matrix(columns: [[-1]]))
        }
        let zeros = try BenefitOfTheDoubt.compute(evaluated: Matrix(columns: [[0], [0]]), reference: y)
        #expect(zeros.scores == [0] && zeros.shares[0].allSatisfy(\.isNaN))
    }
}

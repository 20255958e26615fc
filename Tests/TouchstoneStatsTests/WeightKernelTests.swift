import Foundation
import Testing
@testable import TouchstoneStats

/// References: `../shared/data/coinr_asem/reference/python/` (numpy `_direct`, pymcdm 1.4.0,
/// scikit-criteria 0.10 — the `_direct` columns agree with the libraries to the last digit).
@Suite("Weighting kernels")
struct WeightKernelTests {
    static func d1MinMax(lo: Double = 0, hi: Double = 1) -> (codes: [String], x: Matrix) {
        let (codes, direction, _) = MethodFixtures.meta()
        let (_, raw) = MethodFixtures.matrix(MethodFixtures.asem("d1_imean_imputed.csv"), columns: codes)
        return (codes, MethodFixtures.minMax(raw, directions: codes.map { direction[$0]! }, lo: lo, hi: hi))
    }

    @Test("entropy weights of d1 min-max [0,1] (zeros: 0·ln 0 = 0) match the Python reference to 1e-12",
          .enabled(if: MethodFixtures.sharedAvailable))
    func entropyD1() throws {
        let (codes, x) = Self.d1MinMax()
        let ours = try #require(EntropyWeights.compute(x))
        let ref = MethodFixtures.asem("python/entropy_d1_imputed_minmax.csv").records
        for (j, r) in ref.enumerated() {
            #expect(r["indicator"] == codes[j])
            #expect(abs(ours.entropy[j] - Double(r["entropy"]!)!) < 1e-12)
            #expect(abs(ours.weights[j] - Double(r["weight_direct"]!)!) < 1e-12, "\(codes[j])")
        }
    }

    @Test("entropy weights of the 31 complete rows of COINr's [1,100] normalised data match to 1e-12",
          .enabled(if: MethodFixtures.sharedAvailable))
    func entropyComplete() throws {
        let (codes, _, _) = MethodFixtures.meta()
        let (_, all) = MethodFixtures.matrix(MethodFixtures.asem("c_geometric_normalised_scores.csv"), columns: codes)
        let rows = (0 ..< all.rows).filter { i in (0 ..< all.columns).allSatisfy { !all[i, $0].isNaN } }
        #expect(rows.count == 31)
        let x = Matrix(columns: (0 ..< all.columns).map { j in rows.map { all[$0, j] } })
        let ours = try #require(EntropyWeights.compute(x))
        for (j, r) in MethodFixtures.asem("python/entropy_c_normalised_1_100.csv").records.enumerated() {
            #expect(abs(ours.weights[j] - Double(r["weight_skcriteria"]!)!) < 1e-12, "\(codes[j])")
        }
    }

    @Test("entropy edge cases: constant column weight 0, all constant → none, one row → none")
    func entropyEdges() throws {
        let r = try #require(EntropyWeights.compute(Matrix(columns: [[1, 1, 1], [0, 0, 3]])))
        #expect(abs(r.weights[0]) < 1e-15 && abs(r.weights[1] - 1) < 1e-15)
        #expect(abs(r.entropy[1]) < 1e-15)
        #expect(EntropyWeights.compute(Matrix(columns: [[2, 2], [0, 0]])) == nil)
        #expect(EntropyWeights.compute(Matrix(columns: [[2], [1]])) == nil)
    }

    @Test("CRITIC weights of d1 min-max match the Python reference (σ with n−1) to 1e-12",
          .enabled(if: MethodFixtures.sharedAvailable))
    func critic() throws {
        let (codes, x) = Self.d1MinMax()
        let ours = try #require(CriticWeights.compute(x))
        for (j, r) in MethodFixtures.asem("python/critic_d1_imputed.csv").records.enumerated() {
            #expect(r["indicator"] == codes[j])
            #expect(abs(ours.standardDeviation[j] - Double(r["sd_norm"]!)!) < 1e-12)
            #expect(abs(ours.conflict[j] - Double(r["sum_1_minus_r"]!)!) < 1e-10)
            #expect(abs(ours.weights[j] - Double(r["weight_pymcdm"]!)!) < 1e-12, "\(codes[j])")
        }
        // A common scale factor changes nothing: [0,100] gives the same weights.
        let scaled = try #require(CriticWeights.compute(Self.d1MinMax(lo: 0, hi: 100).x))
        #expect(zip(scaled.weights, ours.weights).allSatisfy { abs($0 - $1) < 1e-14 })
    }

    @Test("CRITIC leaves a constant column out with weight 0")
    func criticConstant() throws {
        let r = try #require(CriticWeights.compute(Matrix(columns: [[1, 2, 3, 4], [4, 4, 4, 4], [2, 1, 4, 3]])))
        #expect(r.weights[1] == 0)
        #expect(abs(r.weights[0] + r.weights[2] - 1) < 1e-15)
    }

    @Test("AHP: the consistent 3×3 and Saaty's 4×4 example match weights, λmax, CI and CR to 1e-9",
          .enabled(if: MethodFixtures.sharedAvailable))
    func ahp() throws {
        for name in ["ahp_consistent_3.csv", "ahp_inconsistent_4.csv"] {
            let input = TrendFixtures.shared("examples/\(name)")
            let n = input.rows.count
            var a = Matrix(rows: n, columns: n)
            for i in 0 ..< n { for j in 0 ..< n { a[i, j] = Double(input.rows[i][j + 1])! } }
            let eigen = try AnalyticHierarchy.compute(a)
            let geometric = try AnalyticHierarchy.compute(a, priority: .geometricMean)
            for (i, r) in MethodFixtures.asem("python/\(name)").records.enumerated() {
                #expect(abs(eigen.weights[i] - Double(r["weight_eigen_direct"]!)!) < 1e-9, "\(name) \(r["item"]!)")
                #expect(abs(geometric.weights[i] - Double(r["weight_rowgeomean"]!)!) < 1e-9)
                #expect(abs(eigen.lambdaMax - Double(r["lambda_max"]!)!) < 1e-9)
                #expect(abs(eigen.consistencyIndex - Double(r["CI"]!)!) < 1e-9)
                #expect(abs(eigen.randomIndex - Double(r["RI_saaty"]!)!) < 1e-12)
                #expect(abs(eigen.consistencyRatio - Double(r["CR_saaty"]!)!) < 1e-9)
            }
        }
    }

    @Test("AHP rejects non-reciprocal, non-positive and oversized matrices")
    func ahpProblems() {
        #expect(throws: AnalyticHierarchy.Problem.notReciprocal(row: 1, column: 0)) {
            try AnalyticHierarchy.compute(Matrix(columns: [[1, 2], [2, 1]]))
        }
        #expect(throws: AnalyticHierarchy.Problem.notPositive(row: 0, column: 1)) {
            try AnalyticHierarchy.compute(Matrix(columns: [[1, 1], [0, 1]]))
        }
        #expect(throws: AnalyticHierarchy.Problem.tooLarge(16)) {
            try AnalyticHierarchy.compute(Matrix(rows: 16, columns: 16, repeating: 1))
        }
        let two = try? AnalyticHierarchy.compute(Matrix(columns: [[1, 1.0 / 3], [3, 1]]))
        #expect(two?.consistencyRatio == 0)
        #expect(abs((two?.weights[0] ?? 0) - 0.75) < 1e-12)   // the first child is judged 3 times as important
    }
}

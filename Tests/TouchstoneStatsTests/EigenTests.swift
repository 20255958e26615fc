import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Eigen-decompositions and principal components")
struct EigenTests {
    @Test("dsyevd gives eigenvalues largest first with unit eigenvectors")
    func symmetric() throws {
        let a = Matrix(columns: [[2, 1, 0], [1, 2, 0], [0, 0, 5]])
        let e = try #require(Eigen.symmetric(a))
        #expect(e.values.map { ($0 * 1e12).rounded() / 1e12 } == [5, 3, 1])
        for k in 0 ..< 3 {
            let v = e.vectors.column(k)
            #expect(abs(v.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
            for i in 0 ..< 3 {
                let av = (0 ..< 3).reduce(0.0) { $0 + a[i, $1] * v[$1] }
                #expect(abs(av - e.values[k] * v[i]) < 1e-12)
            }
        }
    }

    @Test("dgeev finds the Perron root of a positive matrix")
    func principal() throws {
        let a = Matrix(columns: [[1, 1.0 / 3, 1.0 / 5], [3, 1, 1.0 / 2], [5, 2, 1]])
        let (value, vector) = try #require(Eigen.principal(a))
        #expect(value > 3 && value < 3.01)
        for i in 0 ..< 3 {
            let av = (0 ..< 3).reduce(0.0) { $0 + a[i, $1] * vector[$1] }
            #expect(abs(av - value * vector[i]) < 1e-12)
        }
    }

    @Test("the loading sign is fixed so that the loadings sum to more than 0")
    func sign() throws {
        let x = Matrix(columns: [[1, 2, 3, 4, 5], [2, 1, 4, 3, 6], [5, 3, 4, 1, 2]])
        let pca = try #require(PrincipalComponents.compute(x))
        for k in 0 ..< 3 { #expect(pca.loadings(component: k).reduce(0, +) > 0) }
        #expect(abs(pca.varianceShares.reduce(0, +) - 1) < 1e-12)
        #expect(PrincipalComponents.compute(Matrix(columns: [[1, 1, 1], [1, 2, 3]])) == nil, "a constant column has no correlation")
    }

    /// COINr get_PCA (prcomp on the correlation matrix) on the d1 coin: loadings of PC1 and PC2 (sign fixed on
    /// both sides), standard deviations and shares of variance of every component.
    @Test("PCA reproduces COINr get_PCA by pillar, by sub-index and over all 49 indicators (1e-9)",
          .enabled(if: MethodFixtures.sharedAvailable))
    func asemPCA() throws {
        for (prefix, table) in [("L1_bygroup", "d1_imean_normalised.csv"), ("L2_bygroup", "d1_imean_scores.csv"), ("L1_all", "d1_imean_normalised.csv")] {
            let data = MethodFixtures.asem(table)
            let loadings = MethodFixtures.asem("e_pca_\(prefix)_loadings.csv")
            let variance = MethodFixtures.asem("e_pca_\(prefix)_variance.csv")
            let groups = Array(NSOrderedSet(array: loadings.rows.map { $0[0] })) as! [String]
            for group in groups {
                let rows = loadings.rows.filter { $0[0] == group }
                let codes = rows.map { $0[1] }
                let (_, x) = MethodFixtures.matrix(data, columns: codes)
                let pca = try #require(PrincipalComponents.compute(x))
                for (k, column) in [(0, 2), (1, 3)] {
                    var theirs = rows.map { Double($0[column])! }
                    if theirs.reduce(0, +) < 0 { theirs = theirs.map { -$0 } }
                    let ours = pca.loadings(component: k)
                    let worst = zip(ours, theirs).map { abs($0 - $1) }.max()!
                    #expect(worst < 1e-9, "\(prefix) \(group) PC\(k + 1): \(worst)")
                }
                let v = variance.rows.filter { $0[0] == group }
                #expect(v.count == codes.count)
                for (k, r) in v.enumerated() {
                    #expect(abs(pca.standardDeviations[k] - Double(r[2])!) < 1e-9, "\(group) sdev PC\(k + 1)")
                    #expect(abs(pca.varianceShares[k] - Double(r[3])!) < 1e-9, "\(group) prop_var PC\(k + 1)")
                }
            }
        }
    }
}

import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Correlation, moments and Cronbach's alpha")
struct CorrelationTests {
    @Test("Pearson through BLAS equals the two-pass formula, pairwise complete")
    func pearsonPairwise() {
        let a: [Double] = [1, 2, 3, 4, .nan, 6, 7]
        let b: [Double] = [2, 1, 4, 3, 5, .nan, 9]
        let c: [Double] = [5, 5, 5, 5, 5, 5, 5]
        let r = Correlation.pearson(Matrix(columns: [a, b, c]))
        #expect(abs(r[0, 1] - Correlation.pearson(a, b)) < 1e-14)
        #expect(abs(r[0, 1] - 0.9204922441828913) < 1e-12)   // numpy on the 5 common rows
        #expect(r[0, 0] == 1 && r[1, 1] == 1)
        #expect(r[0, 2].isNaN && r[2, 2].isNaN, "a constant column has no correlation")
        #expect(r[1, 0] == r[0, 1])
    }

    @Test("fewer than two common rows give no correlation")
    func tooFew() {
        let r = Correlation.pearson(Matrix(columns: [[1, .nan, 3], [.nan, 2, .nan]]))
        #expect(r[0, 1].isNaN)
    }

    @Test("average ranks share ties and keep missing values missing")
    func ranks() {
        let r = Correlation.averageRanks([10, 30, 20, 20, .nan])
        #expect(Array(r.prefix(4)) == [1, 4, 2.5, 2.5])
        #expect(r[4].isNaN)
    }

    @Test("Spearman is invariant to monotone transforms and re-ranks each pair's common rows")
    func spearman() {
        let a: [Double] = [1, 2, 3, 4, 5, 6]
        let b = a.map { exp($0) }
        #expect(abs(Correlation.spearman(a, b) - 1) < 1e-15)
        let x = Matrix(columns: [[1, 2, 3, .nan, 5], [5, 3, 4, 1, 2]])
        let r = Correlation.spearman(x)
        #expect(abs(r[0, 1] - Correlation.spearman([1, 2, 3, 5], [5, 3, 4, 2])) < 1e-15)
    }

    @Test("Pearson and Spearman reproduce COINr get_corr on ASEM (pairwise complete, with NAs) to 1e-9",
          .enabled(if: MethodFixtures.sharedAvailable))
    func asemCorrelations() {
        for base in ["a", "d1"] {
            let scores = MethodFixtures.asem(base == "a" ? "a_default_normalised_scores.csv" : "d1_imean_normalised.csv")
            for kind in ["pearson", "spearman"] {
                let ref = MethodFixtures.asem("f_corr_\(base)_L1_\(kind).csv")
                let codes = Array(ref.header.dropFirst())
                let (_, x) = MethodFixtures.matrix(scores, columns: codes)
                let r = kind == "pearson" ? Correlation.pearson(x) : Correlation.spearman(x)
                var worst = 0.0
                for (i, row) in ref.rows.enumerated() {
                    #expect(row[0] == codes[i])
                    for j in codes.indices { worst = max(worst, abs(r[i, j] - TrendFixtures.number(row[j + 1]))) }
                }
                #expect(worst < 1e-9, "\(base) \(kind): max difference \(worst)")
            }
        }
    }

    @Test("skewness and excess kurtosis are e1071 type 2, as COINr get_stats (49 ASEM indicators, 1e-12)",
          .enabled(if: MethodFixtures.sharedAvailable))
    func asemMoments() {
        let raw = MethodFixtures.asem("asem_raw.csv")
        for r in MethodFixtures.asem("asem_raw_stats.csv").records {
            let x = raw.rows.map { TrendFixtures.number($0[raw.column(r["iCode"]!)]) }
            #expect(TrendFixtures.isClose(Moments.skewness(x)!, Double(r["Skew"]!)!, relative: 1e-12, absolute: 1e-13), "\(r["iCode"]!)")
            #expect(TrendFixtures.isClose(Moments.kurtosis(x)!, Double(r["Kurt"]!)!, relative: 1e-12, absolute: 1e-13), "\(r["iCode"]!)")
        }
    }

    @Test("moments of constant or too-short data are absent")
    func momentEdges() {
        #expect(Moments.skewness([1, 1, 1, 1]) == nil)
        #expect(Moments.kurtosis([1, 2, 3]) == nil)
        #expect(Moments.skewness([1, 2]) == nil)
        #expect(abs(Moments.skewness([1, 2, 3, 10])! - 1.763632614803888) < 1e-12)     // pandas .skew()
        #expect(abs(Moments.kurtosis([1, 2, 3, 10, .nan])! - 3.227999999999999) < 1e-12)  // pandas .kurt()
    }

    @Test("Cronbach's alpha matches COINr get_cronbach per pillar, raw and normalised, bases a and d1 (1e-9)",
          .enabled(if: MethodFixtures.sharedAvailable))
    func asemCronbach() {
        let (codes, _, parent) = MethodFixtures.meta()
        let tables = ["a/Raw": "asem_raw.csv", "a/Normalised": "a_default_normalised_scores.csv",
                      "d1/Raw": "asem_raw.csv", "d1/Normalised": "d1_imean_normalised.csv",
                      "a/Aggregated": "a_default_scores.csv", "d1/Aggregated": "d1_imean_scores.csv"]
        var checked = 0
        for r in MethodFixtures.asem("f_cronbach_alpha.csv").records {
            guard let file = tables["\(r["base"]!)/\(r["dset"]!)"] else { continue }
            let t = MethodFixtures.asem(file)
            let group = r["group"]!
            let members: [String]
            switch group {
            case "Index(all indicators)": members = codes
            case "Index(all pillars)": members = ["Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"]
            case "Index(sub-indices)": members = ["Conn", "Sust"]
            default: members = parent.filter { $0.value == group }.map(\.key).sorted()
            }
            let columns = members.map { m in t.rows.map { TrendFixtures.number($0[t.column(m)]) } }
            let alpha = Moments.cronbachAlpha(columns)!
            #expect(abs(alpha - Double(r["alpha"]!)!) < 1e-9, "\(r["base"]!) \(r["dset"]!) \(group): \(alpha) vs \(r["alpha"]!)")
            checked += 1
        }
        #expect(checked == 42)
    }

    @Test("Cronbach's alpha equals k/(k−1)·(1 − Σvar/var(sum)) on complete data")
    func cronbachTextbook() {
        let cols: [[Double]] = [[1, 2, 3, 4, 5], [2, 2, 4, 5, 4], [1, 3, 3, 5, 5]]
        let sum = (0 ..< 5).map { i in cols.reduce(0) { $0 + $1[i] } }
        let variance = { (x: [Double]) in pow(Descriptive.standardDeviation(x)!, 2) }
        let textbook = 3.0 / 2 * (1 - cols.map(variance).reduce(0, +) / variance(sum))
        #expect(abs(Moments.cronbachAlpha(cols)! - textbook) < 1e-12)
        #expect(Moments.cronbachAlpha([[1, 2, 3]]) == nil)
    }
}

import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/treatment/moments_reference.csv` (committed), written by
/// `moments_reference.py`: `scipy.stats.skew(bias=False)` and `scipy.stats.kurtosis(bias=False)`, SciPy 1.17.1 /
/// NumPy 2.4.6 (versions in `moments_reference_versions.txt`), on the 49 ASEM indicators, seeded random
/// series, ties, missing values, small n and a constant series.
@Suite("Skewness and kurtosis (e1071 type 2)")
struct MomentsTests {
    static let folder = TrendFixtures.packageRoot.appendingPathComponent("Tests/References/treatment")

    @Test("skewness and excess kurtosis match scipy bias=False on 75 series to 1e-12 relative")
    func matchesSciPy() {
        let table = CSVTable(path: Self.folder.appendingPathComponent("moments_reference.csv").path)
        #expect(table.rows.count >= 75)
        for r in table.records {
            let x = TrendFixtures.numbers(r["values"]!)
            let s = TrendFixtures.number(r["skewness"]!), k = TrendFixtures.number(r["kurtosis"]!)
            let name = r["case"]!
            if s.isNaN { #expect(Moments.skewness(x) == nil, "\(name)") } else {
                let ours = Moments.skewness(x)
                #expect(ours.map { TrendFixtures.isClose($0, s, relative: 1e-12, absolute: 1e-13) } == true, "\(name): skewness \(String(describing: ours)) vs \(s)")
            }
            if k.isNaN { #expect(Moments.excessKurtosis(x) == nil, "\(name)") } else {
                let ours = Moments.excessKurtosis(x)
                #expect(ours.map { TrendFixtures.isClose($0, k, relative: 1e-12, absolute: 1e-13) } == true, "\(name): kurtosis \(String(describing: ours)) vs \(k)")
            }
        }
    }

    @Test("a hand example: [1, 2, 3, 10] has G1 = 1.7636…, G2 = 3.228")
    func handExample() throws {
        // mean 4, d = −3 −2 −1 6: Σd² = 50, Σd³ = 180, Σd⁴ = 1394; g1 = 2·180/50^1.5 = 1.01823, G1 = g1·√12/2.
        let g1 = 2 * 180 / pow(50, 1.5), g2 = 4 * 1394 / 2500.0
        #expect(abs(try #require(Moments.skewness([1, 2, 3, 10])) - g1 * 12.0.squareRoot() / 2) < 1e-14)
        #expect(abs(try #require(Moments.excessKurtosis([1, 2, 3, 10])) - (5 * (g2 - 3) + 6) * 3 / 2) < 1e-12)
    }

    @Test("edge cases: too few values, constant, all missing and missing values skipped")
    func edgeCases() {
        #expect(Moments.skewness([]) == nil)
        #expect(Moments.skewness([1, 2]) == nil)
        #expect(Moments.skewness([1, 2, 4]) != nil)
        #expect(Moments.excessKurtosis([1, 2, 4]) == nil)
        #expect(Moments.skewness([3, 3, 3, 3]) == nil)
        #expect(Moments.excessKurtosis([3, 3, 3, 3]) == nil)
        #expect(Moments.skewness([.nan, .nan, .nan]) == nil)
        #expect(Moments.skewness([1, .nan, 2, 10]) == Moments.skewness([1, 2, 10]))
        // Symmetric data have no skew; a shift changes nothing.
        #expect(abs(Moments.skewness([1, 2, 3, 4, 5])!) < 1e-15)
        #expect(abs(Moments.skewness([1, 2, 3, 10])! - Moments.skewness([1e6 + 1, 1e6 + 2, 1e6 + 3, 1e6 + 10])!) < 1e-9)
    }

    @Test("Cronbach's alpha of two identical items is 1 and of independent-looking items follows k/(k−1)(1 − Σvar/var(sum))")
    func cronbach() throws {
        #expect(abs(try #require(Moments.cronbachAlpha([[1, 2, 3, 4], [1, 2, 3, 4]])) - 1) < 1e-12)
        // Items [1, 2, 3, 2] and [2, 1, 3, 1]: variances 2/3 and 11/12, covariance 1/3 (sample, n − 1)
        // → α = 2·(1 − (2/3 + 11/12)/(2/3 + 11/12 + 2/3)) = 0.5926.
        let alpha = try #require(Moments.cronbachAlpha([[1, 2, 3, 2], [2, 1, 3, 1]]))
        #expect(abs(Moments.covariance([1, 2, 3, 2], [2, 1, 3, 1]) - 1.0 / 3) < 1e-15)
        #expect(abs(alpha - 2 * (1 - (2.0 / 3 + 11.0 / 12) / (2.0 / 3 + 11.0 / 12 + 2.0 / 3))) < 1e-12)
        #expect(Moments.cronbachAlpha([[1, 2, 3]]) == nil)
    }
}

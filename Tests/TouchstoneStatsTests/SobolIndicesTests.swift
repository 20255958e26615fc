import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Sobol indices (Saltelli design, Jansen estimators)")
struct SobolIndicesTests {
    /// Ishigami function, a = 7, b = 0.1, inputs uniform on [−π, π]. Analytic indices (Ishigami & Homma 1990;
    /// Saltelli et al. 2008, *Global Sensitivity Analysis: The Primer*, §4.8):
    /// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; V1 = ½(1 + bπ⁴/5)²; V2 = a²/8; V3 = 0; VT3 = 8b²π⁸/225; VT1 = V1 + VT3.
    static func ishigami(_ u: [Double]) -> Double {
        let x = u.map { -Double.pi + 2 * Double.pi * $0 }
        return sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0])
    }

    static let analytic: (first: [Double], total: [Double]) = {
        let a = 7.0, b = 0.1, pi4 = pow(Double.pi, 4), pi8 = pow(Double.pi, 8)
        let v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
        let v1 = 0.5 * pow(1 + b * pi4 / 5, 2), v2 = a * a / 8, vt3 = 8 * b * b * pi8 / 225
        return ([v1 / v, v2 / v, 0], [(v1 + vt3) / v, v2 / v, vt3 / v])
    }()

    @Test("Ishigami: estimates within 0.03 of the analytic indices at N = 20,000, and intervals cover them")
    func ishigami() {
        let n = 20_000
        let d = SobolIndices.design(n: n, k: 3, seed: 42)
        let s = SobolIndices(fA: d.a.map(Self.ishigami), fB: d.b.map(Self.ishigami), fAB: d.ab.map { $0.map(Self.ishigami) }, bootstrap: 200, seed: 7)
        for i in 0 ..< 3 {
            #expect(abs(s.firstOrder[i].value - Self.analytic.first[i]) < 0.03, "S\(i + 1) = \(s.firstOrder[i].value), analytic \(Self.analytic.first[i])")
            #expect(abs(s.total[i].value - Self.analytic.total[i]) < 0.03, "ST\(i + 1) = \(s.total[i].value), analytic \(Self.analytic.total[i])")
            #expect(s.total[i].low - 0.02 <= Self.analytic.total[i] && Self.analytic.total[i] <= s.total[i].high + 0.02)
        }
        #expect(abs(Self.analytic.first[0] - 0.3139) < 1e-4 && abs(Self.analytic.total[2] - 0.2437) < 1e-4)
    }

    @Test("same seed, same numbers; a constant output gives missing indices, not a division by zero")
    func determinismAndEdges() {
        let d = SobolIndices.design(n: 100, k: 2, seed: 3)
        let f = { (u: [Double]) in u[0] + 2 * u[1] }
        let a = SobolIndices(fA: d.a.map(f), fB: d.b.map(f), fAB: d.ab.map { $0.map(f) }, bootstrap: 20, seed: 9)
        let b = SobolIndices(fA: d.a.map(f), fB: d.b.map(f), fAB: d.ab.map { $0.map(f) }, bootstrap: 20, seed: 9)
        #expect(a.firstOrder == b.firstOrder && a.total == b.total)
        let c = SobolIndices(fA: [1, 1, 1], fB: [1, 1, 1], fAB: [[1, 1, 1]], bootstrap: 5)
        #expect(c.firstOrder[0].value.isNaN && c.total[0].value.isNaN)
    }

    @Test("the generator is reproducible and uniform on [0, 1)")
    func generator() {
        var g = SeededGenerator(seed: 2026), h = SeededGenerator(seed: 2026)
        let xs = (0 ..< 10_000).map { _ in g.uniform() }
        #expect(xs == (0 ..< 10_000).map { _ in h.uniform() })
        #expect(xs.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(xs.reduce(0, +) / 10_000 - 0.5) < 0.01)
        var n = SeededGenerator(seed: 5)
        let zs = (0 ..< 20_000).map { _ in n.normal() }
        #expect(abs(zs.reduce(0, +) / 20_000) < 0.03)
        #expect(abs(zs.map { $0 * $0 }.reduce(0, +) / 20_000 - 1) < 0.03)
    }
}

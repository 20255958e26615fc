import Foundation
import Testing
@testable import TouchstoneStats

/// The COINr outlier rule (`Treat()` defaults). The full reference — which ASEM points COINr 1.1.14 winsorised,
/// with skew and kurtosis before and after — is checked in TouchstoneCoreTests (`TreatmentReferenceTests`).
@Suite("Outlier rule (COINr winsorisation and log_CT)")
struct OutlierRuleTests {
    @Test("a column that passes the check is left alone")
    func passes() {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let o = OutlierRule.treat(x)
        #expect(o.values == x)
        #expect(o.before.pass)
        #expect(o.winsorised == 0 && o.afterWinsorising == nil && o.changes.isEmpty)
    }

    @Test("one high outlier is winsorised to the next-highest value (winhi)")
    func oneHigh() {
        // 1…10, 30, 100: G1 = 3.06, G2 = 9.74 fail; 100 → 30 gives G1 = 1.71 < 2: passes.
        let x: [Double] = Array(1 ... 10).map(Double.init) + [30, 100]
        let o = OutlierRule.treat(x)
        #expect(!o.before.pass)
        #expect(o.winsorised == 1)
        #expect(o.values.last == 30)
        #expect(o.changes == [11: .winsorisedHigh])
        #expect(o.afterWinsorising?.pass == true)
        #expect(abs(o.afterWinsorising!.skewness! - Moments.skewness(Array(x.dropLast()) + [30])!) < 1e-15)
    }

    @Test("tied extremes move together and count as several points; low outliers are winsorised at the low end")
    func tiesAndLow() {
        // Mirror image with a tie at the minimum: both −100s move to −10 in one step (2 points, winlo).
        let x: [Double] = [-100, -100] + Array(1 ... 20).map { -Double($0) }
        let o = OutlierRule.treat(x)
        #expect(o.winsorised == 2)
        #expect(o.changes == [0: .winsorisedLow, 1: .winsorisedLow])
        #expect(o.values[0] == -20 && o.values[1] == -20)
    }

    @Test("winsorisation stops at winmax and falls back to log_CT on the original column")
    func logFallback() {
        // Thirty 1s and 2, 3, 100, 200, 300 (G1 = 3.87, G2 = 15.0). winmax 2: 300 → 200 (1 point), then both 200s
        // → 100 (2 points; G1 = 3.09, G2 = 8.03 still fail) → log_CT(x) = ln(x − min + 0.01·(max − min)).
        let x: [Double] = Array(repeating: 1, count: 30) + [2, 3, 100, 200, 300]
        let o = OutlierRule.treat(x, .init(winmax: 2))
        #expect(o.winsorised == 2)
        #expect(o.afterWinsorising?.pass == false)
        #expect(o.logApplied)
        let a = 0.01 * (300 - 1)
        for (v, t) in zip(x, o.values) { #expect(abs(t - log(v - 1 + a)) < 1e-12) }
        #expect(o.changes.count == x.count && o.changes.values.allSatisfy { $0 == .logCT })
        #expect(o.afterLog != nil)
        // Without the fallback the winsorised column is kept.
        let kept = OutlierRule.treat(x, .init(winmax: 2, logFallback: false))
        #expect(!kept.logApplied && kept.values[33] == 100 && kept.values[34] == 100)
        #expect(kept.changes == [33: .winsorisedHigh, 34: .winsorisedHigh])
    }

    @Test("missing values are skipped and stay missing; fewer than 4 values or a constant column are undefined")
    func edgeCases() {
        let x: [Double] = Array(1 ... 10).map(Double.init) + [.nan, 30, 100]
        let o = OutlierRule.treat(x)
        #expect(o.values[10].isNaN && o.values[12] == 30)
        #expect(OutlierRule.treat([1, 2, 100]).undefined)
        #expect(OutlierRule.treat([5, 5, 5, 5, 5]).undefined)
        #expect(OutlierRule.treat([]).undefined)
        #expect(OutlierRule.logCT([.nan, 1, 3]).first!.isNaN)
    }
}

import Testing
@testable import TouchstoneCharts

/// Expected values follow d3-array 3.2's documented `ticks`, `tickIncrement` and `tickStep`
/// (README, https://github.com/d3/d3-array#ticks and https://d3js.org/d3-array/ticks):
///   d3.ticks(1, 9, 5) → [2, 4, 6, 8];  d3.ticks(1, 9, 20) → [1, 1.5, …, 9];
///   d3.tickIncrement(1, 9, 5) → 2;  d3.tickIncrement(1, 9, 20) → -2;  d3.tickStep(1, 9, 5) → 2.
/// The others are worked by hand through the documented algorithm (step = span/count moved to 1, 2, 5 × 10^k
/// by the √2, √10, √50 thresholds; ticks as i / inc for sub-unit steps), e.g. ticks(-0.5, 2.4, 5):
/// step 0.58 → power −1, error 5.8 ∈ [√10, √50) → factor 5 → increment −2 (step 0.5), i from −1 to 4.
@Suite("d3 tick algorithm")
struct TicksTests {
    @Test("ticks(0, 1, 10) are the tenths, exactly as decimal literals")
    func tenths() {
        #expect(Ticks.ticks(0, 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test("ticks(0, 10, 5) step by 2")
    func twos() {
        #expect(Ticks.ticks(0, 10, count: 5) == [0, 2, 4, 6, 8, 10])
    }

    @Test("d3-array README examples: ticks(1, 9, 5) and ticks(1, 9, 20)")
    func readmeExamples() {
        #expect(Ticks.ticks(1, 9, count: 5) == [2, 4, 6, 8])
        #expect(Ticks.ticks(1, 9, count: 20) == [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9])
        #expect(Ticks.tickIncrement(1, 9, count: 5) == 2)
        #expect(Ticks.tickIncrement(1, 9, count: 20) == -2)
        #expect(Ticks.tickStep(1, 9, count: 5) == 2)
        #expect(Ticks.tickStep(9, 1, count: 5) == -2)
    }

    @Test("ticks(-0.5, 2.4, 5) step by a half and stay inside the interval")
    func negativeStart() {
        #expect(Ticks.ticks(-0.5, 2.4, count: 5) == [-0.5, 0, 0.5, 1, 1.5, 2])
    }

    @Test("a reversed interval gives the same ticks in reverse order")
    func reversed() {
        #expect(Ticks.ticks(10, 0, count: 5) == [10, 8, 6, 4, 2, 0])
        #expect(Ticks.ticks(1, 0, count: 10) == Ticks.ticks(0, 1, count: 10).reversed())
    }

    @Test("large and small spans use 1-2-5 multiples of powers of ten")
    func scales() {
        #expect(Ticks.ticks(0, 1000, count: 5) == [0, 200, 400, 600, 800, 1000])
        #expect(Ticks.ticks(0, 0.05, count: 5) == [0, 0.01, 0.02, 0.03, 0.04, 0.05])
        #expect(Ticks.ticks(-7, 7, count: 5) == [-6, -4, -2, 0, 2, 4, 6])
        #expect(Ticks.tickStep(0, 100, count: 10) == 10)
        #expect(Ticks.tickStep(0, 90, count: 10) == 10)   // 9 < √50·1 → factor 10
        #expect(Ticks.tickStep(0, 30, count: 10) == 2)    // 3 ∈ [√2, √10) → factor 2
        #expect(Ticks.tickStep(0, 40, count: 10) == 5)    // 4 ∈ [√10, √50) → factor 5
    }

    @Test("edge cases: equal ends, zero count, non-finite ends")
    func edgeCases() {
        #expect(Ticks.ticks(3, 3, count: 5) == [3])
        #expect(Ticks.ticks(0, 1, count: 0) == [])
        #expect(Ticks.ticks(0, .nan, count: 5) == [])
        #expect(Ticks.ticks(0, .infinity, count: 5) == [])
    }

    @Test("decimals for a step follow d3-format precisionFixed")
    func decimals() {
        #expect(Ticks.decimals(forStep: 1) == 0)
        #expect(Ticks.decimals(forStep: 20) == 0)
        #expect(Ticks.decimals(forStep: 0.5) == 1)
        #expect(Ticks.decimals(forStep: 0.25) == 2)
        #expect(Ticks.decimals(forStep: 0.001) == 3)
    }
}

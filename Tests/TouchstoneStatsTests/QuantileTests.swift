import Testing
@testable import TouchstoneStats

@Suite("Quantiles and robust spread")
struct QuantileTests {
    // R 4.x: x <- c(1, 2, 3, 4, 10, NA)
    //   quantile(x, c(0, .25, .5, .75, 1), type = 7, na.rm = TRUE) → 1 2 3 4 10
    //   quantile(c(7, 1, 3, 5), .9) → 6.4 ;  mad(x, na.rm = TRUE) → 1.4826
    // numpy 2.4: np.quantile([1, 3, 5, 7], 0.9) = 6.4 (method="linear", same as type 7)
    @Test("type 7 quantiles match R and numpy")
    func type7() {
        let x: [Double] = [1, 2, 3, 4, 10, .nan]
        #expect(Quantile.type7(x, 0) == 1)
        #expect(Quantile.type7(x, 0.25) == 2)
        #expect(Quantile.type7(x, 0.5) == 3)
        #expect(Quantile.type7(x, 0.75) == 4)
        #expect(Quantile.type7(x, 1) == 10)
        #expect(abs(Quantile.type7([7, 1, 3, 5], 0.9)! - 6.4) < 1e-12)
        #expect(Quantile.type7([], 0.5) == nil)
        #expect(Quantile.type7([4], 0.3) == 4)
    }

    @Test("MAD is scaled by 1.4826 as R's mad()")
    func mad() {
        #expect(abs(Quantile.mad([1, 2, 3, 4, 10, .nan])! - 1.4826) < 1e-12)
        #expect(Quantile.mad([5, 5, 5]) == 0)
        #expect(Quantile.mad([]) == nil)
    }

    @Test("percentile rank counts half the ties, so the middle of an odd group is 50")
    func percentileRank() {
        #expect(Quantile.percentileRank(3, among: [1, 2, 3, 4, 5]) == 50)
        #expect(Quantile.percentileRank(5, among: [1, 2, 3, 4, 5]) == 90)
        #expect(Quantile.percentileRank(2, among: [2, 2, 1, 3]) == 50)
        #expect(Quantile.percentileRank(.nan, among: [1]) == nil)
    }
}

import Testing
@testable import TouchstoneStats

@Suite("Descriptive statistics")
struct DescriptiveTests {
    // R: x <- c(2, 4, 4, 4, 5, 5, 7, 9); mean(x) = 5; sd(x) = 2.138089935299395; median = 4.5
    @Test("mean, sample sd and median match R")
    func matchesR() {
        let x: [Double] = [2, 4, 4, 4, 5, 5, 7, 9, .nan]
        #expect(Descriptive.mean(x) == 5)
        #expect(abs(Descriptive.standardDeviation(x)! - 2.138089935299395) < 1e-15)
        #expect(Descriptive.median(x) == 4.5)
        #expect(Descriptive.minimum(x) == 2)
        #expect(Descriptive.maximum(x) == 9)
    }

    @Test("empty and single inputs give nil where R gives NA")
    func edgeCases() {
        #expect(Descriptive.mean([]) == nil)
        #expect(Descriptive.mean([.nan]) == nil)
        #expect(Descriptive.standardDeviation([3]) == nil)
        #expect(Descriptive.median([]) == nil)
        #expect(Descriptive.median([1, 3, 2]) == 2)
    }

    @Test("compensated mean is exact where naive summation loses the small terms")
    func compensated() {
        let x = [1e16, 1, 1, -1e16]
        #expect(Descriptive.mean(x) == 0.5)
    }
}

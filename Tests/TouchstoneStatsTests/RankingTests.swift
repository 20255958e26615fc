import Testing
@testable import TouchstoneStats

@Suite("Competition ranks")
struct RankingTests {
    // Expected values: R 4.x, rank(-c(70, 85, 85, 60, NA), ties.method = "min", na.last = "keep") → 3 1 1 4 NA
    @Test("ties share the best rank and the next rank skips (1, 2, 2, 4), missing stays unranked")
    func tiesAndMissing() {
        #expect(Ranking.competitionRanks([70, 85, 85, 60, .nan]) == [3, 1, 1, 4, nil])
    }

    @Test("lower-is-better ranks the smallest first")
    func lowerIsBetter() {
        #expect(Ranking.competitionRanks([3, 1, 2, 1], higherIsBetter: false) == [4, 1, 3, 1])
    }

    @Test("empty, single and all-missing inputs")
    func edgeCases() {
        #expect(Ranking.competitionRanks([]) == [])
        #expect(Ranking.competitionRanks([5]) == [1])
        #expect(Ranking.competitionRanks([.nan, .nan]) == [nil, nil])
        #expect(Ranking.competitionRanks([2, 2, 2]) == [1, 1, 1])
    }
}

import TouchstoneStats

/// Several raters' scores of one unit, year and indicator (long layout with `data.rater_column`), gathered
/// while reading and combined into the cell's value with the indicator's `raters:` method (`RaterScores`).
struct RaterCells {
    struct Score { var rater: String; var value: Double; var line: Int }
    /// Scores by `slot · indicatorCount + indicator`.
    private(set) var cells: [Int: [Score]] = [:]

    /// Adds one rater's score; the same rater twice for a cell is a problem.
    mutating func add(slot: Int, indicator j: Int, indicatorCount: Int, score: Score, location: SourceLocation, unit: String, year: Int,
                      indicatorId: String, problems: inout ProblemCollector) {
        let key = slot * indicatorCount + j
        if let first = cells[key]?.first(where: { $0.rater == score.rater }) {
            problems.append(InputProblem(location, .table(.raterScoredTwice(
                rater: score.rater, unit: unit, year: year, indicator: indicatorId, firstLine: first.line))))
            return
        }
        cells[key, default: []].append(score)
    }

    /// Combines every cell's scores into the observation table (with the line of the first score).
    func combine(into obs: inout ObservationTable, methods: [RaterScores.Method?], file: String, ids: [String], problems: inout ProblemCollector) {
        for (key, scores) in cells.sorted(by: { $0.key < $1.key }) {
            let (slot, j) = key.quotientAndRemainder(dividingBy: obs.indicatorCount)
            let value = RaterScores.combine(scores.map(\.value), method: methods[j] ?? .mean)
            obs.set(slot: slot, indicator: j, value: value, line: scores[0].line, column: 0, file: file, indicatorId: ids[j], problems: &problems)
        }
    }

    /// The raters' scores of one indicator as a table over the panel rows (`rowOfSlot`).
    func table(indicator j: Int, indicatorCount: Int, method: RaterScores.Method, rowOfSlot: [Int: Int], rows: Int) -> RaterTable? {
        let mine = cells.filter { $0.key % indicatorCount == j }
        guard !mine.isEmpty else { return nil }
        let raters = Set(mine.values.flatMap { $0.map(\.rater) }).sorted()
        let column = Dictionary(uniqueKeysWithValues: raters.enumerated().map { ($1, $0) })
        var scores = [Double](repeating: .nan, count: rows * raters.count)
        for (key, list) in mine {
            guard let row = rowOfSlot[key / indicatorCount] else { continue }
            for s in list { scores[row * raters.count + column[s.rater]!] = s.value }
        }
        return RaterTable(method: method, raters: raters, scores: scores)
    }
}

/// The raters' scores of one indicator, kept beside the panel for agreement statistics (`diagnose`).
public struct RaterTable: Sendable {
    public var method: RaterScores.Method
    /// Rater names, sorted.
    public var raters: [String]
    /// Row-major `panel rows × raters`; `NaN` where a rater did not score the unit-year.
    public var scores: [Double]

    public func scores(row: Int) -> ArraySlice<Double> { scores[row * raters.count ..< (row + 1) * raters.count] }
}

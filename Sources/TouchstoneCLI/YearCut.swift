import TouchstoneCore

/// An assessment as it was published in an earlier year: the project run on the data up to that year
/// (`data.years` narrowed to end there), so that a pooled scaling does not see the later years. The years
/// cut off are not reported as excluded. For the latest year (or none given) the project runs as it is.
enum YearCut {
    static func run(_ project: Project, upTo year: Int?) throws -> (result: IndexResult, year: Int) {
        let full = try IndexPipeline(project: project).run(checkingYear: year)
        let last = full.panel.years.last!
        let y = year ?? last
        guard y < last else { return (full, y) }
        var cut = project
        cut.data.years = (project.data.years?.lowerBound ?? Int.min) ... y
        var result = try IndexPipeline(project: cut).run()
        result.panel.exclusions.removeAll { e in
            if case .yearWindow = e.rule, let ey = e.year, ey > y { return true }
            return false
        }
        return (result, y)
    }

    /// The snapshot of the assessment of `year` on the data up to it.
    static func snapshot(_ project: Project, upTo year: Int?) throws -> (snapshot: AssessmentSnapshot, result: IndexResult, engine: FlagEngine, assessments: [UnitAssessment], coverage: AssessmentCoverage) {
        let (result, y) = try run(project, upTo: year)
        try result.requireUnitsToCompare(year: y)
        let engine = FlagEngine(result: result, year: y)
        let assessments = engine.assess()
        let coverage = AssessmentCoverage(result: result, year: y)
        let snapshot = AssessmentSnapshot(engine: engine, assessments: assessments, coverage: coverage,
                                          fingerprints: .of(project, tool: TouchstoneVersion.current))
        return (snapshot, result, engine, assessments, coverage)
    }
}

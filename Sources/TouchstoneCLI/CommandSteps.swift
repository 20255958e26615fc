import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneText
import TouchstoneReports

// Steps several commands share: loading the project and result for one year, choosing the peer-group column,
// and writing text tables in the chosen format (atomically to a file, or to standard output).

func loadForYear(_ path: String, _ year: Int?) throws -> (Project, IndexResult, Int) {
    let read = try ProtectedInputs.readProject(path)
    // peers and compare read `direction: lower` (PeerPosition); the others judge the reversed index.
    let command = CommandLine.arguments.dropFirst().first ?? ""
    let project = command == "peers" || command == "compare" ? read : DirectionGuard.judged(read)
    let result = try IndexPipeline(project: project).run(checkingYear: year)
    return (project, result, year ?? result.panel.years.last!)
}

func groupColumn(_ requested: String?, project: Project) throws -> String? {
    if let requested {
        guard project.units.groupColumns.contains(requested) else {
            throw InputProblem(SourceLocation(file: project.file), .project(.notAPeerGroupColumn(column: requested, choices: project.units.groupColumns)))
        }
        return requested
    }
    return project.trends.peerGroup ?? project.units.groupColumns.first
}

/// Writes the tables; with `coverage` (the result, the year and the language), the units not assessed that
/// year and the exclusions are named under a table or Markdown output (`CoverageNotes`).
func emit(_ tables: [TextTable], format: OutputFormat, output: String?, coverage: (IndexResult, Int, String)? = nil) throws {
    var text: String
    switch format {
    case .table: text = tables.map { $0.terminal() }.joined(separator: "\n")
    case .markdown: text = tables.map { $0.markdown() }.joined(separator: "\n")
    case .csv:
        guard tables.count == 1 else { throw ValidationError("CSV holds one table; use --format table or markdown here") }
        text = tables[0].csv()
    case .json: throw ValidationError("JSON is not available here; use --format table, markdown or csv")
    case .xlsx:
        guard let output else { throw ValidationError("--format xlsx writes an Excel workbook: add --output FILE.xlsx.") }
        return try WorkbookOutput.write(WorkbookOutput.sheets(tables), to: output)
    }
    if let (result, year, language) = coverage {
        text = CoverageNotes.appended(to: text, result: result, year: year, language: language, format: format)
    }
    if let output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
}

import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput

/// `touchstone init [--from FILE]`: surveys a CSV or Excel table (`TableSurvey`) and writes a commented
/// `touchstone.yaml` (`ProjectDraft`) that validates as it is; the next steps go to stderr.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project from a table: guess its layout, unit and year columns, indicators and ratings, and write touchstone.yaml.",
        discussion: """
            Without --from, the folder's only .csv or .xlsx file is used. The project file is written beside the \
            data (or to --output) and is never overwritten unless --force is given.
            """
    )

    @Option(help: "The data table: a CSV file or an .xlsx workbook.")
    var from: String?

    @Option(help: "The sheet of an .xlsx workbook (default: the first).")
    var sheet: String?

    @Option(help: "Where to write the project file (default: touchstone.yaml beside the data).")
    var output: String?

    @Flag(help: "Replace an existing project file.")
    var force = false

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        try reportingProblems {
            let dataPath = try from ?? Self.onlyTable(in: ".")
            let target = output ?? ((dataPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("touchstone.yaml")
            if !force && FileManager.default.fileExists(atPath: target) {
                throw InputProblem(SourceLocation(file: target), .project(.projectFileExists))
            }
            let table = XLSXReader.isWorkbook(dataPath) ? try XLSXReader.read(path: dataPath, sheet: sheet) : try CSVReader.read(path: dataPath)
            let survey = TableSurvey.guess(table)
            let title = ((dataPath as NSString).lastPathComponent as NSString).deletingPathExtension
            let draft = ProjectDraft(survey: survey, dataFile: Self.relative(dataPath, from: target), sheet: table.sheet, title: title,
                                     fallbackYear: Self.yearInName(title) ?? Calendar(identifier: .gregorian).component(.year, from: Date()))
            try AtomicOutput.write(draft.yaml(), to: target)
            let ratings = survey.ratings.map { "\($0.column) (\($0.levels.joined(separator: " > ")))" }
            Console.note(Words(ProblemLanguage.current()).initWrote(
                target, layout: survey.layout.rawValue, unitColumn: survey.unitColumn, units: survey.unitCount, yearColumn: survey.yearColumn,
                numeric: survey.numeric.count, ratings: ratings, project: Self.projectArgument(target)))
        }
    }

    /// A year 1900–2100 written in the file name (`report-2021` → 2021), the last one when there are several.
    static func yearInName(_ name: String) -> Int? {
        let digits = name.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1900 ... 2100).contains($0) }
        return digits.last
    }

    static func projectArgument(_ target: String) -> String {
        (target as NSString).lastPathComponent == "touchstone.yaml" ? ((target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent) : target
    }

    /// The path of `file` as seen from the folder of `projectFile`.
    static func relative(_ file: String, from projectFile: String) -> String {
        let base = URL(fileURLWithPath: (projectFile as NSString).deletingLastPathComponent.isEmpty ? "." : (projectFile as NSString).deletingLastPathComponent).standardizedFileURL.pathComponents
        let target = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        var k = 0
        while k < base.count && k < target.count && base[k] == target[k] { k += 1 }
        return (Array(repeating: "..", count: base.count - k) + target[k...]).joined(separator: "/")
    }

    static func onlyTable(in folder: String) throws -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let tables = names.filter { ["csv", "xlsx"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        guard tables.count == 1 else {
            throw InputProblem(SourceLocation(file: folder), .project(.notOneTableInFolder(tables: tables)))
        }
        return (folder as NSString).appendingPathComponent(tables[0])
    }
}

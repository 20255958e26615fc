import TouchstoneCore
import TouchstoneOutput

/// The yearly report of a project as files: `report.html` (print-ready, self-contained), `report.md` with
/// its SVG charts, `briefs/UNIT.html` (one printable page per unit) and `report.ipynb` (a Jupyter
/// notebook). The same input gives the same bytes: nothing depends on the clock, the machine or the order of
/// dictionary keys.
///
/// ```swift
/// let report = try Report(result: result, settings: ReportSettings(language: "zh", projectPath: "../datasets/branches"))
/// for file in report.files(.all) { … write file.contents to DIR/file.path … }
/// ```
public struct Report {
    /// What to write.
    public struct Formats: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `report.html`.
        public static let html = Formats(rawValue: 1)
        /// `briefs/UNIT.html`.
        public static let briefs = Formats(rawValue: 2)
        /// `report.md` and its SVG files.
        public static let markdown = Formats(rawValue: 4)
        /// `report.ipynb`.
        public static let notebook = Formats(rawValue: 8)
        public static let all: Formats = [.html, .briefs, .markdown, .notebook]
    }

    /// One file of the report: a path relative to the report folder, its text, and the format it belongs to.
    public struct File: Sendable, Equatable {
        public var path: String
        public var contents: String
        public var format: String
    }

    let context: ReportContext

    /// - Throws: `InputProblem` when `settings.year` is not a year of the data.
    public init(result: IndexResult, settings: ReportSettings) throws {
        context = try ReportContext(result: result, settings: settings)
    }

    /// The year reported on.
    public var year: Int { context.year }

    func document() -> ReportDocument { ReportBuilder(c: context).document() }

    public func files(_ formats: Formats) -> [File] {
        var out: [File] = []
        let needsDocument = !formats.intersection([.html, .markdown, .notebook]).isEmpty
        let doc = needsDocument ? document() : ReportDocument(title: "", language: context.language)
        if formats.contains(.html) {
            out.append(File(path: "report.html", contents: HTMLRenderer(kind: .report, linkBriefs: formats.contains(.briefs)).render(doc), format: "html"))
        }
        if formats.contains(.briefs) {
            let builder = BriefBuilder(c: context)
            let renderer = HTMLRenderer(kind: .brief, linkBriefs: false)
            for u in context.result.panel.units.indices where context.shows(u) {
                out.append(File(path: "briefs/\(context.slugs[u]).html", contents: renderer.render(builder.document(unit: u)), format: "briefs"))
            }
        }
        if context.focus != nil, formats.contains(.html) || formats.contains(.markdown) {
            // A large report shows a focus; every unit's row is here.
            var selection = IndexSelection()
            selection.years = .year(context.year)
            selection.maxDepth = 1
            selection.language = context.language
            if let csv = try? IndexReport(result: context.result, selection: selection).csv() {
                out.append(File(path: "index.csv", contents: csv, format: "html"))
            }
        }
        if formats.contains(.markdown) {
            out.append(File(path: "report.md", contents: MarkdownRenderer().render(doc), format: "markdown"))
            for figure in Self.figures(doc) {
                out.append(File(path: figure.name + ".svg", contents: figure.svg, format: "markdown"))
            }
        }
        if formats.contains(.notebook) {
            var renderer = NotebookRenderer()
            renderer.intro = MarkdownRenderer().inline(context.words.notebookIntro(context.settings.projectPath))
            renderer.metadata = [("touchstone", .object([
                ("version", .string(context.settings.version)), ("project_fingerprint", .string(context.result.project.fingerprint)),
                ("year", .int(context.year)), ("locale", .string(context.language)),
            ]))]
            out.append(File(path: "report.ipynb", contents: renderer.render(doc), format: "ipynb"))
        }
        return out
    }

    /// The chapters (level-2 headings with an anchor) in reading order, for finding their printed pages.
    public var chapters: [PrintedPages.Heading] {
        document().blocks.flatMap { b -> [PrintedPages.Heading] in
            var out: [PrintedPages.Heading] = []
            func visit(_ b: ReportBlock) {
                switch b {
                case let .heading(2, text, anchor?, _): out.append(PrintedPages.Heading(anchor: anchor, text: text))
                case .keep(let inner): inner.forEach(visit)
                default: break
                }
            }
            visit(b)
            return out
        }
    }

    static func figures(_ doc: ReportDocument) -> [ReportFigure] {
        doc.flatBlocks.flatMap { b -> [ReportFigure] in
            switch b {
            case .figure(let f): return [f]
            case let .figurePair(a, b): return [a, b]
            default: return []
            }
        }
    }

    /// Notes and warnings of the computation (for the command line to show).
    public var diagnostics: [Diagnostic] { context.result.diagnostics + context.trends.diagnostics }
}

import Foundation
import Testing

@Suite("--format markdown never lets a name become HTML or break the table")
struct MarkdownSafetyTests {
    /// Unit names an attacker (or an unlucky spreadsheet) could put in the unit table.
    static let units = "unit,name,members\nu1,<script>alert(1)</script>,12\nu2,<!-- hidden,20\nu3,a|b,8\nu4,**bold** [x](y),15\n"

    @Test("index, trend, peers, compare and diagnose escape <script>, <!-- and | in names", arguments: [
        ["index", ".", "--format", "markdown"],
        ["trend", ".", "--format", "markdown"],
        ["peers", ".", "--format", "markdown"],
        ["compare", "u1", "u2", "u3", "--project", ".", "--format", "markdown"],
        ["diagnose", ".", "--format", "markdown"],
    ])
    func escaped(_ arguments: [String]) throws {
        let fixture = try ProjectFixture(
            framework: "framework:\n  id: index\n  label: {en: \"<img src=x onerror=alert(2)>\"}\n  children:\n    - {id: a, kind: count, label: {en: \"<b>A</b>\"}}\n    - {id: b, direction: lower}",
            files: ["units.csv": Array(Self.units.utf8)])
        defer { fixture.remove() }
        let run = try fixture.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        for raw in ["<script", "<!--", "<img", "<b>"] {
            #expect(!run.stdout.contains(raw), "\(arguments[0]) printed \(raw) unescaped:\n\(run.stdout)")
        }
        // Every table row keeps its cell count: an escaped `|` does not split a cell.
        for table in run.stdout.components(separatedBy: "\n\n") {
            let rows = table.split(separator: "\n").filter { $0.hasPrefix("|") }
            let counts = Set(rows.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count })
            #expect(counts.count <= 1, "rows with different cell counts in\n\(table)")
        }
        if arguments[0] != "diagnose" {
            #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || run.stdout.contains("a\\|b"), "\(run.stdout)")
        }
    }

    @Test("flag --format markdown: a heading per unit needing help, signals and reasons as a list, path steps numbered, names escaped")
    func flagMarkdown() throws {
        let run = try CLI.run(["flag", "datasets/branches", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("# Flags — ") == true, "\(lines.first ?? "")")
        let units = lines.filter { $0.hasPrefix("### ") }
        #expect(units.count == 3 && units.allSatisfy { $0.contains("— index") }, "\(units)")
        #expect(units.first?.hasPrefix("### HIGH b21 ") == true, "\(units)")
        #expect(lines.contains("## Exemplars") && lines.contains { $0.hasPrefix("## Watch") })
        #expect(lines.contains { $0.hasPrefix("- low level") } && lines.contains { $0.hasPrefix("    1. ") })
        // The same content as the text report: every word of it survives, in the same order.
        let text = try CLI.run(["flag", "datasets/branches"])
        // Words: backslash escapes removed, split at spaces and at the Markdown marks (#, -); bullets dropped.
        let words = { (s: String) in
            s.replacingOccurrences(of: "\\", with: "").split { " \n#-".contains($0) }.map(String.init).filter { $0 != "•" }
        }
        let unescaped = run.stdout.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        let (m, t) = (words(unescaped), words(text.stdout))
        let firstDifference = zip(m, t).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(m.count == t.count && firstDifference == nil,
                "markdown and text differ in content at word \(firstDifference ?? min(m.count, t.count)): \(m.dropFirst(firstDifference ?? 0).prefix(5)) vs \(t.dropFirst(firstDifference ?? 0).prefix(5))")

        let fixture = try ProjectFixture(
            framework: "framework:\n  id: index\n  children:\n    - {id: a, kind: count}\n    - {id: b, direction: lower}",
            files: ["units.csv": Array(Self.units.utf8)])
        defer { fixture.remove() }
        let hostile = try fixture.run(["flag", ".", "--format", "markdown"])
        #expect(hostile.status == 0, "\(hostile.stderr)")
        for raw in ["<script", "<!--"] { #expect(!hostile.stdout.contains(raw), "flag printed \(raw) unescaped:\n\(hostile.stdout)") }
    }
}

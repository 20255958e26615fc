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
}

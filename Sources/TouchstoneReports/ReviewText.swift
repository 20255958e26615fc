import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// `YearReview` in the reader's language: one table per part (new, continuing and cleared flags, exemplars
/// gained and lost, moves across the cut-off, the published numbers that changed with their causes) for the
/// terminal and Markdown, and JSON with every entry. Used by `touchstone review` and the report's "since
/// last year" page.
public struct ReviewText: Sendable {
    public let review: YearReview
    public let words: Words
    /// Node labels by id in the reader's language (index and dimensions).
    let labels: [String: String]
    /// The published precision of scores (`Project.scoreDecimals`).
    let decimals: Int
    /// Published changes listed one by one in the text tables (JSON lists them all).
    public static let changesListed = 20

    public init(_ review: YearReview, result: IndexResult, language: String) {
        self.review = review
        self.words = Words(language)
        var labels: [String: String] = [:]
        for n in result.nodes { labels[n.id] = n.label.text(for: language, fallback: n.id) }
        self.labels = labels
        self.decimals = result.project.scoreDecimals
    }

    func t(_ en: String, _ zh: String) -> String { words.t(en, zh) }
    func name(_ u: String) -> String {
        let names = review.names[u] ?? [:]
        return names[words.language].flatMap { $0.isEmpty ? nil : $0 } ?? names["en"].flatMap { $0.isEmpty ? nil : $0 } ?? ""
    }
    func status(_ s: String) -> String {
        switch s {
        case "flagged": return t("needs help", "需帮扶")
        case "watch": return t("watch", "关注")
        case "exemplar": return t("exemplar", "标杆")
        case "clear": return t("clear", "正常")
        case "insufficient-data": return t("insufficient data", "数据不足")
        case "not-ranked": return t("not ranked", "不排名")
        default: return t("not assessed", "未评估")
        }
    }
    public func causeLabel(_ c: YearReview.Cause) -> String {
        switch c {
        case .correction: return t("correction (the unit-year's data changed)", "更正（该单位当年数据有改动）")
        case .framework: return t("framework change (the project file changed)", "框架调整（项目文件有改动）")
        case .newData: return t("new data (scaling refit on the added years)", "新数据（加入新年份后重新标准化）")
        case .refit: return t("refit (other units' data or the method)", "重新拟合（其他单位数据或方法变化）")
        }
    }

    public var title: String { t("Since last year: \(review.oldYear) → \(review.newYear)", "与上年相比：\(review.oldYear)年 → \(review.newYear)年") }

    /// One line per part with its count, for the report's page and the top of the terminal output.
    public func summaryLines() -> [String] {
        let ids = { (list: [String]) in list.isEmpty ? self.t("none", "无") : list.map { "\($0) \(self.name($0))".trimmingCharacters(in: .whitespaces) }.joined(separator: self.words.listSeparator) }
        var out = [
            t("Newly flagged", "新列入需帮扶") + words.parenthesised("\(review.newlyFlagged.count)") + words.colon + ids(review.newlyFlagged),
            t("Still flagged", "持续需帮扶") + words.parenthesised("\(review.stillFlagged.count)") + words.colon
                + (review.stillFlagged.isEmpty ? t("none", "无") : review.stillFlagged.map { "\($0.unit) \(name($0.unit))" + words.parenthesised(t("\($0.years) years running", "连续 \($0.years) 年")) }.joined(separator: words.listSeparator)),
            t("Cleared", "已解除") + words.parenthesised("\(review.cleared.count)") + words.colon
                + (review.cleared.isEmpty ? t("none", "无") : review.cleared.map { "\($0.unit) \(name($0.unit))" + words.parenthesised(t("now ", "现为") + status($0.now)) }.joined(separator: words.listSeparator)),
        ]
        if !review.unresolved.isEmpty { out.append(t("Unresolved (no data now)", "未解决（本年无数据）") + words.parenthesised("\(review.unresolved.count)") + words.colon + ids(review.unresolved)) }
        out.append(t("Exemplars gained", "新增标杆") + words.parenthesised("\(review.exemplarsGained.count)") + words.colon + ids(review.exemplarsGained))
        out.append(t("Exemplars lost", "不再是标杆") + words.parenthesised("\(review.exemplarsLost.count)") + words.colon + ids(review.exemplarsLost))
        out.append(t("Fell to or below the bottom cut-off", "跌至末位线及以下") + words.parenthesised("\(review.intoCutoff.count)") + words.colon + ids(review.intoCutoff))
        out.append(t("Rose above the bottom cut-off", "升至末位线以上") + words.parenthesised("\(review.outOfCutoff.count)") + words.colon + ids(review.outOfCutoff))
        let causes = review.changesByCause.map { "\(causeLabel($0.cause)) \($0.count)" }.joined(separator: words.separator)
        out.append(t("Published numbers changed", "已发布数字有变化") + words.parenthesised("\(review.changed.count)") + (causes.isEmpty ? "" : words.colon + causes))
        if !review.fingerprintsChanged.isEmpty {
            out.append(t("Changed since the archive", "与存档相比有变化") + words.colon + review.fingerprintsChanged.map(fingerprintLabel).joined(separator: words.listSeparator))
        }
        return out
    }

    func fingerprintLabel(_ f: String) -> String {
        switch f {
        case "project": return t("project file", "项目文件")
        case "data": return t("data file", "数据文件")
        case "units": return t("unit table", "单位表")
        default: return t("Touchstone version", "Touchstone 版本")
        }
    }

    /// The changed numbers, largest change first, the first `changesListed`.
    public func changesTable() -> TextTable {
        let list = review.changed.sorted { (abs($0.after - $0.before), $1.unit, $1.year) > (abs($1.after - $1.before), $0.unit, $0.year) }
        var t = TextTable(title: self.t("Published numbers that changed (largest first)", "已发布数字的变化（按变化大小）"),
                          header: [self.t("Unit", "单位"), self.t("Year", "年份"), self.t("Score", "得分"), self.t("Published", "已发布"), self.t("Now", "现在"), self.t("Change", "变化"), self.t("Cause", "原因")],
                          rows: list.prefix(Self.changesListed).map { c in
                              [c.unit, String(c.year), labels[c.node] ?? c.node, NumberFormat.fixed(c.before, decimals: decimals), NumberFormat.fixed(c.after, decimals: decimals),
                               NumberFormat.signed(c.after - c.before, decimals: decimals), causeLabel(c.cause)]
                          }, rightAligned: [1, 3, 4, 5])
        t.maxWidths = [2: 24]
        return t
    }

    /// The whole review as text (`table`) or Markdown.
    public func render(markdown: Bool) -> String {
        let lines = summaryLines()
        var out = markdown ? "## \(MarkdownText.escape(title))\n\n" + lines.map { "- " + MarkdownText.escape($0) }.joined(separator: "\n") + "\n"
                           : title + "\n\n" + lines.joined(separator: "\n") + "\n"
        if !review.changed.isEmpty {
            let table = changesTable()
            out += "\n" + (markdown ? table.markdown() : table.terminal())
            if review.changed.count > Self.changesListed {
                out += "\n" + t("… \(review.changed.count - Self.changesListed) more in `--format json`.", "……另有 \(review.changed.count - Self.changesListed) 项，见 `--format json`。") + "\n"
            }
        }
        return out
    }

    public func json() throws -> String {
        struct Still: Encodable { var unit: String; var years: Int }
        struct Cleared: Encodable { var unit: String; var now: String }
        struct Change: Encodable { var unit: String; var year: Int; var node: String; var before: Double; var after: Double; var cause: String }
        struct Doc: Encodable {
            var oldYear: Int; var newYear: Int; var newlyFlagged: [String]; var stillFlagged: [Still]; var cleared: [Cleared]; var unresolved: [String]
            var exemplarsGained: [String]; var exemplarsLost: [String]; var intoCutoff: [String]; var outOfCutoff: [String]; var changed: [Change]; var fingerprintsChanged: [String]
            enum CodingKeys: String, CodingKey {
                case oldYear = "old_year", newYear = "new_year", newlyFlagged = "newly_flagged", stillFlagged = "still_flagged", cleared, unresolved
                case exemplarsGained = "exemplars_gained", exemplarsLost = "exemplars_lost", intoCutoff = "into_cutoff", outOfCutoff = "out_of_cutoff", changed
                case fingerprintsChanged = "fingerprints_changed"
            }
        }
        let r = review
        let doc = Doc(oldYear: r.oldYear, newYear: r.newYear, newlyFlagged: r.newlyFlagged, stillFlagged: r.stillFlagged.map { Still(unit: $0.unit, years: $0.years) },
                      cleared: r.cleared.map { Cleared(unit: $0.unit, now: $0.now) }, unresolved: r.unresolved, exemplarsGained: r.exemplarsGained, exemplarsLost: r.exemplarsLost,
                      intoCutoff: r.intoCutoff, outOfCutoff: r.outOfCutoff,
                      changed: r.changed.map { Change(unit: $0.unit, year: $0.year, node: $0.node, before: $0.before, after: $0.after, cause: $0.cause.rawValue) },
                      fingerprintsChanged: r.fingerprintsChanged)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}

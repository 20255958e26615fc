/// Writes the commented `touchstone.yaml` that `touchstone init` proposes for a surveyed table: the data
/// section as guessed, the units from the data file, min-max 0–100 over all years, arithmetic means with
/// equal weights, and one dimension per column prefix (`pf_…`, `ef_…`) or a single dimension.
///
/// Every string is double-quoted and escaped, so column names with spaces, colons or Chinese text are safe;
/// ids are made from the names (lower case letters, digits and `_`; the name itself when that leaves
/// nothing) and kept unique. The same table gives the same text.
public struct ProjectDraft: Sendable {
    public var survey: TableSurvey
    /// The data file as the project file will name it (relative to the project file's folder).
    public var dataFile: String
    public var sheet: String?
    public var title: String
    /// The year written as `year:` when the table has no year column.
    public var fallbackYear: Int

    public init(survey: TableSurvey, dataFile: String, sheet: String?, title: String, fallbackYear: Int) {
        self.survey = survey
        self.dataFile = dataFile
        self.sheet = sheet
        self.title = title
        self.fallbackYear = fallbackYear
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Dimensions: names split at the most common separator after the prefix all names share; used when it
    /// gives 2 to n/2 groups, else one dimension holding every indicator.
    func dimensions(_ names: [String]) -> [(name: String, members: [String])] {
        let separators: [Character] = [".", "_", " ", "-"]
        let sep = separators.max { a, b in names.filter { $0.contains(a) }.count < names.filter { $0.contains(b) }.count }!
        var common = names.first.map { String($0.prefix { $0 != sep }) + String(sep) } ?? ""
        if !names.allSatisfy({ $0.hasPrefix(common) && $0.count > common.count }) { common = "" }
        var order: [String] = [], members: [String: [String]] = [:]
        for n in names {
            let rest = n.dropFirst(common.count)
            let key = rest.contains(sep) ? String(rest.prefix { $0 != sep }) : String(rest.split(separator: " ").first ?? rest)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(n)
        }
        guard names.count >= 4, (2 ... max(2, names.count / 2)).contains(order.count) else { return [("All indicators", names)] }
        return order.map { ($0, members[$0]!) }
    }

    public func yaml() -> String {
        let s = survey
        var ids = Set<String>()
        func id(_ name: String) -> String {
            var slug = ""
            for ch in name.lowercased() {
                if ch.isASCII && (ch.isLetter || ch.isNumber) { slug.append(ch) } else if !slug.isEmpty && slug.last != "_" { slug.append("_") }
            }
            while slug.hasSuffix("_") { slug.removeLast() }
            if slug.isEmpty { slug = name } else if slug.first!.isNumber { slug = "x" + slug }
            var candidate = slug, k = 2
            while ids.contains(candidate) { candidate = "\(slug)_\(k)"; k += 1 }
            ids.insert(candidate)
            return candidate
        }
        _ = id("index")
        let q = Self.quoted
        var out = [
            "# Written by `touchstone init` from \(dataFile)\(sheet.map { " (sheet \($0))" } ?? ""). Every value below is a guess that",
            "# validates as it is: read it through, change what is wrong, then run `touchstone validate`.",
            "title: {en: \(q(title))}",
            "data:",
            "  file: \(q(dataFile))",
        ]
        if let sheet { out.append("  sheet: \(q(sheet))") }
        out.append("  layout: \(s.layout.rawValue)" + String(repeating: " ", count: max(1, 22 - s.layout.rawValue.count)) + "# wide | long | year-in-column")
        out.append("  unit_column: \(q(s.unitColumn))   # the column whose values name the units")
        switch s.layout {
        case .yearInColumn:
            out.append("  column_pattern: \(q("{indicator}\(s.yearSeparator){year}"))   # years \(yearSpan)")
        case .long:
            if let y = s.yearColumn { out.append("  year_column: \(q(y))   # years \(yearSpan)") } else { out.append("  year: \(fallbackYear)   # the file has no year column: set the year it describes") }
            out.append("  indicator_column: \(q(s.indicatorColumn!))")
            out.append("  value_column: \(q(s.valueColumn!))")
        case .wide:
            if let y = s.yearColumn { out.append("  year_column: \(q(y))   # years \(yearSpan)") } else { out.append("  year: \(fallbackYear)   # the file has no year column: set the year it describes") }
        }
        let markers = DataSpec.defaultMissingValues + s.extraMissing
        if !s.extraMissing.isEmpty { out.append("  missing_values: [\(markers.map(q).joined(separator: ", "))]   # found in numeric columns") }
        out.append("# The units are read from the data file: \(s.unitCount) found.")
        out.append("units:")
        out.append("  id_column: \(q(s.unitColumn))")
        if let n = s.nameColumn { out.append("  name_column: \(q(n))") }
        if !s.groupColumns.isEmpty { out.append("  group_columns: [\(s.groupColumns.map(q).joined(separator: ", "))]   # peer groups for ranks and comparisons") }
        out += [
            "defaults:",
            "  normalisation: {method: min-max, range: [0, 100], scope: panel}   # 0 = worst, 100 = best value over all years",
            "  aggregation: arithmetic     # weighted mean of the children present",
            "  min_coverage: 0.5           # a score needs at least half of its children",
            "framework:",
            "  id: index",
            "  label: {en: \(q(title))}",
            "  children:                   # equal weights (add `weight:` to change them)",
        ]
        let all = s.numeric + s.ratings.map(\.column)
        for dim in dimensions(all) {
            out.append("    - id: \(q(id(dim.name)))")
            out.append("      label: {en: \(q(dim.name))}")
            out.append("      children:")
            for name in dim.members {
                var line = "        - {id: \(q(id(name))), label: {en: \(q(name))}, column: \(q(name))"
                var comment = ""
                if let r = s.ratings.first(where: { $0.column == name }) {
                    let scale = r.levels.enumerated().map { "\(q($1)): \(r.levels.count - $0)" }.joined(separator: ", ")
                    line += ", type: ordinal, scale: {\(scale)}"
                    comment = r.recognised ? "   # rating, best first" : "   # rating: levels as found, check their order (best = highest)"
                }
                out.append(line + "}" + comment)
            }
        }
        if !s.skipped.isEmpty { out.append("# Text columns left out: \(s.skipped.joined(separator: ", ")).") }
        return out.joined(separator: "\n") + "\n"
    }

    var yearSpan: String {
        guard let a = survey.years.first, let b = survey.years.last else { return "none found" }
        return a == b ? "\(a)" : "\(a)–\(b)"
    }
}

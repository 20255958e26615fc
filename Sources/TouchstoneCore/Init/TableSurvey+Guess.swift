import Foundation

extension TableSurvey {
    static let missing = Set(DataSpec.defaultMissingValues)
    static let knownOrders: [[String]] = [
        ["优秀", "良好", "一般", "较差", "差"], ["优", "良", "中", "差"], ["好", "较好", "一般", "较差", "差"],
        ["A", "B", "C", "D", "E"], ["very good", "good", "fair", "poor", "very poor"], ["excellent", "good", "fair", "poor"],
        ["high", "medium", "low"], ["yes", "no"], ["是", "否"],
    ]

    /// Surveys `table` (see the type's rules).
    public static func guess(_ table: CSVTable) -> TableSurvey {
        let header = table.header
        func column(_ c: Int) -> [String] { table.rows.map { $0[c] } }
        func isNumber(_ s: String) -> Bool { Double(s).map { $0.isFinite } ?? false }
        func named(_ c: Int, _ words: [String]) -> Bool {
            let name = header[c].lowercased()
            return words.contains { name == $0 || name.hasPrefix($0 + "_") || name.hasSuffix("_" + $0) || name.hasSuffix(" " + $0) }
        }
        // 1. Year in column names.
        var byPrefix: [String: [Int]] = [:], separatorOf: [String: String] = [:]
        for name in header {
            guard name.count > 4, let year = Int(name.suffix(4)), (1900 ... 2100).contains(year) else { continue }
            var stem = String(name.dropLast(4)), sep = ""
            if let last = stem.last, "_ .-".contains(last) { sep = String(last); stem.removeLast() }
            guard !stem.isEmpty else { continue }
            byPrefix[stem, default: []].append(year)
            separatorOf[stem] = sep
        }
        let yearColumns = byPrefix.values.reduce(0) { $0 + $1.count }
        if yearColumns >= 3 {
            let prefixes = header.compactMap { name -> String? in
                byPrefix.keys.first { name.hasPrefix($0) && byPrefix[$0]!.contains(Int(name.suffix(4)) ?? -1) && name.count == $0.count + (separatorOf[$0]!.count) + 4 }
            }
            var seen = Set<String>(), ordered: [String] = []
            for p in prefixes where seen.insert(p).inserted { ordered.append(p) }
            let counts = Dictionary(grouping: ordered) { separatorOf[$0]! }.mapValues(\.count)
            let sep = counts.max { $0.value < $1.value }!.key
            let yearish = Array(header.filter { n in ordered.contains { separatorOf[$0] == sep && n.hasPrefix($0 + sep) && Int(n.suffix(4)) != nil } })
            let unit = unitColumn(table, excluding: yearish, year: nil)
            var s = TableSurvey(unitColumn: unit)
            s.layout = .yearInColumn
            s.yearSeparator = sep
            s.numeric = ordered.filter { separatorOf[$0] == sep }
            s.years = Array(Set(s.numeric.flatMap { byPrefix[$0]! })).sorted()
            describeUnits(table, into: &s, candidates: header.indices.filter { !yearish.contains(header[$0]) && header[$0] != unit })
            return s
        }
        // 3. The year column.
        let yearWords = ["year", "yr", "年份", "年度", "年"]
        var year = header.indices.first { named($0, yearWords) && column($0).allSatisfy { Int($0).map { (1900 ... 2100).contains($0) } ?? missing.contains($0) } }
        if year == nil {
            year = header.indices.first { c in
                let cells = column(c)
                return Set(cells).count >= 2 && cells.allSatisfy { Int($0).map { (1900 ... 2100).contains($0) } ?? false }
            }
        }
        // 2. Long layout.
        let indicatorCol = header.indices.first { named($0, ["indicator", "variable", "measure", "series", "指标"]) }
        let valueCol = header.indices.first { named($0, ["value", "值", "数值"]) }
        if let i = indicatorCol, let v = valueCol, i != v {
            let unit = unitColumn(table, excluding: [header[i], header[v]] + (year.map { [header[$0]] } ?? []), year: year, keyedBy: i)
            var s = TableSurvey(unitColumn: unit)
            s.layout = .long
            s.yearColumn = year.map { header[$0] }
            s.indicatorColumn = header[i]
            s.valueColumn = header[v]
            var seen = Set<String>()
            s.numeric = column(i).filter { !$0.isEmpty && seen.insert($0).inserted }
            s.years = year.map { c in Array(Set(column(c).compactMap { Int($0) })).sorted() } ?? []
            describeUnits(table, into: &s, candidates: header.indices.filter { ![i, v, year].contains($0) && header[$0] != unit })
            return s
        }
        let unit = unitColumn(table, excluding: year.map { [header[$0]] } ?? [], year: year)
        var s = TableSurvey(unitColumn: unit)
        s.yearColumn = year.map { header[$0] }
        s.years = year.map { c in Array(Set(column(c).compactMap { Int($0) })).sorted() } ?? []
        let u = table.columnIndex(unit)!
        var text: [Int] = []
        for c in header.indices where c != u && c != year && !header[c].isEmpty {   // empty name: a spacer column
            let present = column(c).filter { !missing.contains($0) }
            let numbers = present.filter(isNumber).count
            if present.isEmpty || Double(numbers) >= 0.95 * Double(present.count) {
                s.numeric.append(header[c])
                for t in present where !isNumber(t) && !s.extraMissing.contains(t) { s.extraMissing.append(t) }
            } else { text.append(c) }
        }
        describeUnits(table, into: &s, candidates: text, ratingsAllowed: true)
        return s
    }

    /// The column naming the units: a text column (id-like names first) whose values, with the year (or the
    /// long layout's indicator), identify the rows.
    static func unitColumn(_ table: CSVTable, excluding: [String], year: Int?, keyedBy other: Int? = nil) -> String {
        let idWords = ["id", "code", "iso", "iso3", "iso_code", "country_code", "编号", "代码"]
        let candidates = table.header.indices.filter { c in
            !excluding.contains(table.header[c]) && table.rows.contains { Double($0[c]) == nil && !$0[c].isEmpty }
        }
        func identifies(_ c: Int) -> Bool {
            var keys = Set<String>()
            for row in table.rows {
                let key = row[c] + "\u{1F}" + (year.map { row[$0] } ?? "") + "\u{1F}" + (other.map { row[$0] } ?? "")
                if row[c].isEmpty || !keys.insert(key).inserted { return false }
            }
            return true
        }
        let idLike = candidates.filter { c in idWords.contains { table.header[c].lowercased().contains($0) } }
        return table.header[idLike.first(where: identifies) ?? candidates.first(where: identifies) ?? candidates.first ?? 0]
    }
}

/// Reads a period from the text of a time-column cell (or a `--period` option).
///
/// Spaces around the text are ignored; the year has four digits. `year` accepts whole numbers (`2024`,
/// `2024.0`) as before periods existed; `quarter` and `month` accept the spellings listed on
/// `PeriodKind`, and nothing else: a plain year in a quarterly file is an error, never a silent Q1.
public enum PeriodParser {
    /// The period, or `nil` when `text` is not a period of `kind`.
    public static func parse(_ raw: String, kind: PeriodKind) -> Period? {
        let text = raw.trimmingSpaces
        switch kind {
        case .year:
            if let y = Int(text) { return Period(kind: .year, year: y, index: 1) }
            if let d = Double(text), let y = Int(exactly: d) { return Period(kind: .year, year: y, index: 1) }  // never traps on `inf`
            return nil
        case .quarter:
            guard let (year, rest) = splitYear(text) else { return nil }
            let q: Int?
            if rest.hasPrefix("年") {
                var body = Substring(rest.dropFirst())
                if body.hasPrefix("第") { body = body.dropFirst() }
                guard body.hasSuffix("季度") else { return nil }
                q = smallNumber(body.dropLast(2))
            } else {
                var body = Substring(rest)
                if body.hasPrefix("-") || body.hasPrefix(" ") { body = body.dropFirst() }
                guard body.first == "Q" || body.first == "q" else { return nil }
                q = Int(body.dropFirst()).flatMap { String($0) == String(body.dropFirst()) ? $0 : nil }
            }
            guard let q, (1...4).contains(q) else { return nil }
            return Period(kind: .quarter, year: year, index: q)
        case .month:
            guard let (year, rest) = splitYear(text) else { return nil }
            let m: Int?
            if rest.hasPrefix("年") {
                let body = rest.dropFirst()
                guard body.hasSuffix("月") else { return nil }
                m = smallNumber(body.dropLast())
            } else {
                guard rest.hasPrefix("-") || rest.hasPrefix("/") else { return nil }
                let digits = rest.dropFirst()
                m = digits.count <= 2 && digits.allSatisfy(\.isASCIIDigit) ? Int(digits) : nil
            }
            guard let m, (1...12).contains(m) else { return nil }
            return Period(kind: .month, year: year, index: m)
        }
    }

    /// Four leading ASCII digits and the rest of the text.
    private static func splitYear(_ text: String) -> (Int, Substring)? {
        let head = text.prefix(4)
        guard head.count == 4, head.allSatisfy(\.isASCIIDigit), let y = Int(head) else { return nil }
        return (y, text.dropFirst(4))
    }

    /// `3`, `03`, or a Chinese numeral one to twelve (`三`, `十二`).
    private static func smallNumber(_ s: Substring) -> Int? {
        if !s.isEmpty, s.count <= 2, s.allSatisfy(\.isASCIIDigit) { return Int(s) }
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
        switch s.count {
        case 1: return digits[s.first!]
        case 2 where s.first == "十": return digits[s.last!].flatMap { $0 < 10 ? 10 + $0 : nil }
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

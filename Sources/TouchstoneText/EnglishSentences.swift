/// Finds English sentences left in text meant for Chinese readers (the check behind the tests that the
/// Chinese outputs say everything in Chinese).
///
/// A sentence is a run of at least three words of two or more ASCII letters (or the words "a" and "I"; `-` and
/// `'` allowed inside a word, punctuation around it ignored), separated by spaces; any non-ASCII character
/// (CJK text, full-width punctuation) separates words. Not counted: code spans (`` `…` ``), link targets (`](…)`), HTML tags,
/// URLs, tokens holding a digit, `_`, `.`, `/` or `\` (identifiers, file names, units such as `m2`), and
/// the `ignoring` texts (names that come from the data, e.g. "Bosnia and Herzegovina").
///
/// | text | sentences |
/// |---|---|
/// | `下级均无得分` | none |
/// | `使用 min-max 标准化` | none |
/// | `提示：unit has no data` | `unit has no data` |
/// | `` `has no data` `` | none |
public enum EnglishSentences {
    public static func find(in text: String, ignoring names: [String] = []) -> [String] {
        var s = text
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            s = s.replacingAll(name, with: " ")
        }
        s = s.removingSpans(open: "`", close: "`")
        s = s.removingSpans(open: "](", close: ")")
        s = s.removingSpans(open: "<", close: ">")
        var found: [String] = []
        // Every non-ASCII character (CJK text, full-width punctuation) separates words.
        s = String(s.map { $0.isASCII ? $0 : " " })
        for line in s.split(whereSeparator: { $0 == "\n" }) {
            var run: [Substring] = []
            func flush() {
                if run.count >= 3 { found.append(run.joined(separator: " ")) }
                run = []
            }
            for token in line.split(separator: " ", omittingEmptySubsequences: false) {
                // Trailing punctuation ends a word but not the run ("data, and" still reads as English).
                var word = token
                while let last = word.last, ",;:.!?)]*".contains(last) { word = word.dropLast() }
                while let first = word.first, "([*".contains(first) { word = word.dropFirst() }
                let isWord = (word.count >= 2 || word == "a" || word == "A" || word == "I")
                    && word.first!.isASCIILetter && word.last!.isASCIILetter
                    && word.allSatisfy { $0.isASCIILetter || $0 == "-" || $0 == "'" }
                if isWord { run.append(word) } else { flush() }
            }
            flush()
        }
        return found
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}

extension String {
    /// The text with every `open…close` span replaced by a space (an unclosed span runs to the line end).
    func removingSpans(open: String, close: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let start = rest.firstRange(of: open) {
            out += rest[..<start.lowerBound]
            out += " "
            let after = rest[start.upperBound...]
            if let end = after.firstRange(of: close) {
                rest = after[end.upperBound...]
            } else {
                rest = after.drop { $0 != "\n" }
            }
        }
        return out + rest
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

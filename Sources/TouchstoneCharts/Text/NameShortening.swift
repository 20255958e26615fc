import TouchstoneText

/// Shorter unit names for chart labels: the suffix common to every name (e.g. "党支部", " branch") says
/// nothing that tells units apart, so it is removed — at a word boundary only, never mid-word.
///
/// ```
/// ["办公厅党支部", "组织部党支部"]                 → ["办公厅", "组织部"]
/// ["General Office branch", "Research Office branch"] → ["General Office", "Research Office"]
/// ["Alpha team", "Beta steam"]                     → unchanged (" team" / "steam" share only "team")
/// ```
///
/// A boundary is a space (dropped with the suffix), or a place where the suffix starts with an East Asian
/// wide character (CJK names have no spaces). Nothing is removed when a name would become empty, when fewer
/// than two names are given, or when a name is only the suffix.
public enum NameShortening {
    public static func removingCommonSuffix(_ names: [String]) -> [String] {
        let n = suffixLength(names)
        guard n > 0 else { return names }
        return names.map { name in
            var s = String(name.dropLast(n))
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// The number of characters to drop from every name (0 when nothing can go).
    static func suffixLength(_ names: [String]) -> Int {
        guard names.count >= 2 else { return 0 }
        let reversed = names.map { Array($0.reversed()) }
        let shortest = reversed.map(\.count).min() ?? 0
        var common = 0
        while common < shortest, reversed.allSatisfy({ $0[common] == reversed[0][common] }) { common += 1 }
        // Walk back to the longest common suffix that starts at a boundary in every name and leaves text.
        var k = common
        while k > 0 {
            let ok = reversed.allSatisfy { chars in
                guard chars.count > k else { return false }
                let first = chars[k - 1], before = chars[k]
                if first == " " { return true }
                if before == " " { return true }
                return first.unicodeScalars.first.map { TextWidth.isWide($0.value) } ?? false
            }
            if ok { break }
            k -= 1
        }
        guard k > 0 else { return 0 }
        // Leave nothing that is only spaces.
        if reversed.contains(where: { $0[k...].allSatisfy { $0 == " " } }) { return 0 }
        return k
    }
}

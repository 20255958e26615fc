extension TextMeasure {
    /// `text` shortened to fit `maxWidth` px without cutting a word: the first word, "…", and as many of the
    /// last words as fit — the end of a name is usually what tells it apart. Falls back to the first words
    /// and "…", and to ``truncate(_:toWidth:fontSize:)`` for text without spaces (CJK) or a first word that
    /// alone is too wide. Unchanged when it fits.
    ///
    /// ```
    /// abbreviate("Supervision Team at the Education Bureau", toWidth: 200, fontSize: 11)
    ///   = "Supervision … the Education Bureau"
    /// ```
    public static func abbreviate(_ text: String, toWidth maxWidth: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return truncate(text, toWidth: maxWidth, fontSize: fontSize) }
        let fits = { (s: String) in width(s, fontSize: fontSize) <= maxWidth }
        // First word, ellipsis, the longest tail of words that fits.
        var best: String?
        for k in stride(from: words.count - 1, through: 1, by: -1) {
            let candidate = words[0] + " … " + words[k...].joined(separator: " ")
            if fits(candidate) { best = candidate } else { break }
        }
        if let best { return best }
        // The longest head of words that fits before "…".
        for k in stride(from: words.count - 1, through: 1, by: -1) {
            let candidate = words[..<k].joined(separator: " ") + "…"
            if fits(candidate) { return candidate }
        }
        return truncate(text, toWidth: maxWidth, fontSize: fontSize)
    }
}

/// Reads `flags.exemplars` and `flags.needs_help` (see `SelectionRule`).
enum SelectionReader {
    static func read(_ value: YAMLValue, top: Bool, problems: inout [InputProblem]) -> SelectionRule? {
        let (shareKey, countKey) = top ? ("top_share", "top_count") : ("bottom_share", "bottom_count")
        let keys = [shareKey, countKey, "per_group", "rounding", "require", "combine"]
        guard let entries = value.mapping(allowed: keys, problems: &problems) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (k, v) in entries { fields[k] = v }
        var size: SelectionRule.Size?
        if let v = fields[shareKey], let x = v.double(problems: &problems) {
            if x > 0 && x <= 1 { size = .share(x) } else { problems.append(v.problem(.method(.selectionShareOutOfRange(key: shareKey, found: x)))) }
        }
        if let v = fields[countKey], let n = v.int(problems: &problems) {
            if size != nil { problems.append(v.problem("give `\(shareKey)` or `\(countKey)`, not both", fix: "keep one of them")) }
            else if n >= 1 { size = .count(n) } else { problems.append(v.problem("`\(countKey)` must be 1 or more, found \(n)", fix: "write e.g. `\(countKey): 3`")) }
        }
        guard let size else {
            if fields[shareKey] == nil && fields[countKey] == nil {
                problems.append(value.problem("a selection rule needs `\(shareKey)` or `\(countKey)`", fix: "write e.g. `{\(shareKey): 0.1, rounding: half-up}`"))
            }
            return nil
        }
        var rule = SelectionRule(size: size)
        if let v = fields["per_group"], let b = v.bool(problems: &problems) { rule.perGroup = b }
        if let v = fields["rounding"], let r = NormalisationReader.enumValue(v, SelectionRule.Rounding.self, problems: &problems) { rule.rounding = r }
        if let v = fields["combine"], let c = NormalisationReader.enumValue(v, SelectionRule.Combine.self, problems: &problems) { rule.combine = c }
        if let v = fields["require"], let items = v.strings(problems: &problems) {
            for text in items {
                let normalised = text.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ").lowercased()
                if let r = SelectionRule.Requirement(rawValue: normalised) { rule.require.append(r) } else {
                    problems.append(v.problem("unknown requirement `\(text)`", fix: "use any of: \(SelectionRule.Requirement.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            }
        }
        return rule
    }
}

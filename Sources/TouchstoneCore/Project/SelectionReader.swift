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
            if size != nil { problems.append(v.problem(.project(.selectionBothSizes(shareKey: shareKey, countKey: countKey)))) }
            else if n >= 1 { size = .count(n) } else { problems.append(v.problem(.project(.selectionCountTooSmall(countKey: countKey, found: n)))) }
        }
        guard let size else {
            if fields[shareKey] == nil && fields[countKey] == nil {
                problems.append(value.problem(.project(.selectionNeedsSize(shareKey: shareKey, countKey: countKey))))
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
                    problems.append(v.problem(.project(.unknownRequirement(value: text, allowed: SelectionRule.Requirement.allCases.map(\.rawValue)))))
                }
            }
        }
        return rule
    }
}

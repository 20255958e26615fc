import TouchstoneStats

/// Reads the vote settings of a `type: votes` indicator (`levels`, `summary`, `min_voters`) and the
/// project-wide `defaults.vote_levels`, recording problems with their place in the file.
enum VoteReader {
    static let indicatorKeys = ["levels", "summary", "min_voters"]

    /// `{优秀: 100, 良好: 80, 一般: 60, 较差: 0}`, best first; at least two levels, values finite, labels unique.
    static func levels(_ value: YAMLValue, problems: inout [InputProblem]) -> [VoteSpec.Level]? {
        guard case .mapping(let m) = value.node else {
            problems.append(value.problem(.project(.voteLevelsNotMapping)))
            return nil
        }
        guard let entries = value.mapping(allowed: m.keys.compactMap(\.string), problems: &problems) else { return nil }
        var levels: [VoteSpec.Level] = []
        for (label, v) in entries { if let x = v.double(problems: &problems) { levels.append(.init(label: label, value: x)) } }
        guard levels.count >= 2 else {
            problems.append(value.problem(.project(.voteLevelsTooFew)))
            return nil
        }
        if zip(levels, levels.dropFirst()).contains(where: { $0.value < $1.value }) {
            problems.append(value.problem(.project(.voteLevelsOrder)))
        }
        return levels
    }

    /// The vote spec of an indicator node, or `nil` (after a problem) when `type: votes` has no levels.
    static func spec(id: String, fields: [String: YAMLValue], defaults: Defaults, at location: SourceLocation?,
                     problems: inout [InputProblem]) -> VoteSpec? {
        let own = fields["levels"].flatMap { levels($0, problems: &problems) }
        guard let levels = own ?? defaults.voteLevels else {
            if fields["levels"] == nil {
                problems.append(InputProblem(location ?? SourceLocation(file: ""), .project(.voteLevelsMissing(id: id))))
            }
            return nil
        }
        var spec = VoteSpec(levels: levels)
        if let v = fields["summary"], let s = NormalisationReader.enumValue(v, VoteShares.Summary.self, problems: &problems) { spec.summary = s }
        if let v = fields["min_voters"], let n = v.int(problems: &problems) {
            if n < 0 { problems.append(v.problem(.project(.minVotersNegative))) } else { spec.minVoters = n }
        }
        return spec
    }
}

extension Project {
    /// Whether the index is declared `direction: lower` ("higher is worse", e.g. the State Fragility Index).
    public var indexIsLowerBetter: Bool { framework.direction == .lower }

    /// The project as the flag rules judge it. An index declared `direction: lower` is judged on the
    /// reversed scale: every indicator is scored as declared and then mirrored (`c − s`, see
    /// `Normaliser.mirrorConstant`: `u + l − s` on an output range `[l, u]`, `−x` for `normalisation: none`,
    /// `2m − z` for z-scores), its `direction` is turned over for the rules that move raw values, and every
    /// aggregate reads higher as better; so the index orders the units the other way round (rank 1 is still
    /// the best unit, now the highest score). Everything the flag engine, the improvement paths, the funnel
    /// sides, the peer positions and the Monte Carlo ranks do then reads "higher is better" unchanged: an
    /// improvement path raises the reversed score, that is it lowers the published index; a funnel flags the
    /// side that is bad for the published index. The label of the index gets `labelSuffix(language)` appended
    /// for `en`, `zh` and every language it names (the text layer passes `ReversedIndexWords.suffix`). A
    /// project whose index is higher-is-better is returned as it is.
    ///
    /// Exact whatever the normalisation (every indicator score is the mirror image, so ranks are exactly
    /// reversed and ties kept) with an arithmetic mean or a sum of children sharing the mirror constant
    /// (one output range, or `none`): reversed index = c − index, the same gaps with the sign turned (bit for
    /// bit with `none`; within rounding, far below the tie tolerance, otherwise). With a geometric, harmonic or
    /// other non-linear aggregation the reversed index is the index of the mirrored scores, whose order can
    /// differ slightly from the reverse.
    public func reversedForJudging(labelSuffix: (String) -> String) -> Project {
        guard indexIsLowerBetter else { return self }
        var reversed = self
        reversed.framework = Self.reversed(framework)
        return reversed.labellingIndex(labelSuffix)
    }

    /// The project with `suffix(language)` appended to the index's label, for `en`, `zh` and every language
    /// the label names (e.g. " (higher is worse)" on charts of the published scores).
    public func labellingIndex(_ suffix: (String) -> String) -> Project {
        var project = self
        var label = framework.label
        for language in Set(label.values.keys).union(["en", "zh"]) {
            label.values[language] = label.text(for: language, fallback: framework.id) + suffix(language)
        }
        project.framework.label = label
        return project
    }

    private static func reversed(_ node: FrameworkNode) -> FrameworkNode {
        var node = node
        if var spec = node.indicator {
            spec.direction = spec.direction == .higher ? .lower : .higher
            spec.mirrored = true
            node.indicator = spec
        } else {
            node.direction = .higher
        }
        node.children = node.children.map(reversed)
        return node
    }
}

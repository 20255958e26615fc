/// Problems found in the methods a project asks for (normalisation, weighting, aggregation, treatment,
/// selection rules, flag rules). Words: `TouchstoneOutput/MethodProblem+Words.swift`.
public enum MethodProblem: Hashable, Sendable {
    /// A selection rule's share (`top_share`, `bottom_share`) outside (0, 1].
    case selectionShareOutOfRange(key: String, found: Double)
}

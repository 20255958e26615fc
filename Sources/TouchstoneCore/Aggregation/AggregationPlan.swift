import TouchstoneStats

/// The framework resolved once: for every aggregate node its method, options, weighting, weights, exponent,
/// shift, `min_coverage` and non-positive policy, with the project defaults applied here and nowhere else.
///
/// Every caller that scores a node — the whole panel (`IndexPipeline`), one unit with trial values
/// (`UnitScorer`, improvement paths), a batch of weight sets (`WeightedTreeEvaluator`, Monte Carlo) and the
/// split of a gap (`GapDecomposition`) — reads its rule from the plan and evaluates it with `NodeMean`, so
/// they agree bit for bit.
public struct AggregationPlan: Sendable {
    public struct Node: Sendable {
        public var id: String
        public var childIds: [String]
        public var method: AggregationMethod
        public var options: AggregationOptions
        public var weighting: WeightingSpec
        /// The weights of the children: explicit `weight:`s, or weights fitted on the panel when the node's
        /// `weights:` method is data-driven and uniform over the rows (see `withFittedWeights`).
        public var weights: [Double]
        public var nonPositive: NonPositivePolicy
        public var location: SourceLocation?
        /// The mean's rule; `nil` for methods that compare units (TOPSIS, MPI, …).
        public var rule: NodeMean.Rule?
        /// Whether a unit can be scored alone from its children (a mean with weights uniform over the rows).
        public var scoresUnitByUnit: Bool { rule != nil && weighting.isUniform }
        /// The classic path of `IndexPipeline`: explicit weights with an arithmetic or geometric mean.
        public var isClassic: Bool { weighting.method == .explicit && (method == .arithmetic || method == .geometric) }

        /// Resolves one aggregate node: its own settings, or the project defaults.
        public init(_ n: FrameworkNode, defaults: Defaults) {
            id = n.id
            childIds = n.children.map(\.id)
            method = n.aggregation ?? defaults.aggregation
            options = n.aggregation != nil ? (n.aggregationOptions ?? AggregationOptions()) : defaults.aggregationOptions
            weighting = n.weighting ?? defaults.weighting ?? WeightingSpec()
            weights = n.children.map(\.weight)
            nonPositive = n.nonPositive ?? .error
            location = n.location
            rule = nil
            if method.isMeanType {
                let r: Double = switch method {
                case .geometric: 0
                case .harmonic: -1
                case .power: options.power ?? 1
                default: 1
                }
                rule = NodeMean.Rule(exponent: r, shift: method == .arithmetic ? 0 : n.geometricShift ?? 0,
                                     minCoverage: n.minCoverage ?? defaults.minCoverage, sum: method == .sum)
            }
        }
    }

    /// Aggregate nodes by id.
    public private(set) var nodes: [String: Node]
    /// Aggregate node ids, children before parents.
    public let postorder: [String]

    public init(project: Project) {
        let defaults = project.defaults
        var nodes: [String: Node] = [:], order: [String] = []
        func visit(_ n: FrameworkNode) {
            guard !n.isIndicator else { return }
            n.children.forEach(visit)
            nodes[n.id] = Node(n, defaults: defaults)
            order.append(n.id)
        }
        visit(project.framework)
        self.nodes = nodes
        self.postorder = order
    }

    /// The plan with the weights fitted on the panel for nodes whose weights are data-driven and uniform.
    public func withFittedWeights(_ fitted: [String: FittedWeights]) -> AggregationPlan {
        var plan = self
        for (id, f) in fitted {
            if let w = f.uniform, plan.nodes[id] != nil, plan.nodes[id]!.weighting.method != .explicit { plan.nodes[id]!.weights = w }
        }
        return plan
    }

    public subscript(id: String) -> Node? { nodes[id] }

    /// Scores of every node for one unit-year from its indicator scores (`NaN` or absent = missing); a node
    /// that cannot score a unit alone gets `NaN`, and so do its ancestors.
    public func score(indicators: [String: Double]) -> [String: Double] {
        var out = indicators
        for id in postorder {
            let node = nodes[id]!
            let values = node.childIds.map { out[$0] ?? .nan }
            guard node.scoresUnitByUnit, let rule = node.rule else { out[id] = .nan; continue }
            out[id] = NodeMean.evaluate(row: values, weights: node.weights, rule: rule).value
        }
        return out
    }
}

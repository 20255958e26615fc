import TouchstoneStats

extension AggregationPlan {
    /// The plan laid out on array slots, for scoring one unit-year many times with trial values (improvement
    /// paths try each candidate raise, then bisect on the raw value: tens of re-scorings per unit).
    ///
    /// Slots `0 ..< indicatorIds.count` hold the indicator scores in the order given at construction (the
    /// panel's column order); the aggregate nodes follow in post-order. `evaluate(_:)` fills the node slots
    /// with `NodeMean.evaluate` in the same child order as `score(indicators:)`, so both give the same bits;
    /// a node that cannot score a unit alone (see `Node.scoresUnitByUnit`) and its ancestors get `NaN`.
    /// An indicator of the framework that is not among `indicatorIds` reads as missing (`NaN`).
    public struct Slots: Sendable {
        public let indicatorIds: [String]
        /// Aggregate node ids in post-order (slot `indicatorIds.count + k` is `nodeIds[k]`).
        public let nodeIds: [String]
        let children: [[Int]]
        let weights: [[Double]]
        let rules: [NodeMean.Rule?]
        let slotById: [String: Int]

        /// The slot of an indicator or aggregate node.
        public func slot(_ id: String) -> Int? { slotById[id] }

        init(plan: AggregationPlan, indicatorIds: [String]) {
            var slotById: [String: Int] = [:]
            for (j, id) in indicatorIds.enumerated() { slotById[id] = j }
            let m = indicatorIds.count
            for (k, id) in plan.postorder.enumerated() { slotById[id] = m + k }
            // The last slot is always NaN: children the panel lacks point there.
            let missing = m + plan.postorder.count
            var children: [[Int]] = [], weights: [[Double]] = [], rules: [NodeMean.Rule?] = []
            for id in plan.postorder {
                let node = plan.nodes[id]!
                children.append(node.childIds.map { slotById[$0] ?? missing })
                weights.append(node.weights)
                rules.append(node.scoresUnitByUnit ? node.rule : nil)
            }
            self.indicatorIds = indicatorIds
            self.nodeIds = plan.postorder
            self.children = children
            self.weights = weights
            self.rules = rules
            self.slotById = slotById
        }

        /// Slots for one unit-year: the indicator scores, then `NaN` for every node (call `evaluate`).
        public func slots(indicatorScores: [Double]) -> [Double] {
            precondition(indicatorScores.count == indicatorIds.count, "One score per indicator")
            return indicatorScores + [Double](repeating: .nan, count: nodeIds.count + 1)
        }

        /// Fills every node slot from the indicator slots.
        public func evaluate(_ slots: inout [Double]) {
            let m = indicatorIds.count
            slots.withUnsafeMutableBufferPointer { s in
                s[s.count - 1] = .nan
                for k in nodeIds.indices {
                    guard let rule = rules[k] else { s[m + k] = .nan; continue }
                    let c = children[k]
                    s[m + k] = NodeMean.evaluate(weights: weights[k], rule: rule) { s[c[$0]] }.value
                }
            }
        }

        /// The score of the node in `slot` after `evaluate` of a copy of `slots`.
        public func value(of slot: Int, _ slots: [Double]) -> Double {
            var trial = slots
            evaluate(&trial)
            return trial[slot]
        }
    }

    /// This plan on slots, with the indicators in the given order (usually `panel.indicatorIds`).
    public func slots(indicatorIds: [String]) -> Slots { Slots(plan: self, indicatorIds: indicatorIds) }
}

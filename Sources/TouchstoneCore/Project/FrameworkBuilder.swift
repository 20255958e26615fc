import TouchstoneStats

/// Builds the framework tree from either form of the `framework:` section and checks it.
///
/// - Tree form: a mapping for the root with nested `children:` lists.
/// - Flat form: a list of nodes, each naming its `parent:` (the root has none), as in COINr's iMeta table.
///
/// Checks: ids unique, exactly one root, no cycles, every parent exists, weights finite and `>= 0` and not
/// all zero among siblings, indicator settings consistent (ordinal needs a scale, distance to target needs a
/// target, goalposts need `lower != upper`, log needs positive goalposts).
struct FrameworkBuilder {
    let defaults: Defaults

    static let nodeKeys = ["id", "label", "description", "weight", "children", "parent", "aggregation", "min_coverage", "shift",
                           "nonpositive", "column", "direction", "unit", "type", "scale", "target", "goalposts", "transform", "normalisation", "funnel", "kind", "min", "max"]
        + ["weights"] + ["treatment"] + VoteReader.indicatorKeys + ["raters"] + ["rollup"] + ["years"]
    static let funnelKeys = ["model", "denominator", "overdispersion", "limits"]
    static let goalpostKeys = ["lower", "upper", "cap"]
    /// The deepest framework accepted (the index is level 0). Real indices have 2–5 levels; the limit keeps
    /// the recursive steps of the pipeline far from the stack's end (a 1,000-level chain used to crash).
    static let maxDepth = 32

    func build(_ value: YAMLValue, problems: inout [InputProblem]) -> FrameworkNode? {
        let root: FrameworkNode?
        if case .sequence = value.node {
            root = buildFlat(value, problems: &problems)
        } else {
            var seen: [String: SourceLocation] = [:]
            root = buildTree(value, depth: 0, seen: &seen, problems: &problems)
        }
        guard let root else { return nil }
        if root.isIndicator {
            problems.append(InputProblem(root.location ?? value.location, .project(.rootHasNoChildren(id: root.id))))
            return nil
        }
        checkWeights(root, problems: &problems)
        return root
    }

    // MARK: Tree form

    private func buildTree(_ value: YAMLValue, depth: Int, seen: inout [String: SourceLocation], problems: inout [InputProblem]) -> FrameworkNode? {
        if depth > Self.maxDepth {
            problems.append(value.problem(.project(.frameworkTooDeep(maximum: Self.maxDepth))))
            return nil
        }
        guard let entries = value.mapping(allowed: Self.nodeKeys, problems: &problems) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (k, v) in entries { fields[k] = v }
        if let p = fields["parent"] {
            problems.append(p.problem(.project(.parentInTreeForm)))
        }
        guard var node = readNode(value, fields: fields, seen: &seen, problems: &problems) else { return nil }
        if let childrenValue = fields["children"], let items = childrenValue.sequence(problems: &problems) {
            if items.isEmpty {
                problems.append(childrenValue.problem(.project(.childrenEmpty)))
            }
            node.children = items.compactMap { buildTree($0, depth: depth + 1, seen: &seen, problems: &problems) }
            node.indicator = nil
        }
        if !node.isIndicator { checkAggregateOnlyKeys(fields, node: &node, problems: &problems) } else { checkIndicator(node, fields: fields, problems: &problems) }
        return node
    }

    // MARK: Flat form

    private func buildFlat(_ value: YAMLValue, problems: inout [InputProblem]) -> FrameworkNode? {
        guard let items = value.sequence(problems: &problems) else { return nil }
        var seen: [String: SourceLocation] = [:]
        var nodes: [String: FrameworkNode] = [:]
        var order: [String] = []
        var parentOf: [String: (String, YAMLValue)] = [:]
        var fieldsOf: [String: [String: YAMLValue]] = [:]
        for item in items {
            guard let entries = item.mapping(allowed: Self.nodeKeys, problems: &problems) else { continue }
            var fields: [String: YAMLValue] = [:]
            for (k, v) in entries { fields[k] = v }
            if let c = fields["children"] {
                problems.append(c.problem(.project(.childrenInFlatForm)))
            }
            guard let node = readNode(item, fields: fields, seen: &seen, problems: &problems) else { continue }
            nodes[node.id] = node
            order.append(node.id)
            fieldsOf[node.id] = fields
            if let p = fields["parent"], let parent = p.string(problems: &problems), !parent.isEmpty, !p.isNull {
                parentOf[node.id] = (parent, p)
            }
        }
        for (child, (parent, v)) in parentOf where nodes[parent] == nil {
            problems.append(v.problem(.project(.parentNotDeclared(child: child, parent: parent, declared: order))))
        }
        // Cycles: follow parents from every node not yet seen, each node once (linear in the number of nodes,
        // so a long chain cannot stall the reader); report each cycle once, from its first declared node.
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var visited: Set<String> = []
        for id in order where !visited.contains(id) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current = id
            while !visited.contains(current) {
                visited.insert(current)
                onPath[current] = path.count
                path.append(current)
                guard let (parent, _) = parentOf[current], nodes[parent] != nil else { break }
                if let start = onPath[parent] {
                    let members = Array(path[start...])
                    let first = members.indices.min { position[members[$0]]! < position[members[$1]]! }!
                    let rotated = Array(members[first...] + members[..<first])
                    problems.append(parentOf[rotated.last!]!.1.problem(.project(.frameworkCycle(cycle: rotated + [rotated[0]]))))
                    break
                }
                current = parent
            }
        }
        let roots = order.filter { parentOf[$0] == nil }
        guard roots.count == 1, let rootId = roots.first else {
            problems.append(value.problem(.project(.frameworkRoots(roots: roots))))
            return nil
        }
        guard problems.isEmpty else { return nil }
        // Depth (no cycles now): memoised walk up to the root.
        var depthOf: [String: Int] = [rootId: 0]
        for id in order where depthOf[id] == nil {
            var chain: [String] = []
            var current = id
            while depthOf[current] == nil, let (parent, _) = parentOf[current] { chain.append(current); current = parent }
            var d = depthOf[current] ?? 0
            for node in chain.reversed() { d += 1; depthOf[node] = d }
        }
        if let (deepest, depth) = depthOf.max(by: { ($0.value, position[$1.key]!) < ($1.value, position[$0.key]!) }), depth > Self.maxDepth {
            problems.append((fieldsOf[deepest]?["parent"] ?? value).problem(.project(.frameworkTooDeepAt(depth: depth, node: deepest, maximum: Self.maxDepth))))
            return nil
        }
        var childrenOf: [String: [String]] = [:]
        for id in order { if let (p, _) = parentOf[id] { childrenOf[p, default: []].append(id) } }
        func assemble(_ id: String) -> FrameworkNode {
            var node = nodes[id]!
            let kids = childrenOf[id] ?? []
            if !kids.isEmpty {
                node.children = kids.map(assemble)
                node.indicator = nil
                checkAggregateOnlyKeys(fieldsOf[id] ?? [:], node: &node, problems: &problems)
            } else {
                checkIndicator(node, fields: fieldsOf[id] ?? [:], problems: &problems)
            }
            return node
        }
        return assemble(rootId)
    }

    // MARK: Node fields

    private func readNode(_ value: YAMLValue, fields: [String: YAMLValue], seen: inout [String: SourceLocation], problems: inout [InputProblem]) -> FrameworkNode? {
        guard let idValue = fields["id"], let id = idValue.string(problems: &problems), !id.isEmpty else {
            problems.append(value.problem(.project(.nodeWithoutId)))
            return nil
        }
        if let first = seen[id] {
            problems.append(idValue.problem(.project(.duplicateId(id: id, first: "\(first)"))))
            return nil
        }
        seen[id] = idValue.location
        var node = FrameworkNode(id: id)
        node.location = idValue.location
        node.label = fields["label"]?.localizedText(problems: &problems) ?? LocalizedText(["en": id])
        if let w = fields["weight"], w.isMapping {
            node.weightVersions = Self.weightVersions(w, problems: &problems)
            if let newest = node.weightVersions.last { node.weight = newest.value }
        } else if let w = fields["weight"], let weight = w.double(problems: &problems) {
            if weight < 0 {
                problems.append(w.problem(.project(.negativeWeight(weight: weight, versioned: false))))
            }
            node.weight = weight
        }
        if let a = fields["aggregation"], let (method, options) = MethodReader.aggregation(a, problems: &problems) {
            node.aggregation = method
            node.aggregationOptions = options
        }
        if let w = fields["weights"] { node.weighting = MethodReader.weighting(w, problems: &problems) }
        if let c = fields["min_coverage"] { node.minCoverage = NormalisationReader.coverage(c, problems: &problems) }
        if let s = fields["shift"] { node.geometricShift = s.double(problems: &problems) }
        if let v = fields["nonpositive"] { node.nonPositive = NormalisationReader.enumValue(v, NonPositivePolicy.self, problems: &problems) }
        node.indicator = readIndicator(id: id, fields: fields, problems: &problems)
        return node
    }

    private func readIndicator(id: String, fields: [String: YAMLValue], problems: inout [InputProblem]) -> IndicatorSpec {
        var spec = IndicatorSpec(column: fields["column"].flatMap { $0.isMapping ? nil : $0.string(problems: &problems) } ?? id)
        if let v = fields["direction"], let d = NormalisationReader.enumValue(v, Direction.self, problems: &problems) { spec.direction = d }
        if let v = fields["unit"], let u = v.localizedText(problems: &problems) { spec.unit = u }
        if let v = fields["type"], let t = NormalisationReader.enumValue(v, IndicatorType.self, problems: &problems) { spec.type = t }
        if let v = fields["transform"], let t = NormalisationReader.enumValue(v, Transform.self, problems: &problems) { spec.transform = t }
        if let v = fields["target"], !v.isMapping { spec.target = v.double(problems: &problems) }
        if let v = fields["rollup"] { spec.rollup = NormalisationReader.enumValue(v, RollupMethod.self, problems: &problems) }
        readValueRange(&spec, fields: fields, problems: &problems)
        if let v = fields["scale"], let entries = v.mapping(allowed: scaleKeys(v), problems: &problems) {
            for (label, score) in entries { if let s = score.double(problems: &problems) { spec.scale[label] = s } }
        }
        if let v = fields["goalposts"], !Self.isYearKeyed(v) { spec.goalposts = goalposts(v, problems: &problems) }
        Self.readIndicatorVersions(&spec, fields: fields, problems: &problems) { goalposts($0, problems: &$1) }
        if let v = fields["funnel"], let entries = v.mapping(allowed: Self.funnelKeys, problems: &problems) {
            var funnel = FunnelSpec()
            for (key, x) in entries {
                switch key {
                case "model": if let m = NormalisationReader.enumValue(x, FunnelSpec.Model.self, problems: &problems) { funnel.model = m }
                case "denominator": if let d = x.string(problems: &problems) { funnel.denominator = d }
                case "overdispersion": if let a = NormalisationReader.enumValue(x, FunnelSpec.Adjustment.self, problems: &problems) { funnel.overdispersion = a }
                case "limits":
                    switch x.node.string {
                    case "exact": funnel.exact = true
                    case "normal": funnel.exact = false
                    default: problems.append(x.problem(.project(.funnelLimits)))
                    }
                default: break
                }
            }
            if spec.type == .votes {
                funnel.model = .proportion
                funnel.denominator = "voters"
            }
            spec.funnel = funnel
        }
        if let v = fields["raters"], let m = NormalisationReader.enumValue(v, RaterScores.Method.self, problems: &problems) { spec.raters = m }
        if spec.type == .votes {
            spec.votes = VoteReader.spec(id: id, fields: fields, defaults: defaults, at: fields["id"]?.location, problems: &problems)
            // 不满意率: a higher share is worse unless the project says otherwise.
            if spec.votes?.summary == .unsatisfied && fields["direction"] == nil { spec.direction = .lower }
        } else if let v = VoteReader.indicatorKeys.compactMap({ fields[$0] }).first {
            problems.append(v.problem(.project(.voteKeysOnNonVote)))
        }
        var normalisation = defaults.normalisation
        if spec.goalposts != nil { normalisation.method = .goalposts }
        if let v = fields["normalisation"] { normalisation = NormalisationReader.read(v, base: normalisation, problems: &problems) }
        spec.normalisation = normalisation
        spec.treatment = fields["treatment"].map { TreatmentReader.read($0, base: defaults.treatment, allowScreen: false, problems: &problems) } ?? defaults.treatment
        return spec
    }

    /// `{lower: L, upper: U, cap: …}`.
    private func goalposts(_ v: YAMLValue, problems: inout [InputProblem]) -> Goalposts? {
        guard let entries = v.mapping(allowed: Self.goalpostKeys, problems: &problems) else { return nil }
        var g: [String: YAMLValue] = [:]
        for (k, x) in entries { g[k] = x }
        if let lo = g["lower"]?.double(problems: &problems), let hi = g["upper"]?.double(problems: &problems) {
            return Goalposts(lower: lo, upper: hi, cap: g["cap"].flatMap { capMode($0, problems: &problems) } ?? .both)
        } else if g["lower"] == nil || g["upper"] == nil {
            problems.append(v.problem(.project(.goalpostsIncomplete)))
        }
        return nil
    }

    /// `cap: true` (both bounds), `false` (none), or `upper`, `lower`, `both`, `none`.
    private func capMode(_ value: YAMLValue, problems: inout [InputProblem]) -> Goalposts.Cap? {
        switch value.node.string?.lowercased() {
        case "true", "yes", "both": return .both
        case "false", "no", "none": return Goalposts.Cap.none
        case "upper": return .upper
        case "lower": return .lower
        default:
            problems.append(value.problem(.project(.capInvalid)))
            return nil
        }
    }

    private func scaleKeys(_ value: YAMLValue) -> [String] {
        if case .mapping(let m) = value.node { return m.keys.compactMap(\.string) }
        return []
    }

    /// Rejects indicator keys on an aggregate; reads `direction` (higher or lower is better), which both take.
    private func checkAggregateOnlyKeys(_ fields: [String: YAMLValue], node: inout FrameworkNode, problems: inout [InputProblem]) {
        if let v = fields["direction"], let d = NormalisationReader.enumValue(v, Direction.self, problems: &problems) { node.direction = d }
        for key in ["column", "years", "unit", "type", "scale", "target", "goalposts", "transform", "normalisation", "funnel", "treatment", "kind", "min", "max", "raters", "rollup"] + VoteReader.indicatorKeys {
            if let v = fields[key] {
                problems.append(v.problem(.project(.indicatorKeyOnAggregate(key: key))))
            }
        }
    }

    private func checkIndicator(_ node: FrameworkNode, fields: [String: YAMLValue], problems: inout [InputProblem]) {
        guard let spec = node.indicator, let location = node.location else { return }
        for key in ["aggregation", "min_coverage", "shift", "nonpositive", "weights"] {
            if let v = fields[key] {
                problems.append(v.problem(.project(.aggregateKeyOnIndicator(key: key, id: node.id))))
            }
        }
        if let n = spec.normalisation { NormalisationReader.checkMethod(n, indicator: spec, id: node.id, at: location, problems: &problems) }
        Self.checkVersions(spec, id: node.id, fields: fields, problems: &problems)
        if spec.type == .ordinal && spec.scale.isEmpty {
            problems.append(InputProblem(location, .project(.ordinalWithoutScale(id: node.id))))
        }
        if spec.type == .numeric && !spec.scale.isEmpty {
            problems.append(InputProblem(location, .project(.scaleOnNumeric(id: node.id))))
        }
        for g in spec.goalpostVersions.isEmpty ? [spec.goalposts].compactMap({ $0 }) : spec.goalpostVersions.map(\.value) {
            if g.lower == g.upper {
                problems.append(InputProblem(location, .project(.goalpostsEqual(id: node.id, value: g.lower))))
            } else if g.lower > g.upper {
                problems.append(InputProblem(location, .project(.goalpostsReversed(id: node.id, lower: g.lower, upper: g.upper))))
            }
            if spec.transform == .log && (g.lower <= 0 || g.upper <= 0) {
                problems.append(InputProblem(location, .project(.logNeedsPositiveGoalposts(id: node.id))))
            }
        }
    }

    private func checkWeights(_ node: FrameworkNode, problems: inout [InputProblem]) {
        guard !node.children.isEmpty else { return }
        if node.children.allSatisfy({ $0.weight == 0 }) {
            problems.append(InputProblem(node.location ?? SourceLocation(file: ""), .project(.allWeightsZero(id: node.id))))
        } else if !node.children.reduce(0.0, { $0 + $1.weight }).isFinite {
            problems.append(InputProblem(node.location ?? SourceLocation(file: ""), .project(.weightsOverflow(id: node.id))))
        }
        for child in node.children { checkWeights(child, problems: &problems) }
    }

    /// `kind:`, `min:`, `max:` → `IndicatorSpec.valueRange` (explicit bounds replace the kind's).
    private func readValueRange(_ spec: inout IndicatorSpec, fields: [String: YAMLValue], problems: inout [InputProblem]) {
        if let v = fields["kind"] { spec.kind = NormalisationReader.enumValue(v, IndicatorKind.self, problems: &problems) }
        let low = fields["min"]?.double(problems: &problems)
        let high = fields["max"]?.double(problems: &problems)
        guard spec.kind != nil || low != nil || high != nil else { return }
        var range = ValueRange(min: spec.kind?.bounds.min, max: spec.kind?.bounds.max, source: spec.kind.map { "kind: \($0.rawValue)" } ?? "")
        if let low { range.min = low }
        if let high { range.max = high }
        let explicit = [low.map { "min: \($0)" }, high.map { "max: \($0)" }].compactMap { $0 }
        if !explicit.isEmpty { range.source = ([range.source].filter { !$0.isEmpty } + explicit).joined(separator: ", ") }
        if let lo = range.min, let hi = range.max, lo > hi, let v = fields["max"] ?? fields["min"] {
            problems.append(v.problem(.project(.minAboveMax(min: lo, max: hi))))
        }
        if range.min != nil || range.max != nil { spec.valueRange = range }
    }
}

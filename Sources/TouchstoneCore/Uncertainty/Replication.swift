import TouchstoneStats

/// One draw of the uncertain inputs: which normalisation, aggregation and dropped indicator, which noise,
/// and the weight of every node.
public struct Replication: Sendable, Equatable {
    public var normalisation: NormalisationMethod?
    public var aggregation: AggregationMethod?
    public var dropped: String?
    public var noiseSeed: UInt64?
    /// Seed of the vote-share and rater redraw (`VoteResampler`, `RaterResampler`), when the project has
    /// vote or rater indicators.
    public var voteSeed: UInt64?
    public var weights: [String: Double]

    /// What must be recomputed from the data (everything but the weights).
    struct Scenario: Hashable { var normalisation: NormalisationMethod?; var aggregation: AggregationMethod?; var dropped: String?; var noiseSeed: UInt64?; var voteSeed: UInt64? }
    var scenario: Scenario { Scenario(normalisation: normalisation, aggregation: aggregation, dropped: dropped, noiseSeed: noiseSeed, voteSeed: voteSeed) }
}

/// Draws replications from `UncertaintySettings`. Draw `r` uses its own stream of the seed, so a replication
/// does not depend on how many others are drawn, or in which order they run.
struct ReplicationSampler {
    let project: Project
    let settings: UncertaintySettings

    var nodes: [FrameworkNode] { project.framework.preorder().filter { $0.id != project.framework.id } }

    /// Whether vote shares and raters are redrawn: `votes: true` and a `type: votes` indicator, or one with
    /// `raters:`, in the framework.
    var votesVary: Bool { settings.votes && project.framework.indicators.contains { $0.indicator?.type == .votes || $0.indicator?.raters != nil } }

    /// The inputs that vary, in a fixed order, for the Sobol analysis.
    var inputs: [String] {
        var list = ["weights"]
        if !settings.normalisations.isEmpty { list.append("normalisation") }
        if !settings.aggregations.isEmpty { list.append("aggregation") }
        if settings.leaveOneOut { list.append("leave-one-out") }
        if settings.noise > 0 { list.append("noise") }
        if votesVary { list.append("votes") }
        return list
    }

    func replication(_ r: Int) -> Replication {
        var g = SeededGenerator.stream(seed: settings.seed, index: UInt64(r))
        let u = inputs.map { _ in g.uniform() }
        return replication(from: u, weightStream: UInt64(r))
    }

    /// A replication from one uniform number per input (in `inputs` order); the weights input selects one of
    /// 10,000 seeded weight draws.
    func replication(from u: [Double], weightStream: UInt64? = nil) -> Replication {
        var k = 0
        func next() -> Double { defer { k += 1 }; return u[k] }
        let stream = weightStream ?? UInt64(next() * 10_000)
        if weightStream != nil { k += 1 }
        var rep = Replication(weights: weights(stream: stream))
        if !settings.normalisations.isEmpty {
            let options: [NormalisationMethod?] = [nil] + settings.normalisations
            rep.normalisation = options[min(options.count - 1, Int(next() * Double(options.count)))]
        }
        if !settings.aggregations.isEmpty {
            let options: [AggregationMethod?] = [nil] + settings.aggregations
            rep.aggregation = options[min(options.count - 1, Int(next() * Double(options.count)))]
        }
        if settings.leaveOneOut {
            let options: [String?] = [nil] + project.framework.indicators.map(\.id)
            rep.dropped = options[min(options.count - 1, Int(next() * Double(options.count)))]
        }
        if settings.noise > 0 { rep.noiseSeed = UInt64(next() * 1_000_000) + 1 }
        if votesVary { rep.voteSeed = UInt64(next() * 1_000_000) + 1 }
        return rep
    }

    /// Node weights: nominal × (1 + U(−a, a)), or a Dirichlet draw per sibling group.
    func weights(stream: UInt64) -> [String: Double] {
        var g = SeededGenerator.stream(seed: settings.seed &+ 0x5EED, index: stream)
        var w: [String: Double] = [:]
        if let c = settings.dirichletConcentration {
            for parent in project.framework.preorder() where !parent.children.isEmpty {
                let total = parent.children.reduce(0) { $0 + $1.weight }
                let draws = parent.children.map { Gamma.sample(shape: max(c * $0.weight / total, 1e-6), &g) }
                let sum = draws.reduce(0, +)
                for (child, d) in zip(parent.children, draws) { w[child.id] = sum > 0 ? d / sum * total : child.weight }
            }
        } else {
            let a = settings.weightPerturbation
            for node in nodes { w[node.id] = node.weight * (1 + a * (2 * g.uniform() - 1)) }
        }
        return w
    }
}

/// Gamma variates (Marsaglia & Tsang 2000), for Dirichlet weights.
enum Gamma {
    static func sample(shape: Double, _ g: inout SeededGenerator) -> Double {
        if shape < 1 {
            let u = max(g.uniform(), 1e-300)
            return sample(shape: shape + 1, &g) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = g.normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = g.uniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(max(u, 1e-300)) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

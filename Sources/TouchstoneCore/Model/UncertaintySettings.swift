/// What may vary in the uncertainty and sensitivity analysis (`uncertainty:` in the project file), with
/// defaults. Every replication draws one value of each uncertain input.
///
/// | key | default | meaning |
/// |---|---|---|
/// | `runs` | 1000 | Monte Carlo replications |
/// | `seed` | 1 | seed of every random draw (same seed, same bytes) |
/// | `weights` | `0.25` | each weight multiplied by 1 + U(−a, a), independently per node (0 = fixed) |
/// | `dirichlet` | — | instead: sibling weights drawn from a Dirichlet with concentration c·(nominal share) |
/// | `normalisations` | `[]` | alternative methods for indicators that use the project's default method |
/// | `aggregations` | `[]` | alternative aggregation methods for every aggregate node |
/// | `leave_one_out` | `false` | drop one indicator per replication (chosen uniformly; "none" is one of the choices) |
/// | `noise` | `0` | measurement noise: N(0, (noise · sd of the indicator)²) added to raw values |
/// | `votes` | `true` | vote shares of `type: votes` indicators redrawn from Dirichlet(n_l + ½) (fewer voters, wider), and the raters of `raters:` indicators bootstrapped (fewer raters, wider) |
/// | `top_k`, `bottom_k` | 5 | report P(rank ≤ k) and P(rank among the last k) |
/// | `sobol_runs` | 0 | N of the Saltelli design for Sobol indices (0 = off; costs N·(k+2) runs) |
/// | `bootstrap` | 100 | bootstrap resamples for the Sobol intervals |
public struct UncertaintySettings: Sendable, Equatable {
    public var runs = 1000
    public var seed: UInt64 = 1
    public var weightPerturbation = 0.25
    public var dirichletConcentration: Double?
    public var normalisations: [NormalisationMethod] = []
    public var aggregations: [AggregationMethod] = []
    public var leaveOneOut = false
    public var noise = 0.0
    /// Redraw the vote shares of `type: votes` indicators in every replication (see `VoteResampler`).
    public var votes = true
    public var topK = 5
    public var bottomK = 5
    public var sobolRuns = 0
    public var bootstrap = 100
    /// Whether the project file has an `uncertainty:` section (then `touchstone flag` grades its flags).
    public var declared = false

    public init() {}
}

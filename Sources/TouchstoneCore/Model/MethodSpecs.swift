import Foundation
import TouchstoneStats

/// How the weights of an aggregate node's children are set (`weights:` on a node or under `defaults:`).
///
/// | method | weights | fitted on |
/// |---|---|---|
/// | `explicit` (default) | the `weight:` of each child | — |
/// | `equal` | 1 for every child | — |
/// | `entropy` | Shannon entropy divergence (`EntropyWeights`) | children's scores, complete rows |
/// | `critic` | σ·Σ(1 − r) (`CriticWeights`) | children's scores, complete rows |
/// | `pca` | first principal component's loadings of the correlation matrix (`PrincipalComponents`) | children's scores, complete rows |
/// | `ahp` | principal eigenvector of a pairwise comparison `matrix` (`AnalyticHierarchy`) | — |
/// | `bod` | per unit-year optimal weights by linear programming (`BenefitOfTheDoubt`); the node's score is the BoD score | children's scores, complete rows |
///
/// Data-driven weights are fitted on all years pooled (`scope: panel`, default, so one set of weights
/// serves every year) or on each year alone (`scope: year`).
public enum WeightingMethod: String, Sendable, Codable, CaseIterable {
    case explicit, equal, entropy, critic, pca, ahp, bod

    /// Whether the weights are learnt from the children's scores.
    public var isDataDriven: Bool { [.entropy, .critic, .pca, .bod].contains(self) }
}

/// Settings of a node's weighting; only the fields of the chosen method apply.
public struct WeightingSpec: Sendable, Equatable {
    public enum Loadings: String, Sendable, CaseIterable { case raw, squared }

    public var method: WeightingMethod = .explicit
    public var scope: NormalisationScope = .panel
    /// PCA: `raw` PC1 loadings (COINr `get_PCA`) or `squared` loadings (OECD/JRC Handbook §6.1).
    public var loadings: Loadings = .raw
    /// PCA with raw loadings: allow an indicator to enter with a negative weight (COINr does).
    public var allowNegative = false
    /// AHP: the pairwise comparison matrix, rows and columns in the order of the node's children.
    public var matrix: Matrix?
    public var priority: AnalyticHierarchy.Priority = .eigenvector
    /// AHP: accept a consistency ratio above 0.10.
    public var allowInconsistent = false
    /// BoD: bounds on each child's share of a unit's score ("pie shares", Cherchye et al. 2007).
    public var lowerShare = 0.0
    public var upperShare = 1.0
    public var location: SourceLocation?

    public init(method: WeightingMethod = .explicit) { self.method = method }

    /// Weights that can differ between years or units cannot be written back as one weight per child.
    public var isUniform: Bool { method != .bod && !(method.isDataDriven && scope == .year) }
}

/// Parameters of the aggregation methods beyond arithmetic and geometric (`aggregation: {method: …, …}`).
public struct AggregationOptions: Sendable, Equatable {
    /// Exponent r of the generalised mean (`power`).
    public var power: Double?
    /// MPI/AMPI: `positive` (higher is better: mean − penalty, default) or `negative` (mean + penalty).
    public var penalty: MazziottaPareto.Penalty = .positive
    /// MPI: re-standardise each child to 100 ± 10 (population sd) before the composite (default true).
    public var standardise = true
    /// AMPI: the year whose mean is the reference value 100 (default: the first year of the panel).
    public var referenceYear: Int?
    /// TOPSIS: `vector` normalisation of the children (default) or `none`.
    public var topsisNormalisation: Topsis.Normalisation = .vector
    /// Grey relational analysis: distinguishing coefficient ρ ∈ (0, 1].
    public var rho = 0.5
    /// Relative methods (MPI, TOPSIS, GRA, Copeland, Borda): compare units over all years pooled (`panel`,
    /// default) or within each year (`year`).
    public var scope: NormalisationScope = .panel
    public var location: SourceLocation?

    public init() {}
}

extension AggregationMethod {
    /// A mean of the unit's own children scores (with fixed weights), computable unit by unit.
    /// Methods `NodeMean` evaluates unit by unit (the means and the sum).
    public var isMeanType: Bool { [.arithmetic, .geometric, .harmonic, .power, .sum].contains(self) }

    /// Methods that need every value to be above 0 (or a `shift`).
    func needsPositive(power r: Double?) -> Bool {
        switch self {
        case .geometric, .harmonic: return true
        case .power: return (r ?? 1) <= 0
        default: return false
        }
    }
}

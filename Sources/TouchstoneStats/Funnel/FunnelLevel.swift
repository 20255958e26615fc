/// A two-sided control level of a funnel plot: the probability α/2 outside each limit.
///
/// ```
/// tail = α/2,  coverage = 1 − α,  z = Φ⁻¹(1 − α/2)
///
/// level                 tail     coverage   z
/// .ninetyFive           0.025    0.95       1.959963984540054   ("2 sigma")
/// .ninetyNinePointEight 0.001    0.998      3.090232306167813   ("3 sigma")
/// ```
/// The two standard levels follow Spiegelhalter (2005), "Funnel plots for comparing institutional
/// performance", *Statistics in Medicine* 24:1185–1202, §3. The tail probability is stored (not the coverage)
/// so that 0.025 and 0.001 are exact doubles: (1 − 0.95)/2 would be 0.025000000000000022.
public struct FunnelLevel: Sendable, Hashable, Codable {
    /// The probability α/2 below the lower limit (and above the upper one) when the target holds.
    public var tailProbability: Double

    /// A level with the given one-sided tail probability in (0, ½).
    public init(tailProbability: Double) {
        precondition(tailProbability > 0 && tailProbability < 0.5, "A funnel tail probability must lie in (0, ½)")
        self.tailProbability = tailProbability
    }

    /// A level with the given two-sided coverage in (0, 1), e.g. 0.95.
    public init(coverage: Double) {
        self.init(tailProbability: (1 - coverage) / 2)
    }

    /// The two-sided coverage 1 − α.
    public var coverage: Double { 1 - 2 * tailProbability }

    /// The normal quantile z_{1−α/2}.
    public var z: Double { NormalDistribution.upperQuantile(tailProbability) }

    /// 95% limits (α/2 = 0.025).
    public static let ninetyFive = FunnelLevel(tailProbability: 0.025)
    /// 99.8% limits (α/2 = 0.001).
    public static let ninetyNinePointEight = FunnelLevel(tailProbability: 0.001)
    /// The two levels of Spiegelhalter (2005): 95% and 99.8%.
    public static let standard: [FunnelLevel] = [.ninetyFive, .ninetyNinePointEight]
}

extension IndicatorSpec {
    /// The direction the project file declares: `direction`, turned back for an indicator mirrored by
    /// `Project.reversedForJudging()`. The scores are computed under it (`Normaliser`), so a lock file written
    /// for the project also applies to its reversed scale.
    public var declaredDirection: Direction {
        mirrored ? (direction == .higher ? .lower : .higher) : direction
    }
}

extension Normaliser {
    /// The constant `c` of the mirror image `c − s` that scores a mirrored indicator (`IndicatorSpec.mirrored`):
    ///
    /// ```
    /// methods on an output range [l, u] (min-max, goalposts, distance to target, ranks, bands, …)   c = l + u
    /// z-score with target mean m                                                                    c = 2m
    /// none, ratio to reference                                                                      c = 0   (−s)
    /// ```
    ///
    /// So a mirrored score stays on the method's own scale (`[l, u]`, around the mean `m`), and it is the exact
    /// mirror of the declared score: every unit's order is reversed and ties are kept, whatever the method
    /// (turning the direction over instead is a mirror only for affine methods: distance to a target
    /// `min(x/t, 1)` becomes `min(t/x, 1)`, band scores and rank methods move their ties). With an arithmetic
    /// mean or a sum of children sharing `c` the aggregates are mirrored too (`Σw(c − s)/Σw = c − Σws/Σw`;
    /// with `c = 0` bit for bit). Missing scores stay missing.
    ///
    /// Example: min-max on [0, 100], distance-to-target scores 62.5 and 100 mirror to 37.5 and 0.
    static func mirrorConstant(_ spec: NormalisationSpec, descriptor: NormalisationDescriptor) -> Double {
        if descriptor.usesRange { return spec.range.lowerBound + spec.range.upperBound }
        return spec.method == .zScore ? 2 * spec.zMean : 0
    }

    /// `s` mirrored when the indicator is (`mapping.mirror − s`), else `s` itself; NaN stays NaN.
    func mirrored(_ s: Double) -> Double {
        guard let c = mapping.mirror else { return s }
        return c - s
    }
}

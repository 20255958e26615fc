/// One aggregation method as a value: the settings keys it reads, whether it compares units (so `scope:`
/// applies and it cannot score one unit alone), its formula and reference (its name in English and Chinese:
/// `AggregationMethod.summary(_:)` of TouchstoneOutput). The project reader, `touchstone diagnose`,
/// `NodeAggregator` and the report's method section read it; the kernels themselves stay in `TouchstoneStats` and are dispatched in
/// `NodeAggregator` (so a new aggregation method touches its descriptor, its kernel, its dispatch line and
/// its test).
public struct AggregationDescriptor: Sendable {
    public var method: AggregationMethod
    /// Keys under `aggregation:` the method reads besides `method`.
    public var settingsKeys: [String] = []
    /// Whether the scores compare units with each other (so `scope:` decides which units: all years pooled
    /// or each year alone), given the node's options.
    var comparesUnits: @Sendable (AggregationOptions) -> Bool = { _ in false }
    public var formula: String
    public var reference: String

    public func comparesUnits(_ options: AggregationOptions) -> Bool { comparesUnits(options) }

    /// Every aggregation method, in `AggregationMethod` order.
    public static let all: [AggregationDescriptor] = [
        AggregationDescriptor(method: .arithmetic,
                              formula: "Σ w·x / Σ w", reference: "OECD/JRC Handbook (2008) §6; COINr a_amean"),
        AggregationDescriptor(method: .geometric,
                              formula: "exp(Σ w·ln(x + s) / Σ w) − s", reference: "OECD/JRC Handbook (2008) §6; COINr a_gmean"),
        AggregationDescriptor(method: .harmonic, formula: "Σ w / Σ (w/x)", reference: "scipy.stats.hmean; COINr a_hmean"),
        AggregationDescriptor(method: .power, settingsKeys: ["r"], formula: "(Σ w·x^r / Σ w)^(1/r)", reference: "scipy.stats.pmean; COINr a_genmean"),
        AggregationDescriptor(method: .mpi, settingsKeys: ["penalty", "standardise", "scope"], comparesUnits: { $0.standardise },
                              formula: "M ± S·cv (children standardised to 100 ± 10)", reference: "Mazziotta & Pareto (2016), Soc Indic Res 127:983–1003"),
        AggregationDescriptor(method: .ampi, settingsKeys: ["penalty", "reference_year"],
                              formula: "M ± S·cv on 100 ± 10 around the reference year's mean", reference: "Mazziotta & Pareto (2016), adjusted MPI"),
        AggregationDescriptor(method: .topsis, settingsKeys: ["normalise", "scope"], comparesUnits: { _ in true },
                              formula: "d⁻/(d⁺ + d⁻)", reference: "Hwang & Yoon (1981); OECD/JRC Handbook (2008) §6"),
        AggregationDescriptor(method: .gra, settingsKeys: ["rho", "scope"], comparesUnits: { _ in true },
                              formula: "Σ w·(Δmin + ρΔmax)/(Δ + ρΔmax)", reference: "Deng (1982), grey relational analysis"),
        AggregationDescriptor(method: .copeland, settingsKeys: ["scope"], comparesUnits: { _ in true },
                              formula: "wins − losses over weighted pairwise majorities", reference: "OECD/JRC Handbook (2008) §6.2 (non-compensatory)"),
        AggregationDescriptor(method: .borda, settingsKeys: ["scope"], comparesUnits: { _ in true },
                              formula: "Σ w·(units beaten)", reference: "OECD/JRC Handbook (2008) §6.2; COINr"),
        AggregationDescriptor(method: .sum, formula: "Σ w·x", reference: "official totals such as the State Fragility Index"),
    ]

    static let byMethod: [AggregationMethod: AggregationDescriptor] = Dictionary(uniqueKeysWithValues: all.map { ($0.method, $0) })
}

extension AggregationMethod {
    /// The method's descriptor.
    public var descriptor: AggregationDescriptor { AggregationDescriptor.byMethod[self]! }
}

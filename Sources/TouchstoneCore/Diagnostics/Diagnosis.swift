import TouchstoneStats

/// What `touchstone diagnose` reports about a computed index: statistics of every indicator, correlations
/// within and between levels, the reliability and dimensionality of every aggregate, effective weights and
/// warnings for the known traps of composite indicators.
///
/// Rows: one year (the latest by default) or all years pooled. Statistics are on the raw values as read
/// (ordinal ratings as their scale scores); correlations, Cronbach's alpha and PCA on the scores the index
/// is built from (normalised indicators, aggregated nodes), as COINr's `get_corr`/`get_cronbach`/`get_PCA`.
/// The checks and their thresholds are in `DiagnosisWarning.Kind`.
/// Reference: OECD/JRC Handbook (2008) §4 (multivariate analysis) and §7 (robustness); COINr `get_stats`,
/// `get_corr`, `get_cronbach`, `get_PCA`, `get_corr_flags`.
public struct Diagnosis: Sendable {
    public struct IndicatorStatistics: Sendable, Equatable {
        public var id: String
        public var parent: String
        /// Rows considered (those of the indicator's `years:`, when it declares them), rows with a value, share
        /// missing among the rows considered.
        public var rows: Int
        public var n: Int
        public var missingShare: Double
        public var minimum, maximum, mean, standardDeviation: Double?
        public var skewness, kurtosis: Double?
        /// COINr's outlier rule: |skewness| > 2 and kurtosis > 3.5.
        public var outliers: Bool
        public var zeros: Int
        /// Cells filled by imputation in the treatment stage (0 without treatment).
        public var imputed: Int
    }

    /// Pearson and Spearman correlations (pairwise complete) between two sets of nodes' scores.
    public struct Correlations: Sendable {
        public var rows: [String]
        public var columns: [String]
        public var pearson: Matrix
        public var spearman: Matrix
    }

    public struct NodeSummary: Sendable {
        public var id: String
        public var depth: Int
        public var children: [String]
        /// Cronbach's alpha of the children's scores (pairwise complete covariances).
        public var cronbachAlpha: Double?
        /// Eigenvalues of the children's correlation matrix (complete rows) and their shares, largest first.
        public var eigenvalues: [Double]
        public var varianceShares: [Double]
        public var completeRows: Int
        /// Correlations among the children (within the node).
        public var within: Correlations
        /// Each child's Pearson correlation with this node's score.
        public var childCorrelation: [Double]
    }

    public var year: Int?
    public var rows: [Int]
    public var indicators: [IndicatorStatistics]
    public var nodes: [NodeSummary]
    /// Correlations of the nodes of each depth d ≥ 1 with the aggregates of depth d − 1 (between levels).
    public var between: [Int: Correlations]
    public var effectiveWeights: [EffectiveWeight]
    public var warnings: [DiagnosisWarning]
    /// Agreement of the raters of each indicator with `raters:` (`RaterAgreementSummary`).
    public var raters: [RaterAgreementSummary] = []

    public init(result: IndexResult, year: Int? = nil) {
        self.year = year
        let rows = year.map { result.panel.rows(inYear: $0) } ?? Array(result.panel.rows.indices)
        self.rows = rows
        let parents = Dictionary(result.nodes.flatMap { n in n.children.map { ($0.id, n.id) } }, uniquingKeysWith: { a, _ in a })
        func column(_ id: String) -> [Double] { rows.map { result.scores[id]![$0] } }

        // Indicators, raw values.
        var imputed: [String: Int] = [:]
        let rowSet = Set(rows.map { result.panel.rows[$0] })
        if let audit = result.treatment?.audit {
            // The compact records: no audit text is made here, and unit ids are looked up once.
            let unitIndex = Dictionary(result.panel.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for record in audit.records where record.step == .impute {
                if let u = unitIndex[audit.unit(of: record)], rowSet.contains(Panel.Key(unit: u, year: audit.year(of: record))) {
                    imputed[audit.indicatorIds[record.indicator], default: 0] += 1
                }
            }
        }
        indicators = result.panel.indicatorIds.enumerated().map { j, id in
            // Only the rows of the indicator's years (`years:`): outside them it is not part of the framework,
            // so those cells are structural gaps, not missing values.
            let inYears = rows.filter { result.isInFramework(row: $0, indicator: j) }
            let x = inYears.map { result.panel.values[$0, j] }
            let n = x.filter { !$0.isNaN }.count
            let skew = Moments.skewness(x), kurt = Moments.kurtosis(x)
            return IndicatorStatistics(id: id, parent: parents[id] ?? "", rows: inYears.count, n: n,
                                       missingShare: inYears.isEmpty ? 0 : Double(inYears.count - n) / Double(inYears.count),
                                       minimum: Descriptive.minimum(x), maximum: Descriptive.maximum(x), mean: Descriptive.mean(x),
                                       standardDeviation: Descriptive.standardDeviation(x), skewness: skew, kurtosis: kurt,
                                       outliers: OutlierCheck.fails(skew: skew, kurtosis: kurt), zeros: x.filter { $0 == 0 }.count,
                                       imputed: imputed[id] ?? 0)
        }

        // Aggregates: within-node correlations, alpha, PCA.
        nodes = result.nodes.filter { !$0.isIndicator }.map { node in
            let ids = node.children.map(\.id)
            let x = Matrix(columns: ids.map(column))
            let complete = (0 ..< x.rows).filter { i in (0 ..< x.columns).allSatisfy { !x[i, $0].isNaN } }
            let data = Matrix(columns: (0 ..< x.columns).map { j in complete.map { x[$0, j] } })
            let varying = (0 ..< data.columns).filter { Set(data.column($0)).count > 1 }
            let pca = varying.count >= 2 ? PrincipalComponents.compute(Matrix(columns: varying.map { data.column($0) })) : nil
            let own = column(node.id)
            return NodeSummary(id: node.id, depth: result.depth[node.id]!, children: ids,
                               cronbachAlpha: Moments.cronbachAlpha(ids.map(column)),
                               eigenvalues: pca?.eigenvalues ?? [], varianceShares: pca?.varianceShares ?? [],
                               completeRows: complete.count,
                               within: Correlations(rows: ids, columns: ids, pearson: Correlation.pearson(x), spearman: Correlation.spearman(x)),
                               childCorrelation: ids.map { Correlation.pearson(column($0), own) })
        }

        // Between levels: depth d against the aggregates of depth d − 1.
        var between: [Int: Correlations] = [:]
        let maxDepth = result.depth.values.max() ?? 0
        if maxDepth >= 2 {
            for d in 2 ... maxDepth {
                let lower = result.nodes.filter { result.depth[$0.id] == d }.map(\.id)
                let upper = result.nodes.filter { result.depth[$0.id] == d - 1 && !$0.isIndicator }.map(\.id)
                guard !lower.isEmpty, !upper.isEmpty else { continue }
                let a = Matrix(columns: lower.map(column)), b = Matrix(columns: upper.map(column))
                let spearman = Matrix(rows: lower.count, columns: upper.count, columnMajor: upper.indices.flatMap { k in
                    lower.indices.map { j in Correlation.spearman(a.column(j), b.column(k)) }
                })
                between[d] = Correlations(rows: lower, columns: upper, pearson: Correlation.pearson(a, b), spearman: spearman)
            }
        }
        self.between = between
        raters = RaterAgreementSummary.all(result: result, rows: rows)
        effectiveWeights = result.effectiveWeights(year: year)
        warnings = []
        warnings = DiagnosisWarning.checks(self, result: result)
    }

    public func node(_ id: String) -> NodeSummary? { nodes.first { $0.id == id } }
    public func indicator(_ id: String) -> IndicatorStatistics? { indicators.first { $0.id == id } }
}

/// COINr's outlier rule (`Treat`'s default check): an indicator needs treatment when |skew| > 2 and
/// kurtosis > 3.5 (e1071 type 2 statistics).
enum OutlierCheck {
    static func fails(skew: Double?, kurtosis: Double?) -> Bool {
        guard let s = skew, let k = kurtosis else { return false }
        return abs(s) > 2 && k > 3.5
    }
}

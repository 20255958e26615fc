/// The frozen scaling of a project: the normalisation parameters fitted once (`touchstone freeze`) and kept in
/// a lock file beside the project, so that later years are scored against them and published scores stay
/// published.
///
/// ```
/// without a lock   min, max (mean, sd, …) refitted on every run over all years present:
///                  appending 2024 moves every 2023 score (b01 53.14 → 53.28)
/// with a lock      score(x) = f(x; θ_frozen) for every year; θ_frozen read from touchstone.lock.json
///                  a value beyond the frozen [min, max] is reported, and capped at it (outside: cap, the
///                  default) or scored on the extended line (outside: extend: scores beyond [l, u])
/// ```
/// The model is the HDI's fixed goalposts (UNDP HDR technical notes: life expectancy 20–85, income
/// ln 100–ln 75,000 capped at the upper goalpost): the scale is chosen once and every year is read against
/// it, so a higher score means the unit did better, not that the others did worse.
///
/// What is frozen: the parameters of data-driven methods with `scope: panel` or `scope: base` (min-max: min and
/// max; z-score: mean and sd, with min and max for the outside check; rank methods: the sorted reference
/// values). Fixed methods (goalposts, targets, bands, ratio to a reference, none) need no parameters and
/// `scope: year` fits each year on its own, so their entries carry only the settings fingerprint, which
/// detects a changed framework. Data-driven weights and pooled outlier treatment are not frozen (noted on
/// `touchstone freeze`).
public struct ScalingLock: Sendable, Codable, Equatable {
    /// Format version of the lock file.
    public var version = 1
    /// The project file the lock was written for (its name, and the fingerprint of its bytes at the time).
    public var project: String
    public var projectFingerprint: String
    /// The data the parameters were fitted on: the years present, the rows and a fingerprint of the values.
    public var data: DataRecord
    /// One entry per indicator, in framework order.
    public var indicators: [FrozenScaling]

    public struct DataRecord: Sendable, Codable, Equatable {
        public var years: [Int]
        public var rows: Int
        public var fingerprint: String
    }

    enum CodingKeys: String, CodingKey {
        case version, project, projectFingerprint = "project_fingerprint", data, indicators
    }

    public init(project: String, projectFingerprint: String, data: DataRecord, indicators: [FrozenScaling]) {
        self.project = project
        self.projectFingerprint = projectFingerprint
        self.data = data
        self.indicators = indicators
    }

    public func indicator(_ id: String) -> FrozenScaling? { indicators.first { $0.id == id } }
}

/// One indicator's frozen scaling: its method and settings (as a fingerprint) and, for data-driven methods,
/// the parameters and the years and count of values they were fitted on.
public struct FrozenScaling: Sendable, Codable, Equatable {
    public var id: String
    public var method: NormalisationMethod
    public var scope: NormalisationScope
    /// Fingerprint of everything that decides the indicator's scores besides the data (`NormalisationSettings`).
    public var settings: String
    /// The years whose values were fitted (empty for fixed methods and `scope: year`).
    public var years: [Int]
    public var count: Int
    /// `nil` for fixed methods and `scope: year`.
    public var parameters: Normaliser.Parameters?
}

/// What a project says about its frozen scaling (`freeze:` in the project file).
public struct FreezeSettings: Sendable, Equatable {
    /// What a value outside the frozen [min, max] gets: `cap` (the score at the nearer end, as the HDI's
    /// capped upper goalposts) or `extend` (the same formula beyond the range: scores below l or above u).
    public enum Outside: String, Sendable, Codable, CaseIterable { case cap, extend }
    public var outside: Outside = .cap

    public init() {}
}

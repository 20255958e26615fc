/// One analysis: where the data is, what the units are, and the framework that turns indicators into an
/// index. Read from a YAML project file (`touchstone.yaml`); paths in it are relative to the file.
public struct Project: Sendable {
    /// The project file's path, and its folder (paths inside are resolved against it).
    public var file: String
    public var directory: String
    public var title: LocalizedText
    public var data: DataSpec
    public var units: UnitSpec
    public var defaults: Defaults
    public var framework: FrameworkNode
    public var trends = TrendSettings()
    public var flags = FlagSettings()
    public var uncertainty = UncertaintySettings()
    /// The key-targets table (`targets:`), for `touchstone progress`.
    public var targets: TargetSpec? = nil
    /// How years are computed when the framework changes over time (`history:`; `FrameworkVersioning`).
    public var history: HistoryMode = .current
    /// Where the data comes from, for the source line of charts and reports (`source:`), e.g. UNDP.
    public var source: LocalizedText? = nil
    /// Display names of group values and rating levels in each language (`labels:`), keyed by the value as it
    /// is written in the data, e.g. `functional: {en: Functional departments, zh: 职能部门}`.
    public var labels: [String: LocalizedText] = [:]
    /// SHA-256-free fingerprint of the file's bytes (FNV-1a 64, hex) so outputs can name their input.
    public var fingerprint: String
    /// `freeze:` — what a value outside the frozen scaling gets.
    public var freeze = FreezeSettings()
    /// The frozen scaling read from the lock file beside the project (`lockFile`); `nil` = fit on the data.
    public var scalingLock: ScalingLock? = nil

    /// The lock file of the project: `touchstone.yaml` → `touchstone.lock.json` in the same folder.
    public var lockFile: String { ScalingLock.file(forProject: file) }
}

/// How the indicator data is laid out in its CSV file.
public enum DataLayout: String, Sendable, CaseIterable {
    /// `unit, year, indicator, value` — one row per observation.
    case long
    /// One row per unit and year, one column per indicator.
    case wide
    /// One row per unit, one column per indicator and year, e.g. `le_1990` (UNDP's files).
    case yearInColumn = "year-in-column"
}

/// A condition on a column that keeps or drops rows of the data (or unit) file.
public struct RowFilter: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        case equals([String])
        case prefix(String)
    }
    public var column: String
    public var test: Test
    /// `true` drops the matching rows (`exclude:`), `false` keeps only matching rows (`include:`).
    public var exclude: Bool
    public var location: SourceLocation?
    /// Why the rows are dropped (`reason:`), named wherever the dropped years and units are listed.
    public var reason: LocalizedText? = nil

    public func keeps(_ value: String) -> Bool {
        let matches: Bool
        switch test {
        case .equals(let values): matches = values.contains(value)
        case .prefix(let p): matches = value.hasPrefix(p)
        }
        return exclude ? !matches : matches
    }
}

public struct DataSpec: Sendable {
    /// A CSV file or an `.xlsx` workbook.
    public var file: String
    /// The worksheet of an `.xlsx` data file (default: the first).
    public var sheet: String?
    public var layout: DataLayout = .wide
    public var unitColumn: String
    /// The year column (long, wide); `nil` with `fixedYear` for single-year wide files.
    public var yearColumn: String?
    public var fixedYear: Int?
    public var indicatorColumn: String = "indicator"
    public var valueColumn: String = "value"
    /// Long layout: the column naming the rater of each row; indicators with `raters:` then take several
    /// rows per unit-year (one per rater) and combine them (`RaterScores`).
    public var raterColumn: String?
    /// Long layout: the column naming the level of a vote count (`type: votes`); a row with indicator
    /// `appraisal` and level `优秀` is read as `appraisal_优秀`. Empty cells leave the indicator as it is.
    public var levelColumn: String?
    /// For `year-in-column`: how a column name is made, with `{indicator}` and `{year}` placeholders.
    public var columnPattern: String = "{indicator}_{year}"
    /// Cell texts that mean "missing" (compared after trimming spaces).
    public var missingValues: [String] = DataSpec.defaultMissingValues
    public var filters: [RowFilter] = []
    /// Optional `[from, to]` year window applied on load.
    public var years: ClosedRange<Int>?
    /// The file's text encoding (`encoding:`); `.auto` = UTF-8, or GB18030 when certain.
    public var encoding: TextEncodingChoice = .auto
    /// What the time column holds (`period:`): years (the default), quarters or months (`PeriodKind`).
    public var period: PeriodKind = .year

    public static let defaultMissingValues = ["", "NA", "N/A", "n/a", "NaN", "-", "..", "—"]
}

public struct UnitSpec: Sendable {
    /// The unit table; defaults to the data file (as in UNDP's files, which carry names and regions).
    public var file: String?
    /// The worksheet of an `.xlsx` unit file (default: the first; the data's sheet when `file` is not given).
    public var sheet: String?
    public var idColumn: String
    /// Display name column per language; may be empty (ids are shown).
    public var nameColumns: [String: String] = [:]
    /// Short display name column per language (`short_name_column(s)`), used for chart labels instead of the
    /// name without the suffix all units share; an empty cell falls back to that.
    public var shortNameColumns: [String: String] = [:]
    public var groupColumns: [String] = []
    /// Display label of each group column (e.g. `group` → {en: Peer group, zh: 组别}).
    public var groupLabels: [String: LocalizedText] = [:]
    /// Columns holding each group's display name per language (e.g. `group` → {zh: group_zh}).
    public var groupNameColumns: [String: [String: String]] = [:]
    public var sizeColumn: String?
    /// More numeric columns read per unit (e.g. population, area), for denomination (`treatment.denominator`).
    public var attributeColumns: [String] = []
    /// A year column: the unit table then has one row per unit and year, and the size and attribute columns
    /// are read per year (names and groups from the unit's first row).
    public var yearColumn: String?
    /// A column saying why a unit is shown but not ranked (`UnitStatus`: exempt, new, observer); per year
    /// with `year_column`. Empty cells are ordinary ranked units.
    public var statusColumn: String?
    /// The lineage table (`lineage:`, see `LineageEvent`): renamed, merged, split, created and dissolved units.
    public var lineage: String?
    public var filters: [RowFilter] = []
    /// The unit table's text encoding (`encoding:`); when it is the data file, `data.encoding` applies.
    public var encoding: TextEncodingChoice = .auto
}

public struct Defaults: Sendable {
    public var normalisation = NormalisationSpec()
    public var aggregation: AggregationMethod = .arithmetic
    /// Parameters of the default aggregation method (`aggregation: {method: …, …}` under `defaults:`).
    public var aggregationOptions = AggregationOptions()
    /// Default weighting of every aggregate node (`weights:` under `defaults:`); `nil` = explicit weights.
    public var weighting: WeightingSpec?
    /// Minimum share of an aggregate's children that must be present (by count).
    public var minCoverage: Double = 0.5
    public var language: String = "en"
    /// Data treatment before normalisation (`treatment:` under `defaults:`); does nothing by default.
    public var treatment = TreatmentSpec()
    /// Levels of every `type: votes` indicator that declares none (`vote_levels:` under `defaults:`).
    public var voteLevels: [VoteSpec.Level]?

    public init() {}
}

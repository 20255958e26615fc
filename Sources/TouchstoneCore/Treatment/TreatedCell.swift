import TouchstoneStats

/// One cell changed by the treatment stage: which, from what to what, by which step and why.
///
/// `old` and `new` are `NaN` where missing (an imputed cell has `old` missing; a cell whose denominator is
/// missing has `new` missing). Within a step, cells are ordered by indicator (framework order), then unit
/// (unit-table order), then year; the steps follow the stage order (see `TreatmentSpec`).
public struct TreatedCell: Sendable, Equatable {
    public enum Step: String, Sendable, CaseIterable {
        case denominate, impute, transform
        case winsorise
        case logCT = "log-ct"
    }

    public var unit: String
    public var year: Int
    public var indicator: String
    public var old: Double
    public var new: Double
    public var step: Step
    public var why: String

    public init(unit: String, year: Int, indicator: String, old: Double, new: Double, step: Step, why: String) {
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.old = old
        self.new = new
        self.step = step
        self.why = why
    }

    public static func == (a: TreatedCell, b: TreatedCell) -> Bool {
        a.unit == b.unit && a.year == b.year && a.indicator == b.indicator && a.step == b.step && a.why == b.why
            && (a.old == b.old || (a.old.isNaN && b.old.isNaN)) && (a.new == b.new || (a.new.isNaN && b.new.isNaN))
    }
}

/// What the outlier rule found and did for one indicator (and one year, with `outlier_scope: year`): the
/// COINr `Dets_Table` row.
public struct OutlierRecord: Sendable, Equatable {
    public var indicator: String
    /// `nil` for `outlier_scope: panel` (all years pooled).
    public var year: Int?
    /// Skew/kurtosis before, after winsorising and after the log fallback; points winsorised.
    public var before: OutlierRule.Check
    public var winsorised: Int
    public var afterWinsorising: OutlierRule.Check?
    public var afterLog: OutlierRule.Check?
    /// Fewer than 4 values, or constant: the check is undefined and nothing was done.
    public var undefined: Bool
}

/// Units and indicators removed by screening, with their coverage.
public struct ScreeningReport: Sendable, Hashable {
    public struct DroppedRow: Sendable, Hashable {
        public var unit: String
        public var year: Int
        public var coverage: Double
    }

    public struct DroppedIndicator: Sendable, Hashable {
        public var indicator: String
        public var coverage: Double
    }

    public var droppedRows: [DroppedRow] = []
    public var droppedIndicators: [DroppedIndicator] = []
    /// Aggregate nodes removed because screening removed all their children.
    public var droppedNodes: [String] = []
    /// Units removed entirely (no unit-year left).
    public var droppedUnits: [String] = []
}

/// The treatment stage's record kept in `IndexResult.treatment`: the values after treatment (aligned with
/// `IndexResult.panel`, whose values stay as read), every changed cell, the outlier details and screening.
public struct TreatmentRecord: Sendable {
    /// Values after treatment, one row per panel row, one column per panel indicator.
    public var values: Matrix
    /// The changed cells as compact records (their text is made only when asked for).
    public var audit: TreatmentAudit
    public var outliers: [OutlierRecord]
    public var screening: ScreeningReport?

    public init(values: Matrix, cells: [TreatedCell] = [], outliers: [OutlierRecord] = [], screening: ScreeningReport? = nil) {
        self.init(values: values, audit: TreatmentAudit(cells: cells), outliers: outliers, screening: screening)
    }

    public init(values: Matrix, audit: TreatmentAudit, outliers: [OutlierRecord] = [], screening: ScreeningReport? = nil) {
        self.values = values
        self.audit = audit
        self.outliers = outliers
        self.screening = screening
    }

    /// Every changed cell, in audit order, with its text (made now, from the compact records).
    public var cells: [TreatedCell] {
        get { audit.cells }
        set { audit = TreatmentAudit(cells: newValue) }
    }

    /// Cells changed by one step.
    public func cells(_ step: TreatedCell.Step) -> [TreatedCell] { audit.cells(step) }
}

extension IndexResult {
    /// Every cell the treatment stage changed (empty without treatment).
    public var treatments: [TreatedCell] { treatment?.audit.cells ?? [] }
}

import TouchstoneStats
import TouchstoneText

/// Every cell the treatment stage changed, kept as compact records — (row, indicator, step, before, after)
/// and a reason made of numbers or of a sentence shared by a whole group — with the text of a cell
/// (`TreatedCell`: unit id, indicator id, `why`) made only when it is asked for, e.g. when printed.
///
/// ```
/// record  = (panel row, panel column, step, old, new, reason)
/// reason  = shared sentence i (one per column or per year group: "mean of 98 values in 2020", the outlier
///           rule's line, "ln x", …) | divided by `column` = d | carried forward from year |
///           interpolated between year (value) and year (value)
/// cell(r) = TreatedCell(unit: units[rows[r.row].unit], year: rows[r.row].year, indicator: ids[r.indicator], …)
/// ```
/// Missing values: `old` is `NaN` for an imputed cell and `new` is `NaN` where a denominator was missing, as
/// in `TreatedCell`. Records are in audit order (step by step; within a step by indicator, then panel row,
/// i.e. unit then year), so `cells` gives exactly the list, and the very text, the stage used to build cell
/// by cell (the JSON and CSV audits are byte for byte the same).
/// Reference: the audit trail the OECD/JRC Handbook on Constructing Composite Indicators (2008, §3) asks for.
public struct TreatmentAudit: Sendable {
    /// Why a cell changed; the sentence is formatted by `text(_:)`.
    enum Reason: Sendable {
        case shared(Int32)
        case dividedBy(column: Int32, value: Double)
        case carriedForward(from: Int32)
        case interpolated(from: Int32, to: Int32, fromValue: Double, toValue: Double)
    }

    /// One changed cell (56 bytes: indices as 32-bit integers, the reason without text).
    public struct Record: Sendable {
        private var row32: Int32
        private var indicator32: Int32
        public var old: Double
        public var new: Double
        var reason: Reason
        public var step: TreatedCell.Step

        init(row: Int, indicator: Int, step: TreatedCell.Step, old: Double, new: Double, reason: Reason) {
            row32 = Int32(row)
            indicator32 = Int32(indicator)
            self.old = old
            self.new = new
            self.reason = reason
            self.step = step
        }

        /// Row of the treated (screened) panel.
        public var row: Int {
            get { Int(row32) }
            set { row32 = Int32(newValue) }
        }

        /// Column of the treated panel (`indicatorIds`).
        public var indicator: Int {
            get { Int(indicator32) }
            set { indicator32 = Int32(newValue) }
        }
    }

    public private(set) var records: [Record] = []
    /// Sentences shared by many records.
    private var sentences: [String] = []
    /// Unit ids (by unit index), the unit-year of each row and the indicator ids the records point into.
    private var unitIds: [String] = []
    private var rowKeys: [Panel.Key] = []
    public private(set) var indicatorIds: [String] = []

    init() {}

    /// An audit of cells given in full (each cell becomes a record with its own row and sentence).
    public init(cells: [TreatedCell]) {
        var unitIndex: [String: Int] = [:], indicatorIndex: [String: Int] = [:]
        for cell in cells {
            if unitIndex[cell.unit] == nil {
                unitIndex[cell.unit] = unitIds.count
                unitIds.append(cell.unit)
            }
            if indicatorIndex[cell.indicator] == nil {
                indicatorIndex[cell.indicator] = indicatorIds.count
                indicatorIds.append(cell.indicator)
            }
            rowKeys.append(Panel.Key(unit: unitIndex[cell.unit]!, year: cell.year))
            let why = sentence(cell.why)
            records.append(Record(row: rowKeys.count - 1, indicator: indicatorIndex[cell.indicator]!, step: cell.step,
                                  old: cell.old, new: cell.new, reason: why))
        }
    }

    public var isEmpty: Bool { records.isEmpty }
    public var count: Int { records.count }

    /// Every cell in audit order, with its text.
    public var cells: [TreatedCell] { records.map(cell) }

    /// The cells of one step.
    public func cells(_ step: TreatedCell.Step) -> [TreatedCell] { records.lazy.filter { $0.step == step }.map(cell) }

    public func unit(of record: Record) -> String { unitIds[rowKeys[record.row].unit] }
    public func year(of record: Record) -> Int { rowKeys[record.row].year }

    /// The full cell of a record: ids resolved and the reason written out.
    public func cell(_ record: Record) -> TreatedCell {
        TreatedCell(unit: unit(of: record), year: year(of: record), indicator: indicatorIds[record.indicator],
                    old: record.old, new: record.new, step: record.step, why: text(record.reason))
    }

    // MARK: Building (the treatment stage)

    /// A reason that is one sentence, stored once however many records share it.
    mutating func sentence(_ s: String) -> Reason { .shared(sentenceIndex(s)) }

    /// Stores a sentence (or a column name for `.dividedBy`) and returns its index.
    mutating func sentenceIndex(_ s: String) -> Int32 {
        sentences.append(s)
        return Int32(sentences.count - 1)
    }

    mutating func append(row: Int, indicator: Int, step: TreatedCell.Step, old: Double, new: Double, _ reason: Reason) {
        records.append(Record(row: row, indicator: indicator, step: step, old: old, new: new, reason: reason))
    }

    mutating func append(contentsOf more: [Record]) { records += more }

    /// Points the records at the screened panel: `rowMap[old]` / `columnMap[old]` is the new index, `nil`
    /// when screening dropped it (the record goes).
    mutating func remap(rows rowMap: [Int?], columns columnMap: [Int?]) {
        records = records.compactMap { r in
            guard let row = rowMap[r.row], let column = columnMap[r.indicator] else { return nil }
            var moved = r
            moved.row = row
            moved.indicator = column
            return moved
        }
    }

    /// Resolves rows and columns through `panel` (the treated panel the records point into).
    mutating func bind(to panel: Panel) {
        unitIds = panel.units.map(\.id)
        rowKeys = panel.rows
        indicatorIds = panel.indicatorIds
    }

    /// How many records a step has, in how many indicators, and how many were left missing.
    struct StepCount {
        var cells = 0
        var indicators = Set<Int>()
        var missingAfter = 0
    }

    /// The counts of every step, in one pass over the records.
    func stepCounts() -> [TreatedCell.Step: StepCount] {
        var counts: [TreatedCell.Step: StepCount] = [:]
        var previous: (TreatedCell.Step, Int)?
        for r in records {
            counts[r.step, default: StepCount()].cells += 1
            // Records come grouped by step and indicator: hash an indicator only when it changes.
            if previous == nil || previous! != (r.step, r.indicator) {
                counts[r.step, default: StepCount()].indicators.insert(r.indicator)
                previous = (r.step, r.indicator)
            }
            if r.new.isNaN { counts[r.step, default: StepCount()].missingAfter += 1 }
        }
        return counts
    }

    /// The sentence of a reason (the text the audit prints).
    func text(_ reason: Reason) -> String {
        switch reason {
        case .shared(let i): return sentences[Int(i)]
        case .dividedBy(let column, let d): return "divided by `\(sentences[Int(column)])` = \(NumberFormat.full(d))"
        case .carriedForward(let year): return "carried forward from \(year)"
        case .interpolated(let a, let b, let va, let vb): return "interpolated between \(a) (\(NumberFormat.full(va))) and \(b) (\(NumberFormat.full(vb)))"
        }
    }
}

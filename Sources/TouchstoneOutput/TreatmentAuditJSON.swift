import TouchstoneCore

/// One `audit` entry of `touchstone index --format json`: a cell changed by the treatment stage
/// (`{unit, year, indicator, step, old, new, why}`; a missing `old` or `new` is `null`).
struct TreatmentAuditJSON: Encodable {
    var unit: String, year: Int, indicator: String, step: String, old: Double?, new: Double?, why: String

    init(_ cell: TreatedCell) {
        (unit, year, indicator, step, why) = (cell.unit, cell.year, cell.indicator, cell.step.rawValue, cell.why)
        old = cell.old.isNaN ? nil : cell.old
        new = cell.new.isNaN ? nil : cell.new
    }

    enum CodingKeys: String, CodingKey { case unit, year, indicator, step, old, new, why }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(unit, forKey: .unit); try c.encode(year, forKey: .year); try c.encode(indicator, forKey: .indicator)
        try c.encode(step, forKey: .step); try c.encode(old, forKey: .old); try c.encode(new, forKey: .new); try c.encode(why, forKey: .why)
    }

    /// The audit of the unit-years among `rows`, in audit order.
    static func entries(_ result: IndexResult, rows: [Int]) -> [TreatmentAuditJSON] {
        let cells = result.treatments
        guard !cells.isEmpty else { return [] }
        let shown = Set(rows.map { "\(result.panel.units[result.panel.rows[$0].unit].id)\u{1F}\(result.panel.rows[$0].year)" })
        return cells.filter { shown.contains("\($0.unit)\u{1F}\($0.year)") }.map(TreatmentAuditJSON.init)
    }
}

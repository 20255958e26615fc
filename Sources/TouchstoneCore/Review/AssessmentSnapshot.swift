import Foundation

/// What one year's assessment published, kept so that next year's can be compared with it
/// (`touchstone archive`, `YearReview`): each unit's status, severity, rules, index and rank; whether it was
/// at or below the bottom-share cut-off; every index and dimension score of every unit-year up to the year
/// (the numbers the tables and trends showed); a fingerprint of each unit-year's raw values; and the
/// fingerprints of the project file, the data, the unit table and the tool version.
///
/// Stored as `snapshot.json` (sorted keys, full precision), so the same input gives the same bytes.
/// Missing numbers (`NaN`) are left out. A snapshot read from a `flag --format json` file has no numbers
/// but the index of its own year, no row fingerprints and no file fingerprints.
public struct AssessmentSnapshot: Codable, Sendable, Equatable {
    public struct Fingerprints: Codable, Sendable, Equatable {
        public var project: String
        public var data: String
        public var units: String?
        public var tool: String

        public init(project: String, data: String, units: String?, tool: String) {
            self.project = project
            self.data = data
            self.units = units
            self.tool = tool
        }

        /// The fingerprints of a project's files as they are now (FNV-1a of the bytes, `Fingerprint`).
        public static func of(_ project: Project, tool: String) -> Fingerprints {
            func file(_ path: String) -> String {
                let full = path.hasPrefix("/") ? path : (project.directory as NSString).appendingPathComponent(path)
                return FileManager.default.contents(atPath: full).map { Fingerprint.fnv1a($0) } ?? "missing"
            }
            return Fingerprints(project: project.fingerprint, data: file(project.data.file), units: project.units.file.map(file), tool: tool)
        }
    }

    public struct UnitEntry: Codable, Sendable, Equatable {
        public var unit: String
        public var name: [String: String]
        /// `UnitAssessment.Status` raw value, or `not-assessed` for an expected unit without data.
        public var status: String
        public var severity: String?
        public var rules: [String]
        public var index: Double?
        public var rank: Int?
        public var belowCutoff: Bool?

        enum CodingKeys: String, CodingKey { case unit, name, status, severity, rules, index, rank, belowCutoff = "below_cutoff" }
    }

    /// One published score: a unit's score of a node (index or dimension) in a year.
    public struct Number: Codable, Sendable, Equatable, Hashable {
        public var unit: String
        public var year: Int
        public var node: String
        public var value: Double
    }

    public var year: Int
    public var fingerprints: Fingerprints?
    public var cutoff: Double?
    public var units: [UnitEntry]
    public var numbers: [Number]
    /// `unit|year` → fingerprint of the unit-year's raw values.
    public var rows: [String: String]

    enum CodingKeys: String, CodingKey { case year, fingerprints, cutoff, units, numbers, rows }

    public init(year: Int, fingerprints: Fingerprints?, cutoff: Double?, units: [UnitEntry], numbers: [Number], rows: [String: String]) {
        self.year = year
        self.fingerprints = fingerprints
        self.cutoff = cutoff
        self.units = units
        self.numbers = numbers
        self.rows = rows
    }

    /// The snapshot of an assessment: `assessments` from `engine.assess()`, `coverage` of the same year.
    public init(engine: FlagEngine, assessments: [UnitAssessment], coverage: AssessmentCoverage, fingerprints: Fingerprints?) {
        let result = engine.result, panel = result.panel, root = result.root.id
        let ranks = result.ranks(of: root)
        let cutoff = engine.bottomCutoff?.cutoff
        let index = result.scores[root]!
        var units = assessments.map { a -> UnitEntry in
            let x = a.row.map { index[$0] }.flatMap { $0.isNaN ? nil : $0 }
            return UnitEntry(unit: panel.units[a.unit].id, name: panel.units[a.unit].names, status: a.status.rawValue, severity: a.severity?.name,
                             rules: a.flags.map(\.rule.rawValue), index: x, rank: a.row.flatMap { ranks[$0] },
                             belowCutoff: x.flatMap { v in cutoff.map { v <= $0 } })
        }
        units += coverage.missing.map { UnitEntry(unit: $0.id, name: $0.names, status: Self.notAssessed, severity: nil, rules: [], index: nil, rank: nil, belowCutoff: nil) }
        let nodes = [root] + result.root.children.filter { !$0.isIndicator }.map(\.id)
        var numbers: [Number] = [], rows: [String: String] = [:]
        for (r, key) in panel.rows.enumerated() where key.year <= engine.year {
            let id = panel.units[key.unit].id
            for node in nodes {
                let v = result.scores[node]![r]
                if !v.isNaN { numbers.append(Number(unit: id, year: key.year, node: node, value: v)) }
            }
            let raw = (0 ..< panel.values.columns).flatMap { j -> [UInt8] in withUnsafeBytes(of: panel.values[r, j].bitPattern.littleEndian, Array.init) }
            rows["\(id)|\(key.year)"] = Fingerprint.fnv1a(raw)
        }
        self.init(year: engine.year, fingerprints: fingerprints, cutoff: cutoff, units: units, numbers: numbers, rows: rows)
    }

    /// The status of an expected unit without data in the year.
    public static let notAssessed = "not-assessed"

    public func entry(_ unit: String) -> UnitEntry? { units.first { $0.unit == unit } }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

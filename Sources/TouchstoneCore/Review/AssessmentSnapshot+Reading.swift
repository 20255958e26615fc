import Foundation

extension AssessmentSnapshot {
    /// Reads what a review compares with: an archive folder (its `snapshot.json`), a `snapshot.json`, or the
    /// output of `touchstone flag --format json` (units, statuses, rules and the year's index; no numbers of
    /// other years, no fingerprints). A file that is neither is a problem naming the file and what to give.
    public static func read(path: String) throws -> AssessmentSnapshot {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputProblem(SourceLocation(file: path), .project(.snapshotNotFound(path: path)))
        }
        let file = isFolder.boolValue ? (path as NSString).appendingPathComponent("snapshot.json") : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputProblem(SourceLocation(file: file), .project(.snapshotMissingInFolder))
        }
        let decoder = JSONDecoder()
        if let snapshot = try? decoder.decode(AssessmentSnapshot.self, from: data) { return snapshot }
        if let flags = try? decoder.decode(FlagDocument.self, from: data) { return flags.snapshot }
        throw InputProblem(SourceLocation(file: file), .project(.notASnapshot))
    }

    /// The parts of `flag --format json` a review needs.
    struct FlagDocument: Decodable {
        struct Flag: Decodable { var rule: String }
        struct Unit: Decodable {
            var unit: String; var name: [String: String]?; var status: String; var severity: String?; var index: Double?; var flags: [Flag]
        }
        struct Missing: Decodable { var unit: String; var name: [String: String]? }
        var year: Int
        var units: [Unit]
        var notAssessed: [Missing]?
        var bottomCutoff: Double?
        enum CodingKeys: String, CodingKey { case year, units, notAssessed = "not_assessed", bottomCutoff = "bottom_cutoff" }

        var snapshot: AssessmentSnapshot {
            let entries = units.map { u in
                UnitEntry(unit: u.unit, name: u.name ?? [:], status: u.status, severity: u.severity, rules: u.flags.map(\.rule), index: u.index, rank: nil,
                          belowCutoff: u.index.flatMap { x in bottomCutoff.map { x <= $0 } })
            } + (notAssessed ?? []).map { UnitEntry(unit: $0.unit, name: $0.name ?? [:], status: AssessmentSnapshot.notAssessed, severity: nil, rules: [], index: nil, rank: nil, belowCutoff: nil) }
            let numbers = units.compactMap { u in u.index.map { Number(unit: u.unit, year: year, node: "", value: $0) } }
            return AssessmentSnapshot(year: year, fingerprints: nil, cutoff: bottomCutoff, units: entries, numbers: numbers, rows: [:])
        }
    }
}

import Foundation

/// Reading, checking and writing the lock file (`touchstone.lock.json` beside `touchstone.yaml`).
///
/// JSON rather than YAML: numbers are written as the shortest text that reads back as the same double, so a
/// frozen min of 12.345678901234567 scores exactly as it did when it was fitted; keys are sorted and the file
/// is indented, so a refreeze shows as a readable diff under version control.
extension ScalingLock {
    /// `dir/name.yaml` → `dir/name.lock.json`.
    public static func file(forProject projectFile: String) -> String {
        let base = ((projectFile as NSString).lastPathComponent as NSString).deletingPathExtension
        return ((projectFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(base + ".lock.json")
    }

    /// The lock of `project`, checked against its framework; `nil` when there is no lock file.
    public static func read(for project: Project) throws -> ScalingLock? {
        let lock = try readUnchecked(for: project)
        try lock?.check(against: project)
        return lock
    }

    /// The lock file as it is, not checked against the framework (`freeze --refit` compares with it).
    public static func readUnchecked(for project: Project) throws -> ScalingLock? {
        let path = project.lockFile
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try InputFile.read(path: path, file: path, kind: .lockFile, maxSize: ResourceLimits.maxProjectFileBytes * 64, bytesPerByte: 1)
        let lock: ScalingLock
        do {
            lock = try JSONDecoder().decode(ScalingLock.self, from: Data(bytes))
        } catch {
            throw InputProblem(SourceLocation(file: path), .project(.lockUnreadable(reason: error.localizedDescription, projectFile: project.file)))
        }
        return lock
    }

    /// Stops with one message naming what changed when the framework is not the one the lock was written for.
    public func check(against project: Project) throws {
        let indicators = project.framework.indicators
        let now = Set(indicators.map(\.id)), then = Set(self.indicators.map(\.id))
        let added = indicators.map(\.id).filter { !then.contains($0) }
        let removed = self.indicators.map(\.id).filter { !now.contains($0) }
        let changed = indicators.filter { node in
            self.indicator(node.id).map { $0.settings != NormalisationSettings.fingerprint(node, defaults: project.defaults.normalisation) } ?? false
        }.map(\.id)
        guard !added.isEmpty || !removed.isEmpty || !changed.isEmpty else { return }
        throw InputProblem(SourceLocation(file: project.lockFile),
                           .project(.scalingChanged(added: added, removed: removed, changed: changed, projectFile: project.file,
                                                    projectName: (project.file as NSString).lastPathComponent)))
    }

    /// What a lock leaves unfrozen (worded by TouchstoneOutput, `ScalingLock.Unfrozen+Words.swift`).
    public enum Unfrozen: Hashable, Sendable {
        /// Data-driven weights of these aggregates are refitted on every run.
        case fittedWeights(ids: [String])
        /// Outlier treatment of this many indicators pools all years (`outlier_scope: panel`).
        case pooledOutliers(indicators: Int)
    }

    /// What a lock does not freeze in `project`: data-driven weights and outlier treatment pooled over the
    /// panel are refitted on every run, so appending a year can still move earlier scores through them.
    public static func unfrozen(_ project: Project) -> [Unfrozen] {
        var notes: [Unfrozen] = []
        let aggregates = project.framework.preorder().filter { !$0.isIndicator }
        let weighted = aggregates.filter { node in
            (node.weighting ?? project.defaults.weighting)?.method.isDataDriven ?? false
        }
        if !weighted.isEmpty {
            notes.append(.fittedWeights(ids: weighted.map(\.id)))
        }
        let pooled = project.framework.indicators.filter { ($0.indicator?.treatment ?? project.defaults.treatment).outliers != .none && ($0.indicator?.treatment ?? project.defaults.treatment).outlierScope == .panel }
        if !pooled.isEmpty {
            notes.append(.pooledOutliers(indicators: pooled.count))
        }
        return notes
    }

    /// The lock of a computed result: its fitted parameters, indicator by indicator in framework order.
    public init(result: IndexResult) {
        let project = result.project
        var entries: [FrozenScaling] = []
        for node in project.framework.indicators {
            let spec = node.indicator?.normalisation ?? project.defaults.normalisation
            let fitted = result.normalisation[node.id]
            // Pooled or base-year parameters are frozen; per-year and fixed methods keep only their settings.
            let group = spec.scope == .year ? nil : fitted?.groups.first
            entries.append(FrozenScaling(id: node.id, method: spec.method, scope: spec.scope,
                                         settings: NormalisationSettings.fingerprint(node, defaults: project.defaults.normalisation),
                                         years: group?.years ?? [], count: group?.count ?? 0,
                                         parameters: group?.parameters))
        }
        self.init(project: (project.file as NSString).lastPathComponent, projectFingerprint: project.fingerprint,
                  data: DataRecord(years: result.panel.years, rows: result.panel.rows.count, fingerprint: Self.fingerprint(result.panel)),
                  indicators: entries)
    }

    /// The lock file's text (sorted keys, indented, ending in a newline).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// FNV-1a of every row's unit, year and values (bit patterns), in panel order.
    static func fingerprint(_ panel: Panel) -> String {
        var bytes: [UInt8] = []
        for (i, key) in panel.rows.enumerated() {
            bytes += Array("\(panel.units[key.unit].id)|\(key.year)|".utf8)
            for j in panel.indicatorIds.indices { withUnsafeBytes(of: panel.values[i, j].bitPattern.littleEndian) { bytes += $0 } }
        }
        return Fingerprint.fnv1a(bytes)
    }
}

import Foundation
import Testing
@testable import TouchstoneStats

/// Reference data for the funnel tests.
///
/// - Committed references (always present): `Tests/References/funnel/*.csv`, written by `funnel_reference.py`
///   beside them (SciPy 1.17.1, NumPy 2.4.6, mpmath 1.3.0; see `funnel_versions.txt`), on `funnel_example.csv`
///   (a copy of the shared example) and `poisson_example.csv` (34 branches, violations per member).
/// - Shared data (`../shared/data`): `python/funnel_example.csv` and `funnel_example_grid.csv`, proportion
///   limits from an independent numpy/scipy script. Tests that need it are skipped, with a printed notice,
///   when the folder is absent.
enum FunnelFixtures {
    typealias F = TrendFixtures
    static let referenceFolder = F.packageRoot.appendingPathComponent("Tests/References/funnel")

    static func reference(_ name: String) -> CSVTable {
        CSVTable(path: referenceFolder.appendingPathComponent(name).path)
    }

    /// A key,value summary file as a dictionary of numbers.
    static func summary(_ name: String) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: reference(name).rows.map { ($0[0], F.number($0[1])) })
    }

    /// Whether the shared funnel outputs exist; prints a notice when they do not.
    static var sharedAvailable: Bool {
        let probe = F.sharedFolder.appendingPathComponent("coinr_asem/reference/python/funnel_example_grid.csv").path
        let present = FileManager.default.fileExists(atPath: probe)
        if !present {
            print("notice: ../shared/data is not present; funnel tests against python/funnel_example*.csv are skipped")
        }
        return present
    }

    /// Limit columns in the reference files: "lo95", "hi998_exact", … → (method, level, isUpper).
    static let limitColumns: [(name: String, method: FunnelLimitMethod, level: FunnelLevel, upper: Bool)] = {
        var out: [(String, FunnelLimitMethod, FunnelLevel, Bool)] = []
        for (suffix, method) in [("", FunnelLimitMethod.normal), ("_exact", .exact)] {
            for (tag, level) in [("95", FunnelLevel.ninetyFive), ("998", .ninetyNinePointEight)] {
                out.append(("lo\(tag)\(suffix)", method, level, false))
                out.append(("hi\(tag)\(suffix)", method, level, true))
            }
        }
        return out
    }()

    /// Checks normal and exact limits against a record's lo95 … hi998_exact columns, to `tolerance` absolute.
    static func expectLimits(_ set: FunnelLimitSet, _ record: [String: String], tolerance: Double,
                             _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for c in limitColumns {
            guard let limits = set.limits(c.method, at: c.level) else {
                Issue.record("\(context): no \(c.name)", sourceLocation: sourceLocation); continue
            }
            let ours = c.upper ? limits.upper : limits.lower
            let expected = F.number(record[c.name]!)
            #expect(abs(ours - expected) <= tolerance, "\(context) \(c.name): \(ours) vs \(expected)",
                    sourceLocation: sourceLocation)
        }
    }

    /// Checks limits built by `make` against a record's columns named "lo95\(suffix)" … "hi998\(suffix)".
    static func expectAdjusted(_ suffix: String, _ record: [String: String], tolerance: Double, _ context: String,
                               sourceLocation: SourceLocation = #_sourceLocation,
                               _ make: (FunnelLevel) -> FunnelLimits) {
        for (tag, level) in [("95", FunnelLevel.ninetyFive), ("998", .ninetyNinePointEight)] {
            let l = make(level)
            let lo = F.number(record["lo\(tag)\(suffix)"]!), hi = F.number(record["hi\(tag)\(suffix)"]!)
            #expect(abs(l.lower - lo) <= tolerance && abs(l.upper - hi) <= tolerance,
                    "\(context) \(tag)\(suffix): [\(l.lower), \(l.upper)] vs [\(lo), \(hi)]",
                    sourceLocation: sourceLocation)
        }
    }
}

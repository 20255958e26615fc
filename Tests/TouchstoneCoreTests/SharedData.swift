import Foundation

/// The shared real-world data beside the project root (`../shared/data`). Reference tests read it when it
/// exists and are skipped, with a printed notice, when it does not.
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    static var isAvailable: Bool {
        let present = FileManager.default.fileExists(atPath: path("coinr_asem/reference/a_default_scores.csv"))
        if !present { print("notice: ../shared/data is not present; reference tests against COINr and UNDP data are skipped") }
        return present
    }
}

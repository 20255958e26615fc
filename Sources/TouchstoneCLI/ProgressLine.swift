import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress line on standard error for long runs, e.g. `replications 340/1000`, rewritten in place with `\r`
/// and erased when done. Only when standard error is a terminal (`isatty(2)`) and not under CI (`CI` set in
/// the environment, as CI services do) or a dumb terminal: pipes, redirects and logs never see it.
/// The library only calls back (`UncertaintyAnalysis(progress:)`); printing is the CLI's job.
final class ProgressLine {
    private let label: String
    private var shown = -1
    private var last = ContinuousClock.now
    private var width = 0

    private init(label: String) { self.label = label }

    /// Whether progress may be shown: standard error is a terminal, not CI, not `TERM=dumb`.
    static var enabled: Bool {
        let env = ProcessInfo.processInfo.environment
        return isatty(2) == 1 && env["CI"] == nil && env["TERM"] != "dumb"
    }

    /// A callback for `(done, total)` that draws the line, or `nil` when progress must not be shown.
    static func callback(_ label: String) -> ((Int, Int) -> Void)? {
        guard enabled else { return nil }
        let line = ProgressLine(label: label)
        return { done, total in line.update(done, total) }
    }

    func update(_ done: Int, _ total: Int) {
        // At most ~10 redraws a second, plus the last one; then the line is erased.
        let now = ContinuousClock.now
        if done < total && shown >= 0 && now - last < .milliseconds(100) { return }
        last = now
        shown = done
        if done >= total {
            write("\r" + String(repeating: " ", count: width) + "\r")
            return
        }
        let text = "\(label) \(done)/\(total)"
        width = max(width, text.count)
        write("\r" + text)
    }

    private func write(_ s: String) {
        Console.errorRaw(s)
    }
}

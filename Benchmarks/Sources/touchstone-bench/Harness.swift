import Foundation

/// Timing: `warmup` untimed runs, then `runs` timed runs with `ContinuousClock`; median and min in seconds.
struct Timing {
    var seconds: [Double]
    /// Process CPU time (user + system, all threads) of each timed run, from getrusage.
    var cpuSeconds: [Double] = []

    var cpuMedian: Double? {
        guard !cpuSeconds.isEmpty else { return nil }
        let s = cpuSeconds.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// User + system CPU seconds of this process so far.
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    var median: Double {
        let s = seconds.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    var min: Double { seconds.min() ?? .nan }

    static func measure(warmup: Int, runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        for _ in 0 ..< warmup { try body() }
        let clock = ContinuousClock()
        var seconds: [Double] = [], cpu: [Double] = []
        for _ in 0 ..< runs {
            let cpu0 = processCPU()
            let elapsed = try clock.measure { try body() }
            cpu.append(processCPU() - cpu0)
            seconds.append(elapsed.seconds)
        }
        return Timing(seconds: seconds, cpuSeconds: cpu)
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}

/// Peak resident set size of this process, from /proc/self/status (`VmHWM`), in MiB.
enum Memory {
    static func peakMiB() -> Double? { statusField("VmHWM") }
    static func currentMiB() -> Double? { statusField("VmRSS") }

    /// Resets the peak (Linux: writing 5 to /proc/self/clear_refs sets VmHWM back to the current RSS).
    @discardableResult
    static func resetPeak() -> Bool {
        guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? h.close() }
        do { try h.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func statusField(_ name: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            if let kb = Double(String(digits)) { return kb / 1024 }
        }
        return nil
    }
}

/// Minimal JSON object writer for one output line (keys in insertion order).
struct JSONLine {
    private var parts: [String] = []

    mutating func add(_ key: String, _ value: String) { parts.append("\(quote(key)):\(quote(value))") }
    mutating func add(_ key: String, _ value: Int) { parts.append("\(quote(key)):\(value)") }
    mutating func add(_ key: String, _ value: Double?, digits: Int = 6) {
        guard let value, value.isFinite else { parts.append("\(quote(key)):null"); return }
        parts.append("\(quote(key)):\(String(format: "%.\(digits)g", value))")
    }
    mutating func add(_ key: String, _ values: [Double], digits: Int = 6) {
        parts.append("\(quote(key)):[\(values.map { String(format: "%.\(digits)g", $0) }.joined(separator: ","))]")
    }

    var text: String { "{" + parts.joined(separator: ",") + "}" }

    private func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Keeps results alive so the optimiser cannot drop the work.
@inline(never)
func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

import Foundation
import TouchstoneText

/// How much a run may take, decided before the work starts so that a run too big for the machine is
/// refused with a message instead of being killed half-way by the system.
///
/// | limit | value | why |
/// |---|---|---|
/// | `memoryBudget` | 75 % of physical memory, or `TOUCHSTONE_MEMORY_LIMIT` (bytes; suffix K, M, G, T = powers of 1024) | leaves room for the system and other programs |
/// | `bytesPerInputByte` | 8 | measured peak resident memory of reading and computing the index: 5.5× the CSV's size for the 311 MB benchmark file (release build, `Benchmarks/README.md`), 7.3× for a 33 MB file in a debug build. Printing every year at every level as CSV can need 3× more, which the estimate does not cover |
/// | `maxProjectFileBytes` | 16 MiB | a hand-written YAML file; more is a mistake (a data file given as the project) |
/// | `maxReplications` | 10,000,000 | `--runs`, `--sobol`, `uncertainty.runs`, `uncertainty.sobol_runs` |
public enum ResourceLimits {
    /// Memory per byte of CSV input, estimated generously (see the table above).
    public static let bytesPerInputByte = 8

    /// The largest accepted project file.
    public static let maxProjectFileBytes = 16 << 20

    /// The largest number of replications or Sobol base runs.
    public static let maxReplications = 10_000_000

    /// The memory a run may use: `TOUCHSTONE_MEMORY_LIMIT` when set and valid, else 75 % of physical memory.
    public static var memoryBudget: Int {
        if let text = ProcessInfo.processInfo.environment["TOUCHSTONE_MEMORY_LIMIT"], let bytes = parseSize(text) { return bytes }
        let physical = ProcessInfo.processInfo.physicalMemory
        return Int(clamping: physical / 4 * 3)
    }

    /// Where `memoryBudget` comes from, for messages.
    public static var budgetOrigin: MemoryBudgetOrigin {
        if let text = ProcessInfo.processInfo.environment["TOUCHSTONE_MEMORY_LIMIT"], parseSize(text) != nil {
            return .environment(text)
        }
        return .physicalMemory(Int(clamping: ProcessInfo.processInfo.physicalMemory))
    }

    /// `"123"`, `"64K"`, `"512M"`, `"16G"`, `"1T"` (powers of 1024; a trailing `B` or `iB` is accepted) → bytes.
    public static func parseSize(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if t.hasSuffix("IB") { t.removeLast(2) } else if t.hasSuffix("B") { t.removeLast() }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        var shift = 0
        if let last = t.last, let s = shifts[last] { shift = s; t.removeLast() }
        guard let n = Int(t), n >= 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: 1 << shift)
        return overflow ? nil : bytes
    }

    /// Bytes in words for people: `"512 bytes"`, `"3.2 MB"`, `"41.0 GB"` (powers of 1024).
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB", "PB", "EB"]
        var value = Double(bytes) / 1024
        var i = 0
        while value >= 1024 && i < units.count - 1 { value /= 1024; i += 1 }
        return NumberFormat.fixed(value, decimals: 1) + " " + units[i]
    }
}

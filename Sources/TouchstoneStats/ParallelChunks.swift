import Dispatch

/// Runs independent per-item work over fixed chunks of indices on every core, writing each result at its
/// own index, so the output is bit-identical whatever the number of threads (1 thread = the same values).
///
/// ```
/// map(count: n, chunk: c) { i in f(i) }  ==  (0 ..< n).map(f)       for a pure f
/// chunks: [0, c), [c, 2c), …; each chunk runs on one thread, chunks in any order, results by index
/// ```
/// No reduction across items happens here (a sum over chunks would depend on the chunking), so the thread
/// count cannot change a single bit. `threads == 1` (or a single chunk) runs in order on the calling thread;
/// otherwise `DispatchQueue.concurrentPerform` spreads the chunks over the cores.
/// This is the one place where parallel work meets unsafe pointers: callers get ordered results back instead
/// of sharing `@unchecked Sendable` buffers. Reference: Apple, Dispatch `concurrentPerform(iterations:execute:)`.
public enum ParallelChunks {
    /// The default chunk: large enough that scheduling costs nothing, small enough to balance two cores.
    public static let defaultChunk = 1024

    /// `(0 ..< count).map(body)`, computed in parallel chunks.
    public static func map<T>(count: Int, chunk: Int = defaultChunk, threads: Int? = nil,
                              _ body: @Sendable (Int) -> T) -> [T] {
        precondition(chunk > 0, "A chunk needs at least one item")
        guard count > 0 else { return [] }
        let chunks = (count + chunk - 1) / chunk
        if threads == 1 || chunks == 1 { return (0 ..< count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            let out = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk) ..< min(count, (c + 1) * chunk) {
                    (out.base + i).initialize(to: body(i))
                }
            }
            initialised = count
        }
    }

    /// `(0 ..< count)` cut into chunks of `chunk` indices, `body(range)` giving each chunk's results in order
    /// (exactly `range.count` of them), concatenated: for work that reuses scratch space across a chunk.
    ///
    /// ```
    /// mapChunks(count: n, chunk: c) { r in r.map(f) }  ==  (0 ..< n).map(f)
    /// ```
    public static func mapChunks<T>(count: Int, chunk: Int = defaultChunk, threads: Int? = nil,
                                    _ body: @Sendable (Range<Int>) -> [T]) -> [T] {
        precondition(chunk > 0, "A chunk needs at least one item")
        let chunks = (count + chunk - 1) / chunk
        let parts = map(count: chunks, chunk: 1, threads: threads) { c -> [T] in
            let range = (c * chunk) ..< min(count, (c + 1) * chunk)
            let part = body(range)
            precondition(part.count == range.count, "mapChunks: a chunk of \(range.count) gave \(part.count) results")
            return part
        }
        return parts.flatMap { $0 }
    }

    /// The output pointer handed to the chunks; each chunk initialises only its own slots.
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}

import Testing
@testable import TouchstoneStats

/// The BLAS/LAPACK door against plain triple loops (an independent computation of the same products), the
/// size checks, and the ordered parallel map.
@Suite("BLAS wrapper and parallel map")
struct BLASTests {
    /// Column-major m × n with pseudo-random entries in [-1, 1).
    static func matrix(_ m: Int, _ n: Int, seed: UInt64) -> [Double] {
        var g = SeededGenerator(seed: seed)
        return (0 ..< m * n).map { _ in g.uniform() * 2 - 1 }
    }

    /// op(a)[i, l] for a stored with `rows` rows.
    static func element(_ a: [Double], rows: Int, _ i: Int, _ l: Int, transposed: Bool) -> Double {
        transposed ? a[i * rows + l] : a[l * rows + i]
    }

    @Test("gemm equals the triple loop for every combination of transposes, with α, β and odd sizes")
    func gemm() {
        let (m, n, k) = (7, 5, 9)
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = Self.matrix(ta ? k : m, ta ? m : k, seed: 1), b = Self.matrix(tb ? n : k, tb ? k : n, seed: 2)
            let c0 = Self.matrix(m, n, seed: 3)
            var c = c0
            BLAS.gemm(ta ? .transposed : .asStored, tb ? .transposed : .asStored, m: m, n: n, k: k,
                      alpha: 0.5, a: a, b: b, beta: 2, c: &c)
            for i in 0 ..< m {
                for j in 0 ..< n {
                    var s = 0.0
                    for l in 0 ..< k {
                        s += Self.element(a, rows: ta ? k : m, i, l, transposed: ta) * Self.element(b, rows: tb ? n : k, l, j, transposed: tb)
                    }
                    #expect(abs(c[j * m + i] - (0.5 * s + 2 * c0[j * m + i])) <= 1e-13, "\(ta) \(tb) [\(i), \(j)]")
                }
            }
        }
    }

    @Test("gemm with a zero dimension leaves c as it is")
    func emptyGemm() {
        var c = [1.0, 2.0]
        BLAS.gemm(m: 2, n: 1, k: 0, a: [], b: [], c: &c)
        #expect(c == [1, 2])
    }

    @Test("syrk fills the upper triangle of aᵀa and leaves the strict lower triangle untouched")
    func syrk() {
        let (rows, cols) = (11, 4)
        let a = Self.matrix(rows, cols, seed: 4)
        var c = [Double](repeating: 99, count: cols * cols)
        BLAS.syrkUpperTransposed(n: cols, k: rows, a: a, c: &c)
        for i in 0 ..< cols {
            for j in 0 ..< cols {
                let dot = (0 ..< rows).reduce(0.0) { $0 + a[i * rows + $1] * a[j * rows + $1] }
                if i <= j { #expect(abs(c[j * cols + i] - dot) <= 1e-13) } else { #expect(c[j * cols + i] == 99) }
            }
        }
    }

    @Test("sizes are checked: a dimension that fits passes through as a 32-bit int")
    func dimensions() {
        #expect(BLAS.dimension(0, "rows") == 0)
        #expect(BLAS.dimension(Int(Int32.max), "rows") == Int32.max)
    }

    @Test("a dimension above Int32.max stops the process instead of wrapping around")
    func dimensionTooLarge() async {
        await #expect(processExitsWith: .failure) {
            _ = BLAS.dimension(Int(Int32.max) + 1, "rows")
        }
    }

    @Test("an array shorter than its stated shape stops before BLAS reads it")
    func shortArray() async {
        await #expect(processExitsWith: .failure) {
            var c = [Double](repeating: 0, count: 4)
            BLAS.gemm(m: 2, n: 2, k: 2, a: [1, 2, 3], b: [1, 2, 3, 4], c: &c)
        }
    }

    @Test("ParallelChunks.map and mapChunks give (0..<n).map(f) in order, whatever the chunk and thread count")
    func orderedMap() {
        let f: @Sendable (Int) -> Double = { i in Double(i).squareRoot() * 3 + Double(i % 7) }
        let expected = (0 ..< 5000).map(f)
        for chunk in [1, 7, 1024, 10_000] {
            for threads in [1, nil] as [Int?] {
                #expect(ParallelChunks.map(count: 5000, chunk: chunk, threads: threads, f) == expected)
                #expect(ParallelChunks.mapChunks(count: 5000, chunk: chunk, threads: threads) { $0.map(f) } == expected)
            }
        }
        #expect(ParallelChunks.mapChunks(count: 0, chunk: 3) { $0.map(f) }.isEmpty)
    }
}

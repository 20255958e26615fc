import Foundation

/// A tiny, fully deterministic pseudo-random generator (SplitMix64).
///
/// The same seed always yields the same stream on every platform, which is what
/// makes the bundled demo datasets byte-reproducible. It is not suitable for
/// anything security-related.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream derived from `seed` and a stream label, so that adding
    /// draws to one part of the generator does not shift the numbers of another.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [lower, upper).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// Uniform integer in the closed range (no modulo bias worth caring about here,
    /// but done by rejection anyway so the stream is exact).
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let limit = UInt64.max - UInt64.max % span
        var draw = next()
        while draw >= limit { draw = next() }
        return range.lowerBound + Int(draw % span)
    }

    /// Standard normal variate by the Box–Muller transform (one of the pair is used).
    mutating func normal() -> Double {
        let u1 = 1.0 - uniform()  // (0, 1], keeps log finite
        let u2 = uniform()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    mutating func normal(mean: Double, sd: Double) -> Double {
        mean + sd * normal()
    }

    /// Poisson variate by Knuth's multiplication method (fine for the small rates used here).
    mutating func poisson(_ rate: Double) -> Int {
        guard rate > 0 else { return 0 }
        let limit = exp(-rate)
        var count = 0
        var product = uniform()
        while product > limit {
            count += 1
            product *= uniform()
        }
        return count
    }

    /// Fisher–Yates shuffle driven by this stream.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = integer(in: 0...i)
            result.swapAt(i, j)
        }
        return result
    }
}

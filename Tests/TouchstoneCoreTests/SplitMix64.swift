/// SplitMix64 (Steele, Lea & Flood 2014): a small deterministic generator, so the property checks, shuffles
/// and random test strings of these tests are reproducible on every platform. The one copy for this test
/// target (TouchstoneSynthetic keeps its own `SeededRandom` for the demo data).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [a, b), from the top 53 bits.
    mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(next() >> 11) / Double(1 << 53) }

    /// In 0 ..< n (modulo: the bias is irrelevant for test data).
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

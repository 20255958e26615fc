/// Sorting one unit's ranks (values ≥ 1) over the runs: a counting sort over [min, max] when that span is at
/// most 4 times the number of values (a unit whose ranks stay close), else an LSD radix sort of 11-bit digits
/// (two passes up to 4 million units).
enum OrderStatistics {
    static func sort(_ values: inout [Int32]) {
        guard let lo = values.min(), let hi = values.max() else { return }
        let span = Int(hi - lo) + 1
        guard span <= 4 * values.count + 64 else { radix(&values, max: hi); return }
        var counts = [Int32](repeating: 0, count: span)
        for v in values { counts[Int(v - lo)] += 1 }
        var j = 0
        for (d, c) in counts.enumerated() where c > 0 {
            for _ in 0 ..< Int(c) { values[j] = lo + Int32(d); j += 1 }
        }
    }

    static func radix(_ values: inout [Int32], max: Int32) {
        precondition(values.allSatisfy { $0 >= 0 }, "ranks are not negative")
        var other = [Int32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 2048)
        var shift: Int32 = 0
        while shift < 32 && (max >> shift) > 0 {
            for k in counts.indices { counts[k] = 0 }
            for v in values { counts[Int((v >> shift) & 2047)] += 1 }
            var sum = 0
            for k in counts.indices { let c = counts[k]; counts[k] = sum; sum += c }
            for v in values {
                let d = Int((v >> shift) & 2047)
                other[counts[d]] = v
                counts[d] += 1
            }
            swap(&values, &other)
            shift += 11
        }
    }
}

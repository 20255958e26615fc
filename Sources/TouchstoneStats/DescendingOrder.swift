/// The positions of the non-missing values of an array from the highest value to the lowest, by an LSD radix
/// sort of order-preserving 64-bit keys (6 passes of 11 bits; passes in which every key has the same digit are
/// skipped). −0 and +0 share a key; `NaN` is left out; equal values keep their input order (the sort is
/// stable). O(n): at 100,000 values ~1 ms, against ~6–10 ms for the standard library's sort of (value, row)
/// pairs — it runs for every node and year (ties) and every Monte Carlo replication (ranks).
///
/// Example: [3, NaN, 7, 3] → [2, 0, 3].
public enum DescendingOrder {
    /// Larger value → smaller key; −0 and +0 map to the same key.
    @inline(__always)
    public static func key(_ v: Double) -> UInt64 {
        let b = (v == 0 ? 0.0 : v).bitPattern
        let ascending = b & (1 << 63) != 0 ? ~b : b | (1 << 63)
        return ~ascending
    }

    /// Rows of the non-missing values, highest first, with their keys in the same order.
    public static func sorted(_ x: [Double]) -> (rows: [Int32], keys: [UInt64]) {
        var keys: [UInt64] = [], rows: [Int32] = []
        keys.reserveCapacity(x.count)
        rows.reserveCapacity(x.count)
        for (i, v) in x.enumerated() where !v.isNaN {
            keys.append(key(v))
            rows.append(Int32(i))
        }
        let m = keys.count
        guard m > 1 else { return (rows, keys) }
        let bits = 11, buckets = 1 << 11, passes = 6
        let mask = UInt64(buckets - 1)
        var keys2 = [UInt64](repeating: 0, count: m), rows2 = [Int32](repeating: 0, count: m)
        var histogram = [Int](repeating: 0, count: buckets * passes)
        histogram.withUnsafeMutableBufferPointer { h in
            keys.withUnsafeBufferPointer { k in
                for j in 0 ..< m {
                    var v = k[j]
                    for p in 0 ..< passes {
                        h[p * buckets + Int(v & mask)] += 1
                        v >>= UInt64(bits)
                    }
                }
            }
            for p in 0 ..< passes {
                let shift = UInt64(p * bits), base = p * buckets
                if h[base + Int((keys[0] >> shift) & mask)] == m { continue }   // every key has this digit
                var sum = 0
                for b in 0 ..< buckets {
                    let c = h[base + b]
                    h[base + b] = sum
                    sum += c
                }
                keys.withUnsafeBufferPointer { k in
                    rows.withUnsafeBufferPointer { r in
                        keys2.withUnsafeMutableBufferPointer { k2 in
                            rows2.withUnsafeMutableBufferPointer { r2 in
                                for j in 0 ..< m {
                                    let d = base + Int((k[j] >> shift) & mask)
                                    let position = h[d]
                                    h[d] = position + 1
                                    k2[position] = k[j]
                                    r2[position] = r[j]
                                }
                            }
                        }
                    }
                }
                swap(&keys, &keys2)
                swap(&rows, &rows2)
            }
        }
        return (rows, keys)
    }

    /// Tie groups of the sorted values at the documented tolerance (`Ties`): for each position in the order,
    /// the position where its group starts. A value joins the group of the highest value within τ of it.
    public static func groupStarts(_ x: [Double], rows: [Int32], keys: [UInt64], tolerance tau: Double) -> [Int] {
        var starts = [Int](repeating: 0, count: rows.count)
        var p = 0
        while p < rows.count {
            var e = p
            let leader = x[Int(rows[p])]
            while e + 1 < rows.count && (keys[e + 1] == keys[p] || leader - x[Int(rows[e + 1])] <= tau) { e += 1 }
            for q in p ... e { starts[q] = p }
            p = e + 1
        }
        return starts
    }
}

/// Binary search in values sorted ascending (free of NaN).
public enum SortedSearch {
    /// The first index whose value is ≥ `v` (`s.count` when none): where `v` would be inserted before its equals.
    public static func lowerBound(_ s: [Double], _ v: Double) -> Int {
        var lo = 0, hi = s.count
        while lo < hi { let mid = (lo + hi) / 2; if s[mid] < v { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The first index whose value is > `v` (`s.count` when none).
    public static func upperBound(_ s: [Double], _ v: Double) -> Int {
        var lo = 0, hi = s.count
        while lo < hi { let mid = (lo + hi) / 2; if s[mid] <= v { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}

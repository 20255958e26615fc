/// Fills gaps in one unit's series from its own observations, on real times (a missing year is a gap of
/// that length, not a shift).
///
/// ```
/// interpolate   x(t) = x(t₀) + (x(t₁) − x(t₀)) · (t − t₀)/(t₁ − t₀)   t₀ < t < t₁ the nearest observed times
/// locf          x(t) = x(t₀)                                          t₀ < t the latest observed time
/// ```
/// Neither extrapolates: before the first observation nothing is filled, and `interpolate` fills nothing
/// after the last. Observed values are never changed. `times` need not be sorted, but must be distinct.
///
/// ```
/// times  [2019, 2020, 2022, 2023]      values [10, NaN, NaN, 40]
/// interpolate → [10, 17.5, 32.5, 40]     (2020 is 1/4 of the way from 2019 to 2023, 2022 is 3/4)
/// locf        → [10, 10, 10, 40]
/// ```
/// Reference: `numpy.interp` on the observed points (inside their range); pandas `ffill`.
public enum SeriesFill {
    /// Linear interpolation between the nearest observed times on each side; `NaN` outside them.
    public static func interpolate(times: [Double], values: [Double]) -> [Double] {
        precondition(times.count == values.count, "times and values must have the same length")
        let observed = values.indices.filter { !values[$0].isNaN }.sorted { times[$0] < times[$1] }
        var out = values
        guard observed.count >= 2 else { return out }
        for i in values.indices where values[i].isNaN {
            let t = times[i]
            guard let after = observed.firstIndex(where: { times[$0] > t }), after > 0 else { continue }
            let (a, b) = (observed[after - 1], observed[after])
            out[i] = values[a] + (values[b] - values[a]) * (t - times[a]) / (times[b] - times[a])
        }
        return out
    }

    /// Last observation carried forward; `NaN` before the first observation.
    public static func lastObservationCarriedForward(times: [Double], values: [Double]) -> [Double] {
        precondition(times.count == values.count, "times and values must have the same length")
        let observed = values.indices.filter { !values[$0].isNaN }.sorted { times[$0] < times[$1] }
        var out = values
        for i in values.indices where values[i].isNaN {
            if let last = observed.last(where: { times[$0] < times[i] }) { out[i] = values[last] }
        }
        return out
    }
}

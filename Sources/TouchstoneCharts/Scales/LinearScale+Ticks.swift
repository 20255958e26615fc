import TouchstoneText

/// Ticks, nice domains and tick formats for linear scales (d3-scale `linear.ticks`, `linear.nice`,
/// `linear.tickFormat`).
extension LinearScale {
    /// About `count + 1` nicely rounded values inside the domain; see ``Ticks``.
    public func ticks(_ count: Int = 10) -> [Double] {
        Ticks.ticks(domain.lower, domain.upper, count: count)
    }

    /// The scale with its domain extended to multiples of the tick step, repeated until the step is stable
    /// (at most 10 rounds), as d3-scale 4 `linear.nice(count)` does.
    ///
    /// | domain                   | nice(10)     |
    /// |--------------------------|--------------|
    /// | 0.201479…, 0.996679…     | 0.2, 1       |
    /// | 0.5, 99.2                | 0, 100       |
    /// | -3.2, 7.9                | -4, 8        |
    ///
    /// A zero-width or non-finite domain is returned unchanged.
    public func nice(_ count: Int = 10) -> LinearScale {
        var (start, stop) = domain
        let reversed = stop < start
        if reversed { swap(&start, &stop) }
        guard start.isFinite, stop.isFinite, start < stop else { return self }
        var previous: Double? = nil
        for _ in 0..<10 {
            let step = Ticks.tickIncrement(start, stop, count: count)
            if step == previous { break }
            if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else if step < 0 {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            } else {
                break
            }
            previous = step
        }
        var copy = self
        copy.domain = reversed ? (stop, start) : (start, stop)
        return copy
    }

    /// A number format with just enough decimals for the ticks of `count` (d3's `precisionFixed` of the step).
    public func tickFormat(_ count: Int = 10) -> NumberFormat {
        let step = Ticks.tickStep(domain.lower, domain.upper, count: count)
        return NumberFormat(decimals: Ticks.decimals(forStep: step))
    }
}

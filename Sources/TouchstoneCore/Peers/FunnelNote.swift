/// Why a unit's row is left out of a funnel plot, as a value (words: `FunnelNote.text(_:)` of
/// TouchstoneOutput, e.g. "b03: 2.5 is not a count" / "b03：2.5 不是计数").
public enum FunnelNote: Hashable, Sendable {
    /// The events are negative or not whole.
    case notACount(unit: String, value: Double)
    /// No positive denominator.
    case noDenominator(unit: String)
    /// More events than the denominator (proportion model).
    case moreEventsThanDenominator(unit: String)
}

import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// The method descriptors are the one place a method is declared: what the readers accept and what the
/// report and charts are told follows from them.
@Suite("Method descriptors")
struct MethodDescriptorTests {
    @Test("every normalisation method is registered once, reads back by name, and its keys are allowed by the reader")
    func normalisationRegistry() {
        let names = NormalisationDescriptor.all.map(\.method.rawValue)
        #expect(Set(names).count == names.count)
        for d in NormalisationDescriptor.all {
            #expect(NormalisationMethod(rawValue: d.method.rawValue) == d.method)
            #expect(d.method.descriptor.method == d.method)
            for key in d.settingsKeys { #expect(NormalisationReader.keys.contains(key), "\(d.method): \(key)") }
            for option in d.options { #expect(d.settingsKeys.contains(option.key)) }
            #expect(d.method.hasDescription, "\(d.method) needs words in both languages (NormalisationMethod+Words.swift)")
            #expect(!d.formula.isEmpty && !d.reference.isEmpty)
        }
        #expect(NormalisationMethod(rawValue: "minmax") == nil)
        #expect(NormalisationReader.keys == ["method", "range", "scope", "mean", "sd", "reference", "bands", "band_scores", "shift", "base_years"])
    }

    @Test("what the descriptors declare: scope, ranks, bounded scores, raw-unit settings")
    func normalisationFlags() {
        let scoped = NormalisationDescriptor.all.filter(\.usesScope).map(\.method.rawValue)
        #expect(scoped == ["min-max", "z-score", "rank", "percentile-rank", "borda", "log-min-max"])
        #expect(NormalisationDescriptor.all.filter(\.usesRanks).map(\.method.rawValue) == ["rank", "percentile-rank", "borda"])
        #expect(NormalisationDescriptor.all.filter { !$0.bounded }.map(\.method.rawValue) == ["z-score", "rank", "borda", "ratio-to-reference", "none"])
        #expect(NormalisationDescriptor.all.filter(\.rawUnitSettings).map(\.method.rawValue) == ["goalposts", "distance-to-target", "bands"])
    }

    @Test("aggregation keys per method come from the descriptors and are the reader's former table")
    func aggregationKeys() {
        let table = MethodReader.aggregationKeyMethods.mapValues { $0.map(\.rawValue) }
        #expect(table == ["r": ["power"], "penalty": ["mpi", "ampi"], "standardise": ["mpi"], "reference_year": ["ampi"],
                          "normalise": ["topsis"], "rho": ["gra"], "scope": ["mpi", "topsis", "gra", "copeland", "borda"]])
        for key in table.keys { #expect(MethodReader.aggregationKeys.contains(key)) }
        #expect(AggregationMethod.allCases.allSatisfy { $0.descriptor.method == $0 })
        var options = AggregationOptions()
        #expect(AggregationMethod.allCases.filter { $0.descriptor.comparesUnits(options) }.map(\.rawValue) == ["mpi", "topsis", "gra", "copeland", "borda"])
        options.standardise = false
        #expect(!AggregationMethod.mpi.descriptor.comparesUnits(options))
    }
}

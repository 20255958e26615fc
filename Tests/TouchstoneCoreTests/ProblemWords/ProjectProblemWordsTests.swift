import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

@Suite("Project problems: typed values, words in both languages")
struct ProjectProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [ProjectProblem] = [
        .targetsFileMissing,
        .expectedMapping(parent: "units"), .unknownKey(key: "weigth", allowed: ["id", "weight"]), .unknownKey(key: "colour", allowed: ["id", "weight"]),
        .duplicateKey(key: "id"), .expectedSingleValue(found: .mapping), .expectedNumber(found: "heavy"), .expectedWholeNumber(found: "2019.5"),
        .expectedBool(found: "maybe"), .expectedList(found: .value), .expectedLocalizedText, .localizedTextNotPlain, .expectedRange,
        .unknownChoice(what: .value, value: "minmax", allowed: ["min-max", "z-score"]), .unknownChoice(what: .layout, value: "tall", allowed: ["wide", "long"]),
        .unknownChoice(what: .encoding, value: "gbk2", allowed: ["utf-8", "gb18030"]),
        .rootHasNoChildren(id: "index"), .frameworkTooDeep(maximum: 32), .frameworkTooDeepAt(depth: 40, node: "n40", maximum: 32),
        .parentInTreeForm, .childrenEmpty, .childrenInFlatForm,
        .parentNotDeclared(child: "a", parent: "indx", declared: ["index", "a"]), .parentNotDeclared(child: "a", parent: "zzz", declared: ["index", "a"]),
        .frameworkCycle(cycle: ["b", "c", "b"]), .frameworkRoots(roots: []), .frameworkRoots(roots: ["index", "other"]),
        .nodeWithoutId, .duplicateId(id: "a", first: "touchstone.yaml:10:11"),
        .negativeWeight(weight: -1, versioned: false), .negativeWeight(weight: -0.5, versioned: true),
        .funnelLimits, .voteKeysOnNonVote, .capInvalid, .goalpostsIncomplete, .indicatorKeyOnAggregate(key: "column"),
        .aggregateKeyOnIndicator(key: "aggregation", id: "x"), .ordinalWithoutScale(id: "rating"), .scaleOnNumeric(id: "x"),
        .goalpostsEqual(id: "x", value: 5), .goalpostsReversed(id: "x", lower: 100, upper: 0), .logNeedsPositiveGoalposts(id: "gdp"),
        .allWeightsZero(id: "dim"), .weightsOverflow(id: "dim"), .minAboveMax(min: 10, max: 1),
        .notYearRange(key: "soon", example: "weight: {until 2022: 0.3, from 2023: 0.4}"),
        .yearsMissing(setting: .weight, before: 2019, example: "weight: {until 2022: 0.3, from 2023: 0.4}"),
        .yearsOverlap(at: 2020, example: "target: {until 2022: 95, from 2023: 98}"),
        .yearsMissingAfter(setting: .goalposts, after: 2022, example: "column: {until 2021: a, from 2022: b}"),
        .yearsNotRange, .versionedColumnOfVotes(id: "votes"),
        .sectionMissing(section: "framework"), .peerGroupNotGroupColumn(group: "kind", groupColumns: ["group", "region"]),
        .sizeDenominatorWithoutSizeColumn(id: "x"), .funnelDenominatorUnknown(id: "x", denominator: "people"), .unknownHistory(value: "latest"),
        .labelsNotMapping, .dataFileMissing, .unitColumnMissing, .levelColumnNeedsLong, .raterColumnNeedsLong, .columnPatternPlaceholders,
        .periodNeedsTimeColumn(period: .quarter), .periodNeedsTimeColumn(period: .month), .periodWithFixedYear(period: .year),
        .dataYearsRange, .layoutNeedsYearColumn(layout: "long"), .yearColumnInYearInColumn, .idColumnMissing,
        .groupNeedsColumn, .filterNeedsColumn, .filterNeedsTest,
        .shareOutOfRange(key: "alpha", found: 1.5, open: true), .shareOutOfRange(key: "volatile_reversal_share", found: 0, open: false),
        .countTooSmall(key: "min_points", minimum: 2, found: 1), .exactMaxN(found: 12), .negativeSetting(key: "tolerance", example: "0.5"),
        .flagShare(key: "bottom_share", found: 1.5), .flagZ(key: "robust_z", found: 2), .flagNonNegative(key: "decline_effect", found: -1),
        .volatileP(found: 0), .pathStep(found: 1.5), .partners(found: 4),
        .sdNotPositive, .baseYearsShape, .baseScopeNeedsYears, .baseYearsWithoutBaseScope,
        .optionOutOfBounds(key: "shift", lower: 0, lowerOpen: false, upper: nil, found: -1, example: "`shift: 1`"),
        .optionOutOfBounds(key: "p", lower: 0, lowerOpen: true, upper: 1, found: 2.5, example: "`p: 0.5`"),
        .baseScopeNotForData, .coverageOutOfRange(found: 1.5),
        .powerNeedsExponent(keyed: false), .powerNeedsExponent(keyed: true), .methodMissing(example: "{method: entropy}"),
        .keyNotForMethod(key: "rho", method: "power", allowed: ["grey"], weights: false),
        .keyNotForMethod(key: "matrix", method: "entropy", allowed: ["ahp"], weights: true), .rhoOutOfRange(found: 1.5),
        .ahpNeedsMatrix(keyed: false), .ahpNeedsMatrix(keyed: true), .negativeLoadings, .bodShareOutOfRange(key: "lower", found: 1.5),
        .bodLowerAboveUpper(lower: 0.5, upper: 0.25), .matrixEntryInvalid(text: "x"), .matrixNotSquare(rows: 3),
        .bodWithAggregation(id: "dim", method: "geometric"), .bodLowerTooHigh(id: "dim", lower: 0.5, children: 3),
        .bodUpperTooLow(id: "dim", upper: 0.25, children: 3), .ahpSize(id: "dim", rows: 2, order: ["a", "b", "c"]),
        .ahpInconsistent(id: "dim", ratio: 0.25, lambdaMax: 3.3, index: 0.15, randomIndex: 0.58),
        .ahpMatrix(id: "dim", fault: .notSquare), .ahpMatrix(id: "dim", fault: .tooLarge(found: 16)),
        .ahpMatrix(id: "dim", fault: .notPositive(row: "a", column: "b")), .ahpMatrix(id: "dim", fault: .diagonal(id: "a")),
        .ahpMatrix(id: "dim", fault: .notReciprocal(row: "a", column: "b", value: 3, reciprocal: 0.5)), .ahpMatrix(id: "dim", fault: .eigenFailed),
        .sizeDenominatorWithoutSizeColumn(id: nil),
        .winmaxTooSmall(found: 0), .thresholdNotPositive(key: "skew", found: -1), .thresholdNotPositive(key: "kurtosis", found: 0), .screenNotPanel,
        .screenShare(key: "min_unit_coverage", found: 1.5), .screenNeedsCoverage,
        .denominatorNotColumn(denominator: "membrs", attributeColumns: ["members"]), .denominatorNotColumn(denominator: "x", attributeColumns: []),
        .imputeGroupNotGroupColumn(group: "kind", groupColumns: ["group"]), .imputeGroupNotGroupColumn(group: "kind", groupColumns: []),
        .imputeNeedsGroups(impute: "group-mean"), .boxcoxNeedsLambda, .doubleTransform(id: "x", transform: "boxcox"),
        .treatmentTransformRawUnits(id: "x", transform: "log"),
        .voteLevelsNotMapping, .voteLevelsTooFew, .voteLevelsOrder, .voteLevelsMissing(id: "votes"), .minVotersNegative,
        .countOutOfRange(key: "runs", minimum: 10, maximum: 10_000_000, found: 5), .nonNegativeShare(key: "weights", below: 1, found: 1.5),
        .nonNegativeShare(key: "noise", below: nil, found: -0.5), .dirichletNotPositive,
        .referenceScaleNotPositive, .referenceNeedsOne, .bandsNotIncreasing,
        .selectionBothSizes(shareKey: "share", countKey: "count"), .selectionCountTooSmall(countKey: "count", found: 0),
        .selectionNeedsSize(shareKey: "share", countKey: "count"), .unknownRequirement(value: "rising", allowed: ["improving", "above-median"]),
        .lockUnreadable(reason: "EOF", projectFile: "touchstone.yaml"),
        .scalingChanged(added: ["a"], removed: ["b", "c"], changed: ["d"], projectFile: "p/touchstone.yaml", projectName: "touchstone.yaml"),
        .notUTF8(offset: 12), .noSuchPath(defaultName: "touchstone.yaml"), .folderWithoutProject(defaultName: "touchstone.yaml"),
        .projectFileEmpty, .projectFileIncomplete, .yamlSyntax(detail: "EOF", composer: false), .yamlSyntax(detail: "EOF", composer: true),
        .yamlOther(detail: "EOF"),
    ]

    static func covers(_ k: ProjectProblem) -> Int {
        switch k {
        case .targetsFileMissing: 0
        case .expectedMapping: 1
        case .unknownKey: 2
        case .duplicateKey: 3
        case .expectedSingleValue: 4
        case .expectedNumber: 5
        case .expectedWholeNumber: 6
        case .expectedBool: 7
        case .expectedList: 8
        case .expectedLocalizedText: 9
        case .localizedTextNotPlain: 10
        case .expectedRange: 11
        case .unknownChoice: 12
        case .rootHasNoChildren: 13
        case .frameworkTooDeep: 14
        case .frameworkTooDeepAt: 15
        case .parentInTreeForm: 16
        case .childrenEmpty: 17
        case .childrenInFlatForm: 18
        case .parentNotDeclared: 19
        case .frameworkCycle: 20
        case .frameworkRoots: 21
        case .nodeWithoutId: 22
        case .duplicateId: 23
        case .negativeWeight: 24
        case .funnelLimits: 25
        case .voteKeysOnNonVote: 26
        case .capInvalid: 27
        case .goalpostsIncomplete: 28
        case .indicatorKeyOnAggregate: 29
        case .aggregateKeyOnIndicator: 30
        case .ordinalWithoutScale: 31
        case .scaleOnNumeric: 32
        case .goalpostsEqual: 33
        case .goalpostsReversed: 34
        case .logNeedsPositiveGoalposts: 35
        case .allWeightsZero: 36
        case .weightsOverflow: 37
        case .minAboveMax: 38
        case .notYearRange: 39
        case .yearsMissing: 40
        case .yearsOverlap: 41
        case .yearsMissingAfter: 42
        case .yearsNotRange: 43
        case .versionedColumnOfVotes: 44
        case .sectionMissing: 45
        case .peerGroupNotGroupColumn: 46
        case .sizeDenominatorWithoutSizeColumn: 47
        case .funnelDenominatorUnknown: 48
        case .unknownHistory: 49
        case .labelsNotMapping: 50
        case .dataFileMissing: 51
        case .unitColumnMissing: 52
        case .levelColumnNeedsLong: 53
        case .raterColumnNeedsLong: 54
        case .columnPatternPlaceholders: 55
        case .periodNeedsTimeColumn: 56
        case .periodWithFixedYear: 57
        case .dataYearsRange: 58
        case .layoutNeedsYearColumn: 59
        case .yearColumnInYearInColumn: 60
        case .idColumnMissing: 61
        case .groupNeedsColumn: 62
        case .filterNeedsColumn: 63
        case .filterNeedsTest: 64
        case .shareOutOfRange: 65
        case .countTooSmall: 66
        case .exactMaxN: 67
        case .negativeSetting: 68
        case .flagShare: 69
        case .flagZ: 70
        case .flagNonNegative: 71
        case .volatileP: 72
        case .pathStep: 73
        case .partners: 74
        case .sdNotPositive: 75
        case .baseYearsShape: 76
        case .baseScopeNeedsYears: 77
        case .baseYearsWithoutBaseScope: 78
        case .optionOutOfBounds: 79
        case .baseScopeNotForData: 80
        case .coverageOutOfRange: 81
        case .powerNeedsExponent: 82
        case .methodMissing: 83
        case .keyNotForMethod: 84
        case .rhoOutOfRange: 85
        case .ahpNeedsMatrix: 86
        case .negativeLoadings: 87
        case .bodShareOutOfRange: 88
        case .bodLowerAboveUpper: 89
        case .matrixEntryInvalid: 90
        case .matrixNotSquare: 91
        case .bodWithAggregation: 92
        case .bodLowerTooHigh: 93
        case .bodUpperTooLow: 94
        case .ahpSize: 95
        case .ahpInconsistent: 96
        case .ahpMatrix: 97
        case .winmaxTooSmall: 98
        case .thresholdNotPositive: 99
        case .screenNotPanel: 100
        case .screenShare: 101
        case .screenNeedsCoverage: 102
        case .denominatorNotColumn: 103
        case .imputeGroupNotGroupColumn: 104
        case .imputeNeedsGroups: 105
        case .boxcoxNeedsLambda: 106
        case .doubleTransform: 107
        case .treatmentTransformRawUnits: 108
        case .voteLevelsNotMapping: 109
        case .voteLevelsTooFew: 110
        case .voteLevelsOrder: 111
        case .voteLevelsMissing: 112
        case .minVotersNegative: 113
        case .countOutOfRange: 114
        case .nonNegativeShare: 115
        case .dirichletNotPositive: 116
        case .referenceScaleNotPositive: 117
        case .referenceNeedsOne: 118
        case .bandsNotIncreasing: 119
        case .selectionBothSizes: 120
        case .selectionCountTooSmall: 121
        case .selectionNeedsSize: 122
        case .unknownRequirement: 123
        case .lockUnreadable: 124
        case .scalingChanged: 125
        case .notUTF8: 126
        case .noSuchPath: 127
        case .folderWithoutProject: 128
        case .projectFileEmpty: 129
        case .projectFileIncomplete: 130
        case .yamlSyntax: 131
        case .yamlOther: 132
        // MARK: commands (17a): their values are in ProjectCommandProblemWordsTests
        case .robustnessNeedsTooMuchMemory, .snapshotNotFound, .snapshotMissingInFolder, .notASnapshot, .noSuchNode, .noFunnelIndicator,
             .notAPeerGroupColumn, .scalingAlreadyFrozen, .noTargetsTable, .projectFileExists, .notOneTableInFolder: -1
        }
    }

    static let caseCount = 133

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.project(k), dataWords: ["优秀率", "不满意率", "优秀", "较差", "年第三季度", "年7月"]) }
    }
}

@Suite("What a scaling lock leaves unfrozen, in both languages")
struct ScalingLockUnfrozenWordsTests {
    @Test("each note has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        for note in [ScalingLock.Unfrozen.fittedWeights(ids: ["index", "dim"]), .pooledOutliers(indicators: 1), .pooledOutliers(indicators: 3)] {
            let en = note.words("en"), zh = note.words("zh")
            #expect(en != zh && !zh.isEmpty)
            #expect(EnglishSentences.find(in: zh).isEmpty, "\(zh)")
            #expect(ProblemWordsCheck.numbers(en) == ProblemWordsCheck.numbers(zh))
            #expect(ProblemWordsCheck.codeSpans(en) == ProblemWordsCheck.codeSpans(zh))
        }
        #expect(ScalingLock.Unfrozen.pooledOutliers(indicators: 1).words("en").hasPrefix("outlier treatment of 1 indicator pools all years"))
    }
}

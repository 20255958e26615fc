/// Problems found in the project file (YAML, framework, units, data spec, targets, review files).
/// Words: `TouchstoneOutput/ProjectProblem+Words.swift` (one exhaustive switch) and its topic files
/// `ProjectProblem+Words+YAML.swift`, `+Framework`, `+Data`, `+Settings`, `+Methods`.
///
/// Each case carries the ids, keys, numbers and choices of its message as values, never words. Where a
/// message offers a "did you mean", the words find the suggestion among `allowed` (`Suggestions.closest`).
public enum ProjectProblem: Hashable, Sendable {
    /// `targets:` names no `file`.
    case targetsFileMissing

    // MARK: YAML values (YAMLValue's typed reads), shared by every section

    /// A mapping was expected; `parent` is the last key of the node's path (may be empty).
    case expectedMapping(parent: String)
    /// A key not allowed here; the words suggest the closest of `allowed`.
    case unknownKey(key: String, allowed: [String])
    /// A key written twice in one mapping.
    case duplicateKey(key: String)
    /// A single (scalar) value was expected.
    case expectedSingleValue(found: NodeShape)
    /// A number was expected; `found` is the value written, or the node's shape.
    case expectedNumber(found: String)
    /// A whole number was expected.
    case expectedWholeNumber(found: String)
    /// `true` or `false` was expected.
    case expectedBool(found: String)
    /// A list was expected.
    case expectedList(found: NodeShape)
    /// A text or `{en: …, zh: …}` was expected.
    case expectedLocalizedText
    /// A language text that is not a plain value.
    case localizedTextNotPlain
    /// `[low, high]` was expected.
    case expectedRange
    /// A value outside a fixed list of choices (`what` says which list).
    case unknownChoice(what: Choice, value: String, allowed: [String])

    // MARK: framework

    case rootHasNoChildren(id: String)
    case frameworkTooDeep(maximum: Int)
    case frameworkTooDeepAt(depth: Int, node: String, maximum: Int)
    case parentInTreeForm
    case childrenEmpty
    case childrenInFlatForm
    case parentNotDeclared(child: String, parent: String, declared: [String])
    /// `cycle` lists the nodes from the first declared and back to it.
    case frameworkCycle(cycle: [String])
    /// The roots of a flat framework when not exactly one (empty: none).
    case frameworkRoots(roots: [String])
    case nodeWithoutId
    /// `first` is where the id was first declared (`file:line:column`).
    case duplicateId(id: String, first: String)
    /// A negative weight; `versioned` for a weight in a `{until …, from …}` mapping (shorter fix).
    case negativeWeight(weight: Double, versioned: Bool)
    case funnelLimits
    case voteKeysOnNonVote
    case capInvalid
    case goalpostsIncomplete
    case indicatorKeyOnAggregate(key: String)
    case aggregateKeyOnIndicator(key: String, id: String)
    case ordinalWithoutScale(id: String)
    case scaleOnNumeric(id: String)
    case goalpostsEqual(id: String, value: Double)
    case goalpostsReversed(id: String, lower: Double, upper: Double)
    case logNeedsPositiveGoalposts(id: String)
    case allWeightsZero(id: String)
    case weightsOverflow(id: String)
    case minAboveMax(min: Double, max: Double)
    /// A key of a year-keyed mapping that is not a range of years; `example` is a YAML example.
    case notYearRange(key: String, example: String)
    case yearsMissing(setting: VersionedSetting, before: Int, example: String)
    case yearsOverlap(at: Int, example: String)
    case yearsMissingAfter(setting: VersionedSetting, after: Int, example: String)
    case yearsNotRange
    case versionedColumnOfVotes(id: String)

    // MARK: data, units, sections

    case sectionMissing(section: String)
    case peerGroupNotGroupColumn(group: String, groupColumns: [String])
    /// `denominator: size` with no `size_column`; `id` is the funnel's indicator (nil: a treatment's denominator).
    case sizeDenominatorWithoutSizeColumn(id: String?)
    case funnelDenominatorUnknown(id: String, denominator: String)
    case unknownHistory(value: String)
    case labelsNotMapping
    case dataFileMissing
    case unitColumnMissing
    case levelColumnNeedsLong
    case raterColumnNeedsLong
    case columnPatternPlaceholders
    case periodNeedsTimeColumn(period: PeriodKind)
    case periodWithFixedYear(period: PeriodKind)
    case dataYearsRange
    case layoutNeedsYearColumn(layout: String)
    case yearColumnInYearInColumn
    case idColumnMissing
    case groupNeedsColumn
    case filterNeedsColumn
    case filterNeedsTest

    // MARK: trends, flags and method settings

    /// `open`: the share must be below 1 (alpha, confidence); otherwise up to 1.
    case shareOutOfRange(key: String, found: Double, open: Bool)
    case countTooSmall(key: String, minimum: Int, found: Int)
    case exactMaxN(found: Int)
    /// `example` is the number of the fix's example (`volatile_swing_ratio: 2`).
    case negativeSetting(key: String, example: String)
    case flagShare(key: String, found: Double)
    case flagZ(key: String, found: Double)
    case flagNonNegative(key: String, found: Double)
    case volatileP(found: Double)
    case pathStep(found: Double)
    case partners(found: Int)
    case sdNotPositive
    case baseYearsShape
    case baseScopeNeedsYears
    case baseYearsWithoutBaseScope
    /// A method setting outside its bounds; `upper` nil when unbounded above; `example` is a YAML example.
    case optionOutOfBounds(key: String, lower: Double, lowerOpen: Bool, upper: Double?, found: Double, example: String)
    case baseScopeNotForData
    case coverageOutOfRange(found: Double)

    // MARK: weighting and aggregation settings (MethodReader, MethodChecks)

    /// `aggregation: power` without its exponent; `keyed`: written as a mapping without `r`.
    case powerNeedsExponent(keyed: Bool)
    /// A method mapping without `method`; `example` is the YAML example for its section.
    case methodMissing(example: String)
    /// A key of another method; `weights`: a weighting key (else an aggregation key).
    case keyNotForMethod(key: String, method: String, allowed: [String], weights: Bool)
    case rhoOutOfRange(found: Double)
    /// AHP weights without a matrix; `keyed`: written as a mapping without `matrix`.
    case ahpNeedsMatrix(keyed: Bool)
    case negativeLoadings
    case bodShareOutOfRange(key: String, found: Double)
    case bodLowerAboveUpper(lower: Double, upper: Double)
    case matrixEntryInvalid(text: String)
    case matrixNotSquare(rows: Int)
    case bodWithAggregation(id: String, method: String)
    case bodLowerTooHigh(id: String, lower: Double, children: Int)
    case bodUpperTooLow(id: String, upper: Double, children: Int)
    /// `order` lists the children's ids (the matrix's row order).
    case ahpSize(id: String, rows: Int, order: [String])
    case ahpInconsistent(id: String, ratio: Double, lambdaMax: Double, index: Double, randomIndex: Double)
    case ahpMatrix(id: String, fault: AHPFault)

    // MARK: treatment, votes, uncertainty, reference and bands, selection rules

    case winmaxTooSmall(found: Int)
    case thresholdNotPositive(key: String, found: Double)
    case screenNotPanel
    case screenShare(key: String, found: Double)
    case screenNeedsCoverage
    /// A treatment's `denominator` that is neither `size` nor a numeric column of the unit table.
    case denominatorNotColumn(denominator: String, attributeColumns: [String])
    case imputeGroupNotGroupColumn(group: String, groupColumns: [String])
    case imputeNeedsGroups(impute: String)
    case boxcoxNeedsLambda
    case doubleTransform(id: String, transform: String)
    case treatmentTransformRawUnits(id: String, transform: String)
    case voteLevelsNotMapping
    case voteLevelsTooFew
    case voteLevelsOrder
    case voteLevelsMissing(id: String)
    case minVotersNegative
    case countOutOfRange(key: String, minimum: Int, maximum: Int, found: Int)
    /// A share at least 0 and (when `below` is set) below it.
    case nonNegativeShare(key: String, below: Double?, found: Double)
    case dirichletNotPositive
    case referenceScaleNotPositive
    case referenceNeedsOne
    case bandsNotIncreasing
    case selectionBothSizes(shareKey: String, countKey: String)
    case selectionCountTooSmall(countKey: String, found: Int)
    case selectionNeedsSize(shareKey: String, countKey: String)
    case unknownRequirement(value: String, allowed: [String])

    // MARK: the scaling lock file

    /// The lock file is not valid JSON of a lock; `reason` is the decoder's message.
    case lockUnreadable(reason: String, projectFile: String)
    /// The framework changed since the freeze: indicators added, removed, or with other normalisation settings.
    case scalingChanged(added: [String], removed: [String], changed: [String], projectFile: String, projectName: String)

    // MARK: reading the project file

    /// `offset` is the first byte that is not valid UTF-8.
    case notUTF8(offset: Int)
    /// The path given names nothing; `defaultName` is the project file a folder would hold.
    case noSuchPath(defaultName: String)
    case folderWithoutProject(defaultName: String)
    case projectFileEmpty
    case projectFileIncomplete
    /// The YAML parser's own message (`detail`, in English); `composer`: a problem of anchors and aliases.
    case yamlSyntax(detail: String, composer: Bool)
    /// Another YAML error, as the parser describes it.
    case yamlOther(detail: String)

    // MARK: commands (17a)

    /// A robustness run (`replications` Monte Carlo and Sobol evaluations × `units`) would need `need` bytes,
    /// more than the memory budget.
    case robustnessNeedsTooMuchMemory(need: Int, replications: Double, units: Int, budget: Int, origin: MemoryBudgetOrigin)
    /// An earlier assessment (`--previous`, `compare`) at `path` does not exist.
    case snapshotNotFound(path: String)
    /// An archive folder without `snapshot.json`.
    case snapshotMissingInFolder
    /// A file that is neither an archive snapshot nor `flag --format json` output.
    case notASnapshot
    /// `--node` names no node of the framework; `choices` are some that exist.
    case noSuchNode(node: String, choices: [String])
    /// A funnel chart without an indicator declared with `funnel:`.
    case noFunnelIndicator
    /// `--group` names a column that is not a declared peer-group column.
    case notAPeerGroupColumn(column: String, choices: [String])
    /// `freeze` without `--refit` when the lock file exists; `project` is the project path as given.
    case scalingAlreadyFrozen(project: String)
    /// `progress` for a project without `targets:`.
    case noTargetsTable
    /// `init` would overwrite the project file.
    case projectFileExists
    /// `init` without `--from` in a folder holding no table or several (`tables`).
    case notOneTableInFolder(tables: [String])
}

extension ProjectProblem {
    /// The shape of a YAML node, as a problem names what it found.
    public enum NodeShape: String, Hashable, Sendable {
        case value, mapping, list, alias
    }

    /// Which list of choices an unknown value was checked against (the words name it).
    public enum Choice: String, Hashable, Sendable {
        /// Any setting's value (`unknown value `x``).
        case value
        case layout, encoding
    }

    /// What is wrong with an AHP comparison matrix; entries are named by the children's ids.
    public enum AHPFault: Hashable, Sendable {
        case notSquare
        case tooLarge(found: Int)
        case notPositive(row: String, column: String)
        case diagonal(id: String)
        case notReciprocal(row: String, column: String, value: Double, reciprocal: Double)
        case eigenFailed
    }

    /// A setting that can change over the years (`weight: {until 2022: 0.3, from 2023: 0.4}`).
    public enum VersionedSetting: String, Hashable, Sendable {
        case weight, column, target, goalposts
    }
}

import TouchstoneCore

/// What a problem says in one language: what is wrong, what to do.
typealias ProblemWords = (problem: String, fix: String)

/// The words of `ProjectProblem` in English and Chinese: what is wrong and what to do. One exhaustive switch;
/// the words of each topic are in `ProjectProblem+Words+YAML.swift`, `+Framework`, `+Data`, `+Settings`, `+Methods` and `+Treatment`.
extension ProjectProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case .targetsFileMissing:
            return (w.t("`file` is missing", "缺少 `file`"),
                    w.t("name the targets table, e.g. `targets: {file: targets.csv}`", "写明目标表，例如 `targets: {file: targets.csv}`"))
        // MARK: YAML values
        case let .expectedMapping(parent): return YAMLWords.expectedMapping(w, parent: parent)
        case let .unknownKey(key, allowed): return YAMLWords.unknownKey(w, key: key, allowed: allowed)
        case let .duplicateKey(key): return YAMLWords.duplicateKey(w, key: key)
        case let .expectedSingleValue(found): return YAMLWords.expectedSingleValue(w, found: found)
        case let .expectedNumber(found): return YAMLWords.expectedNumber(w, found: found)
        case let .expectedWholeNumber(found): return YAMLWords.expectedWholeNumber(w, found: found)
        case let .expectedBool(found): return YAMLWords.expectedBool(w, found: found)
        case let .expectedList(found): return YAMLWords.expectedList(w, found: found)
        case .expectedLocalizedText: return YAMLWords.expectedLocalizedText(w)
        case .localizedTextNotPlain: return YAMLWords.localizedTextNotPlain(w)
        case .expectedRange: return YAMLWords.expectedRange(w)
        case let .unknownChoice(what, value, allowed): return YAMLWords.unknownChoice(w, what: what, value: value, allowed: allowed)
        // MARK: framework
        case let .rootHasNoChildren(id): return FrameworkWords.rootHasNoChildren(w, id: id)
        case let .frameworkTooDeep(maximum): return FrameworkWords.tooDeep(w, maximum: maximum)
        case let .frameworkTooDeepAt(depth, node, maximum): return FrameworkWords.tooDeepAt(w, depth: depth, node: node, maximum: maximum)
        case .parentInTreeForm: return FrameworkWords.parentInTreeForm(w)
        case .childrenEmpty: return FrameworkWords.childrenEmpty(w)
        case .childrenInFlatForm: return FrameworkWords.childrenInFlatForm(w)
        case let .parentNotDeclared(child, parent, declared): return FrameworkWords.parentNotDeclared(w, child: child, parent: parent, declared: declared)
        case let .frameworkCycle(cycle): return FrameworkWords.cycle(w, cycle: cycle)
        case let .frameworkRoots(roots): return FrameworkWords.roots(w, roots: roots)
        case .nodeWithoutId: return FrameworkWords.nodeWithoutId(w)
        case let .duplicateId(id, first): return FrameworkWords.duplicateId(w, id: id, first: first)
        case let .negativeWeight(weight, versioned): return FrameworkWords.negativeWeight(w, weight: weight, versioned: versioned)
        case .funnelLimits: return FrameworkWords.funnelLimits(w)
        case .voteKeysOnNonVote: return FrameworkWords.voteKeysOnNonVote(w)
        case .capInvalid: return FrameworkWords.capInvalid(w)
        case .goalpostsIncomplete: return FrameworkWords.goalpostsIncomplete(w)
        case let .indicatorKeyOnAggregate(key): return FrameworkWords.indicatorKeyOnAggregate(w, key: key)
        case let .aggregateKeyOnIndicator(key, id): return FrameworkWords.aggregateKeyOnIndicator(w, key: key, id: id)
        case let .ordinalWithoutScale(id): return FrameworkWords.ordinalWithoutScale(w, id: id)
        case let .scaleOnNumeric(id): return FrameworkWords.scaleOnNumeric(w, id: id)
        case let .goalpostsEqual(id, value): return FrameworkWords.goalpostsEqual(w, id: id, value: value)
        case let .goalpostsReversed(id, lower, upper): return FrameworkWords.goalpostsReversed(w, id: id, lower: lower, upper: upper)
        case let .logNeedsPositiveGoalposts(id): return FrameworkWords.logNeedsPositiveGoalposts(w, id: id)
        case let .allWeightsZero(id): return FrameworkWords.allWeightsZero(w, id: id)
        case let .weightsOverflow(id): return FrameworkWords.weightsOverflow(w, id: id)
        case let .minAboveMax(min, max): return FrameworkWords.minAboveMax(w, min: min, max: max)
        case let .notYearRange(key, example): return FrameworkWords.notYearRange(w, key: key, example: example)
        case let .yearsMissing(setting, before, example): return FrameworkWords.yearsMissing(w, setting: setting, before: before, example: example)
        case let .yearsOverlap(at, example): return FrameworkWords.yearsOverlap(w, at: at, example: example)
        case let .yearsMissingAfter(setting, after, example): return FrameworkWords.yearsMissingAfter(w, setting: setting, after: after, example: example)
        case .yearsNotRange: return FrameworkWords.yearsNotRange(w)
        case let .versionedColumnOfVotes(id): return FrameworkWords.versionedColumnOfVotes(w, id: id)
        // MARK: data, units, sections
        case let .sectionMissing(section): return DataSpecWords.sectionMissing(w, section: section)
        case let .peerGroupNotGroupColumn(group, groupColumns): return DataSpecWords.peerGroupNotGroupColumn(w, group: group, groupColumns: groupColumns)
        case let .sizeDenominatorWithoutSizeColumn(id): return DataSpecWords.sizeDenominatorWithoutSizeColumn(w, id: id)
        case let .funnelDenominatorUnknown(id, denominator): return DataSpecWords.funnelDenominatorUnknown(w, id: id, denominator: denominator)
        case let .unknownHistory(value): return DataSpecWords.unknownHistory(w, value: value)
        case .labelsNotMapping: return DataSpecWords.labelsNotMapping(w)
        case .dataFileMissing: return DataSpecWords.dataFileMissing(w)
        case .unitColumnMissing: return DataSpecWords.unitColumnMissing(w)
        case .levelColumnNeedsLong: return DataSpecWords.levelColumnNeedsLong(w)
        case .raterColumnNeedsLong: return DataSpecWords.raterColumnNeedsLong(w)
        case .columnPatternPlaceholders: return DataSpecWords.columnPatternPlaceholders(w)
        case let .periodNeedsTimeColumn(period): return DataSpecWords.periodNeedsTimeColumn(w, period: period)
        case let .periodWithFixedYear(period): return DataSpecWords.periodWithFixedYear(w, period: period)
        case .dataYearsRange: return DataSpecWords.dataYearsRange(w)
        case let .layoutNeedsYearColumn(layout): return DataSpecWords.layoutNeedsYearColumn(w, layout: layout)
        case .yearColumnInYearInColumn: return DataSpecWords.yearColumnInYearInColumn(w)
        case .idColumnMissing: return DataSpecWords.idColumnMissing(w)
        case .groupNeedsColumn: return DataSpecWords.groupNeedsColumn(w)
        case .filterNeedsColumn: return DataSpecWords.filterNeedsColumn(w)
        case .filterNeedsTest: return DataSpecWords.filterNeedsTest(w)
        // MARK: trends, flags and method settings
        case let .shareOutOfRange(key, found, open): return SettingsWords.shareOutOfRange(w, key: key, found: found, open: open)
        case let .countTooSmall(key, minimum, found): return SettingsWords.countTooSmall(w, key: key, minimum: minimum, found: found)
        case let .exactMaxN(found): return SettingsWords.exactMaxN(w, found: found)
        case let .negativeSetting(key, example): return SettingsWords.negativeSetting(w, key: key, example: example)
        case let .flagShare(key, found): return SettingsWords.flagShare(w, key: key, found: found)
        case let .flagZ(key, found): return SettingsWords.flagZ(w, key: key, found: found)
        case let .flagNonNegative(key, found): return SettingsWords.flagNonNegative(w, key: key, found: found)
        case let .volatileP(found): return SettingsWords.volatileP(w, found: found)
        case let .pathStep(found): return SettingsWords.pathStep(w, found: found)
        case let .partners(found): return SettingsWords.partners(w, found: found)
        case .sdNotPositive: return SettingsWords.sdNotPositive(w)
        case .baseYearsShape: return SettingsWords.baseYearsShape(w)
        case .baseScopeNeedsYears: return SettingsWords.baseScopeNeedsYears(w)
        case .baseYearsWithoutBaseScope: return SettingsWords.baseYearsWithoutBaseScope(w)
        case let .optionOutOfBounds(key, lower, lowerOpen, upper, found, example):
            return SettingsWords.optionOutOfBounds(w, key: key, lower: lower, lowerOpen: lowerOpen, upper: upper, found: found, example: example)
        case .baseScopeNotForData: return SettingsWords.baseScopeNotForData(w)
        case let .coverageOutOfRange(found): return SettingsWords.coverageOutOfRange(w, found: found)
        // MARK: weighting and aggregation settings
        case let .powerNeedsExponent(keyed): return MethodSettingsWords.powerNeedsExponent(w, keyed: keyed)
        case let .methodMissing(example): return MethodSettingsWords.methodMissing(w, example: example)
        case let .keyNotForMethod(key, method, allowed, weights): return MethodSettingsWords.keyNotForMethod(w, key: key, method: method, allowed: allowed, weights: weights)
        case let .rhoOutOfRange(found): return MethodSettingsWords.rhoOutOfRange(w, found: found)
        case let .ahpNeedsMatrix(keyed): return MethodSettingsWords.ahpNeedsMatrix(w, keyed: keyed)
        case .negativeLoadings: return MethodSettingsWords.negativeLoadings(w)
        case let .bodShareOutOfRange(key, found): return MethodSettingsWords.bodShareOutOfRange(w, key: key, found: found)
        case let .bodLowerAboveUpper(lower, upper): return MethodSettingsWords.bodLowerAboveUpper(w, lower: lower, upper: upper)
        case let .matrixEntryInvalid(text): return MethodSettingsWords.matrixEntryInvalid(w, text: text)
        case let .matrixNotSquare(rows): return MethodSettingsWords.matrixNotSquare(w, rows: rows)
        case let .bodWithAggregation(id, method): return MethodSettingsWords.bodWithAggregation(w, id: id, method: method)
        case let .bodLowerTooHigh(id, lower, children): return MethodSettingsWords.bodLowerTooHigh(w, id: id, lower: lower, children: children)
        case let .bodUpperTooLow(id, upper, children): return MethodSettingsWords.bodUpperTooLow(w, id: id, upper: upper, children: children)
        case let .ahpSize(id, rows, order): return MethodSettingsWords.ahpSize(w, id: id, rows: rows, order: order)
        case let .ahpInconsistent(id, ratio, lambdaMax, index, randomIndex):
            return MethodSettingsWords.ahpInconsistent(w, id: id, ratio: ratio, lambdaMax: lambdaMax, index: index, randomIndex: randomIndex)
        case let .ahpMatrix(id, fault): return MethodSettingsWords.ahpMatrix(w, id: id, fault: fault)
        // MARK: treatment, votes, uncertainty, reference and bands, selection rules
        case let .winmaxTooSmall(found): return TreatmentSettingsWords.winmaxTooSmall(w, found: found)
        case let .thresholdNotPositive(key, found): return TreatmentSettingsWords.thresholdNotPositive(w, key: key, found: found)
        case .screenNotPanel: return TreatmentSettingsWords.screenNotPanel(w)
        case let .screenShare(key, found): return TreatmentSettingsWords.screenShare(w, key: key, found: found)
        case .screenNeedsCoverage: return TreatmentSettingsWords.screenNeedsCoverage(w)
        case let .denominatorNotColumn(denominator, attributeColumns):
            return TreatmentSettingsWords.denominatorNotColumn(w, denominator: denominator, attributeColumns: attributeColumns)
        case let .imputeGroupNotGroupColumn(group, groupColumns): return TreatmentSettingsWords.imputeGroupNotGroupColumn(w, group: group, groupColumns: groupColumns)
        case let .imputeNeedsGroups(impute): return TreatmentSettingsWords.imputeNeedsGroups(w, impute: impute)
        case .boxcoxNeedsLambda: return TreatmentSettingsWords.boxcoxNeedsLambda(w)
        case let .doubleTransform(id, transform): return TreatmentSettingsWords.doubleTransform(w, id: id, transform: transform)
        case let .treatmentTransformRawUnits(id, transform): return TreatmentSettingsWords.treatmentTransformRawUnits(w, id: id, transform: transform)
        case .voteLevelsNotMapping: return TreatmentSettingsWords.voteLevelsNotMapping(w)
        case .voteLevelsTooFew: return TreatmentSettingsWords.voteLevelsTooFew(w)
        case .voteLevelsOrder: return TreatmentSettingsWords.voteLevelsOrder(w)
        case let .voteLevelsMissing(id): return TreatmentSettingsWords.voteLevelsMissing(w, id: id)
        case .minVotersNegative: return TreatmentSettingsWords.minVotersNegative(w)
        case let .countOutOfRange(key, minimum, maximum, found): return TreatmentSettingsWords.countOutOfRange(w, key: key, minimum: minimum, maximum: maximum, found: found)
        case let .nonNegativeShare(key, below, found): return TreatmentSettingsWords.nonNegativeShare(w, key: key, below: below, found: found)
        case .dirichletNotPositive: return TreatmentSettingsWords.dirichletNotPositive(w)
        case .referenceScaleNotPositive: return TreatmentSettingsWords.referenceScaleNotPositive(w)
        case .referenceNeedsOne: return TreatmentSettingsWords.referenceNeedsOne(w)
        case .bandsNotIncreasing: return TreatmentSettingsWords.bandsNotIncreasing(w)
        case let .selectionBothSizes(shareKey, countKey): return TreatmentSettingsWords.selectionBothSizes(w, shareKey: shareKey, countKey: countKey)
        case let .selectionCountTooSmall(countKey, found): return TreatmentSettingsWords.selectionCountTooSmall(w, countKey: countKey, found: found)
        case let .selectionNeedsSize(shareKey, countKey): return TreatmentSettingsWords.selectionNeedsSize(w, shareKey: shareKey, countKey: countKey)
        case let .unknownRequirement(value, allowed): return TreatmentSettingsWords.unknownRequirement(w, value: value, allowed: allowed)
        // MARK: the scaling lock file
        case let .lockUnreadable(reason, projectFile): return ScalingLockWords.lockUnreadable(w, reason: reason, projectFile: projectFile)
        case let .scalingChanged(added, removed, changed, projectFile, projectName):
            return ScalingLockWords.scalingChanged(w, added: added, removed: removed, changed: changed, projectFile: projectFile, projectName: projectName)
        // MARK: reading the project file
        case let .notUTF8(offset): return ProjectFileWords.notUTF8(w, offset: offset)
        case let .noSuchPath(defaultName): return ProjectFileWords.noSuchPath(w, defaultName: defaultName)
        case let .folderWithoutProject(defaultName): return ProjectFileWords.folderWithoutProject(w, defaultName: defaultName)
        case .projectFileEmpty: return ProjectFileWords.projectFileEmpty(w)
        case .projectFileIncomplete: return ProjectFileWords.projectFileIncomplete(w)
        case let .yamlSyntax(detail, composer): return ProjectFileWords.yamlSyntax(w, detail: detail, composer: composer)
        case let .yamlOther(detail): return ProjectFileWords.yamlOther(w, detail: detail)
        // MARK: commands (17a)
        case .robustnessNeedsTooMuchMemory, .snapshotNotFound, .snapshotMissingInFolder, .notASnapshot, .noSuchNode, .noFunnelIndicator,
             .notAPeerGroupColumn, .scalingAlreadyFrozen, .noTargetsTable, .projectFileExists, .notOneTableInFolder:
            return commandWords(w)
        }
    }
}

extension Words {
    /// A list of choices, ids or keys: `a, b, c` (zh `a、b、c`).
    func choiceList(_ items: [String]) -> String {
        items.joined(separator: t(", ", "、"))
    }

    /// The fix for a value outside `allowed`: the closest choice if one is near, then the choices.
    func choicesFix(_ given: String, _ allowed: [String]) -> String {
        if let s = Suggestions.closest(to: given, among: allowed) {
            return t("did you mean `\(s)`? Choose one of: \(choiceList(allowed))", "是否应为 `\(s)`？使用 \(choiceList(allowed)) 之一")
        }
        return t("choose one of: \(choiceList(allowed))", "使用 \(choiceList(allowed)) 之一")
    }
}

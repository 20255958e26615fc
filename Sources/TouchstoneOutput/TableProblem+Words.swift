import TouchstoneCore

/// The words of `TableProblem` in English and Chinese: what is wrong and what to do. One exhaustive switch;
/// the words of each group of kinds are in `TableProblem+Words+Topic.swift`.
extension TableProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case let .yearNotInData(year, dataYears):
            let problem = w.t("the data has no year \(year)", "数据中没有 \(year) 年")
            guard let dataYears else { return (problem, w.t("add data rows", "添加数据行")) }
            return (problem, w.t("choose a year within \(dataYears.lowerBound)–\(dataYears.upperBound)",
                                 "选择 \(dataYears.lowerBound)–\(dataYears.upperBound) 年之间的年份"))
        case .fileNotFound, .pathPartNotFolder, .permissionDenied, .pathIsFolder, .unreadable, .notRegularFile,
             .fileTooLarge, .fileNeedsTooMuchMemory, .fileKeptGrowing:
            return fileWords(w)
        case .csvEmpty, .moreProblemsNotListed, .quoteNeverClosed, .textAfterClosingQuote, .quoteInUnquotedField,
             .fieldCountMismatch, .otherSeparator, .emptyColumnName, .duplicateColumnName:
            return csvWords(w)
        case .utf16Text, .binaryWorkbook, .nulByte, .declaredEncodingButUTF8BOM, .declaredUTF8Invalid,
             .invalidUTF8AfterBOM, .uncertainEncoding, .notUTF8NorGB18030, .declaredEncodingFails:
            return encodingWords(w)
        case .unitNotInUnitTable, .noObservations, .lineageWithVotes, .votesNeedYearlyData, .lineageNeedsYearlyData,
             .xlsWorkbook, .sheetButNotWorkbook, .emptyUnitId, .sizeNotPositive, .sizeNotNumber, .moreProblemsNotShown,
             .missingColumn:
            return panelWords(w)
        case .indicatorColumnMissing, .duplicateRow, .duplicateObservation, .indicatorWithoutRows, .indicatorPatternMissing,
             .secondRowForUnit, .yearNotWhole, .notAPeriod:
            return layoutWords(w)
        case .duplicateValue, .valueOutOfRange, .notARating, .notFinite, .notANumber, .raterScoredTwice:
            return cellWords(w)
        case .targetsWithoutUnitOrGroup, .targetRowUnitAndGroup, .targetYearNotWhole, .targetUnknownIndicator, .targetNotNumber,
             .milestoneNotNumber, .targetUnknownUnit, .secondTarget, .targetGroupWithoutUnits:
            return targetWords(w)
        case .yearlySizeNotPositive, .attributeNotNumber, .unitYearNotWhole, .unknownStatus, .voteCountNotWhole, .notALineageEvent,
             .lineageYearNotWhole, .lineageIdCount, .notAMergeRule, .sizeWeightedWithoutSize:
            return unitWords(w)
        case .workbookNotFound, .notAWorkbook, .workbookPartUnreadable, .workbookWithoutWorkbookPart, .workbookXMLDamaged,
             .workbookWithoutSheets, .noSuchSheet, .sheetWithoutWorksheet, .sheetEmpty, .emptyHeaderCell, .columnNameTwice,
             .cellRightOfHeader, .missingSharedString:
            return workbookWords(w)
        case .dataWithoutRows, .yearNotAmong, .unitNotInData, .noYearBefore, .assessmentNotEarlier, .noTargetsForYear,
             .yearlyDataWithoutPeriods, .noPeriods, .noDataBetween, .unitWithoutDataInYear, .noFunnelData:
            return requestWords(w)
        }
    }
}

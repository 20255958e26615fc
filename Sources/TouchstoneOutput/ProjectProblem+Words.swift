import TouchstoneCore

/// The words of `ProjectProblem` in English and Chinese: what is wrong and what to do.
extension ProjectProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case .targetsFileMissing:
            return (w.t("`file` is missing", "缺少 `file`"),
                    w.t("name the targets table, e.g. `targets: {file: targets.csv}`", "写明目标表，例如 `targets: {file: targets.csv}`"))
        // MARK: commands (17a)
        case .robustnessNeedsTooMuchMemory, .snapshotNotFound, .snapshotMissingInFolder, .notASnapshot, .noSuchNode, .noFunnelIndicator,
             .notAPeerGroupColumn, .scalingAlreadyFrozen, .noTargetsTable, .projectFileExists, .notOneTableInFolder:
            return commandWords(w)
        }
    }
}

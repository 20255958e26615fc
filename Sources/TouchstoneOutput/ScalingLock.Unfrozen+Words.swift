import TouchstoneCore

/// The words of what a scaling lock leaves unfrozen, in English and Chinese (`touchstone freeze` notes).
extension ScalingLock.Unfrozen {
    public func words(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case let .fittedWeights(ids):
            let list = w.choiceList(ids.map { "`\($0)`" })
            return w.t("the weights of \(list) are fitted on the data and are not frozen: appending a year can change them",
                       "\(list) 的权重由数据拟合，未被冻结：追加一年的数据可能改变它们")
        case let .pooledOutliers(n):
            return w.t("outlier treatment of \(n) indicator\(n == 1 ? "" : "s") pools all years (`outlier_scope: panel`) and is not frozen: use `outlier_scope: year` to keep earlier years fixed",
                       "\(n) 个指标的异常值处理合并所有年份（`outlier_scope: panel`），未被冻结：用 `outlier_scope: year` 使较早年份保持不变")
        }
    }
}

import TouchstoneCore

extension TreatmentSummary {
    /// The treatment note in `language`, one part per step that ran:
    ///
    /// | en | zh |
    /// |---|---|
    /// | treatment: 12 cells imputed in 3 indicators; 4 points winsorised in 2 indicators (every change is listed in the audit: `--format json`) | 数据处理：3 个指标中插补 12 个单元格；2 个指标中缩尾 4 个数据点（每处改动见审计记录：`--format json`） |
    public func text(_ language: String) -> String {
        let w = Words(language)
        var parts: [String] = []
        if let d = denominated {
            parts.append(w.t("\(d.cells) cell\(d.cells == 1 ? "" : "s") denominated", "按分母折算 \(d.cells) 个单元格")
                + (d.leftMissing > 0 ? w.t(" (\(d.leftMissing) left missing: no denominator)", "（\(d.leftMissing) 个因无分母仍缺失）") : ""))
        }
        if let c = imputed { parts.append(w.t("\(c.cells) cell\(c.cells == 1 ? "" : "s") imputed in \(c.indicators) indicator\(c.indicators == 1 ? "" : "s")", "\(c.indicators) 个指标中插补 \(c.cells) 个单元格")) }
        if let c = transformed { parts.append(w.t("\(c.cells) cell\(c.cells == 1 ? "" : "s") transformed (log or Box–Cox) in \(c.indicators) indicator\(c.indicators == 1 ? "" : "s")", "\(c.indicators) 个指标中变换 \(c.cells) 个单元格（对数或 Box–Cox）")) }
        if let c = winsorised { parts.append(w.t("\(c.cells) point\(c.cells == 1 ? "" : "s") winsorised in \(c.indicators) indicator\(c.indicators == 1 ? "" : "s")", "\(c.indicators) 个指标中缩尾 \(c.cells) 个数据点")) }
        if !logCT.isEmpty {
            let list = logCT.map { $0.indicator + ($0.year.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            parts.append(w.t("log_CT applied to \(list)", "对 \(list) 做 log_CT 变换"))
        }
        if let s = screened {
            parts.append(w.t("screening dropped \(s.indicators) indicator\(s.indicators == 1 ? "" : "s") and \(s.unitYears) unit-year\(s.unitYears == 1 ? "" : "s")", "筛选剔除 \(s.indicators) 个指标和 \(s.unitYears) 个单位年"))
        }
        return w.t("treatment: ", "数据处理：") + parts.joined(separator: w.t("; ", "；"))
            + w.t(" (every change is listed in the audit: `--format json`)", "（每处改动见审计记录：`--format json`）")
    }
}

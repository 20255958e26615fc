import TouchstoneCore
import TouchstoneOutput

/// The warnings of `diagnose` in the report's language: in English the words of `diagnose`
/// (`DiagnosisWarning.message(_:)` and `fix(_:)` of TouchstoneOutput); a Chinese report says the same more
/// briefly, with the nodes' labels.
extension Words {
    func diagnosisWarning(_ d: DiagnosisWarning, label: (String) -> String) -> String {
        guard zh else { return d.message(language) + ". Fix: " + d.fix(language) }
        let node = "「\(label(d.node))」"
        let a = d.involved.first.map { "「\(label($0))」" } ?? node
        let b = d.involved.dropFirst().first.map { "「\(label($0))」" } ?? ""
        switch d.kind {
        case .negativeCorrelation:
            return "\(node)中的\(a)与\(b)呈负相关。建议：检查两者的方向；若确为此消彼长，可拆分为不同维度或采用非补偿性汇总（几何平均、MPI、Copeland）。"
        case .nearDuplicate:
            return "\(node)中的\(a)与\(b)高度相关，几乎重复计量。建议：保留其一，或降低两者的权重。"
        case .dominated:
            return "\(node)的得分几乎由\(a)决定。建议：检查权重与各下级指标的相关结构。"
        case .zeroInGeometric:
            return "\(node)采用几何平均，但有下级得分为 0，会使整体为 0。建议：提高归一化下限，或改用算术平均。"
        case .perYearScaling:
            return "\(node)按年份分别归一化，得分跨年不可比。建议：改用 scope: panel。"
        case .directionMistake:
            return "\(a)的方向可能设置反了（与同级指标的相关为负）。建议：检查 direction。"
        case .weakReliability:
            return "\(node)的下级指标内部一致性弱（Cronbach α 低于 0.5），它们未必在度量同一件事。建议：检查框架结构。"
        }
    }
}

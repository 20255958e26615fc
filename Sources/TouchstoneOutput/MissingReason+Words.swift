import TouchstoneCore
import TouchstoneText

/// The words of `MissingReason` in English and Chinese: the one rendering that the CLI tables, JSON, flag
/// output and the reports use. Numbers print with `NumberFormat`, ids in backticks.
///
/// | reason | en | zh |
/// |---|---|---|
/// | `.noChild` | no child has a score | 下级均无得分 |
/// | `.belowCoverage(1, of: 4, minCoverage: 0.5)` | only 1 of 4 children present (min_coverage 0.5) | 仅 1/4 个下级有得分（min_coverage 0.5） |
extension MissingReason {
    public func text(_ language: String) -> String {
        Words(language).zh ? chinese : english
    }

    var english: String {
        switch self {
        case .noData: return "no data"
        case .noChild: return "no child has a score"
        case let .belowCoverage(present, k, minCoverage):
            return "only \(present) of \(k) children present (min_coverage \(NumberFormat.full(minCoverage)))"
        case let .outsideDomain(method, child, value):
            return "\(method.rawValue) mean undefined: `\(child)` is \(NumberFormat.full(value))"
        case .zeroWeight: return "the children present all have weight 0"
        case .topsisTies: return "TOPSIS closeness undefined: every unit compared ties on every child"
        case .nonPositiveMean(let method): return "\(method.rawValue.uppercased()) undefined: the mean of the children is <= 0"
        case .noOtherUnit: return "no other unit to compare with"
        case .undefined(let method): return "\(method.rawValue) score undefined"
        case .needsEveryChild(let child): return "benefit of the doubt needs every child; `\(child)` is missing"
        }
    }

    var chinese: String {
        switch self {
        case .noData: return "无数据"
        case .noChild: return "下级均无得分"
        case let .belowCoverage(present, k, minCoverage):
            return "仅 \(present)/\(k) 个下级有得分（min_coverage \(NumberFormat.full(minCoverage))）"
        case let .outsideDomain(method, child, value):
            return "\(method.rawValue) 平均无定义：`\(child)` 为 \(NumberFormat.full(value))"
        case .zeroWeight: return "有得分的下级权重均为 0"
        case .topsisTies: return "TOPSIS 贴近度无定义：参与比较的单位在每个下级上都相同"
        case .nonPositiveMean(let method): return "\(method.rawValue.uppercased()) 无定义：下级均值 ≤ 0"
        case .noOtherUnit: return "没有可比较的其他单位"
        case .undefined(let method): return "\(method.rawValue) 得分无定义"
        case .needsEveryChild(let child): return "“有利假设”（BoD）需要全部下级；`\(child)` 缺失"
        }
    }
}

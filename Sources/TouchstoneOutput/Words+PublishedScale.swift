/// The words of a higher-is-worse index (`direction: lower`) shown on its published scale while it is judged
/// on the reversed one (`PublishedScale`, `FlagReport.shown`): the label, the one line that explains ranks
/// and flags, the note on standard error, and the flag reasons whose numbers are index levels.
extension Words {
    /// Appended to the index's label.
    public var higherIsWorseSuffix: String { t(" (higher is worse)", "（越高越差）") }

    /// Said once, under the title, where ranks and flags are explained.
    public var higherIsWorseLine: String {
        t("Higher is worse: the scores are the published ones; rank 1 is the lowest index, and the flags judge the highest as the weakest.",
          "越高越差：所示分数为公布值；排名第 1 为指数最低者，预警以指数最高者为最弱。")
    }

    /// The note `flag` prints on standard error.
    public var higherIsWorseNote: String {
        t("note: the index is `direction: lower` (higher is worse): ranks and flags judge the lowest index as the best; the scores shown are the published ones.",
          "注：本指数为 `direction: lower`（越高越差）：排名和预警以指数最低者为最好；所示分数为公布值。")
    }

    func publishedLowLevel(score: String, sd: String, median: String) -> String {
        t("index \(score) is \(sd) robust SD above the peer median \(median)", "指数 \(score) 高于同组中位数 \(median) 达 \(sd) 个稳健标准差")
    }

    func publishedWorstShare(percent: String, cutoff: String) -> String {
        t(" and among the worst \(percent)% (cut-off \(cutoff))", "，处于最差的 \(percent)%（分界 \(cutoff)）")
    }

    func publishedRise(first: String, firstYear: String, last: String, lastYear: String, slope: String, sd: String, p: String) -> String {
        t("index rose from \(first) (\(firstYear)) to \(last) (\(lastYear)), \(slope) a year, \(sd) robust SD in all (Mann–Kendall p = \(p))",
          "指数由 \(first)（\(firstYear)年）升至 \(last)（\(lastYear)年），年均 \(slope)，累计 \(sd) 个稳健标准差（Mann–Kendall p = \(p)）")
    }

    func publishedStagnant(years: String, sd: String) -> String {
        t("above the peer median in each of the last \(years) years, by \(sd) robust SD on average, with no significant improvement",
          "近 \(years) 年均高于同组中位数，平均高 \(sd) 个稳健标准差，且无显著改善")
    }

    func mannKendallNote(_ p: String) -> String { t(" (Mann–Kendall p = \(p))", "（Mann–Kendall p = \(p)）") }

    func publishedWeakDimension(dimension: String, score: String, limit: String) -> String {
        t("\(dimension) \(score) is above its limit (\(limit))", "\(dimension) \(score) 高于限值（\(limit)）")
    }

    func publishedNoPath(index: String, target: String, level: String) -> String {
        t("no path: the index \(index) is already at or below \(target) (\(level)); what matters is to stop the trend",
          "无改进路径：指数 \(index) 已不高于\(target)（\(level)），关键在于扭转趋势")
    }
}

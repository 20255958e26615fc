import TouchstoneCore
import TouchstoneOutput

/// Fixed texts of the report and the briefs, in English and Chinese.
extension Words {
    // MARK: Punctuation
    var colon: String { t(": ", "：") }
    var separator: String { t("; ", "；") }
    var semicolon: String { t("; ", "；") }
    var listSeparator: String { t(", ", "、") }
    var versus: String { t("vs", "对比") }
    var noneText: String { t("none", "无") }

    // MARK: Cover and chapters
    func reviewLine(year: String, units: Int, span: String, version: String) -> String {
        t("Yearly review \(year) · \(units) units · data \(span) · Touchstone \(version)",
          "\(year)度评估 · \(units) 个单位 · 数据 \(span) · Touchstone \(version)")
    }
    func howToRead(scale: String) -> String {
        t("How to read: index and dimension scores are on the scale \(scale), higher is better, and comparable across years. Flagged units (shaded orange) need targeted help; exemplars (shaded blue) lead their peer group and are improving or holding steady. The method appendix says how every number was made.",
          "阅读说明：指数和各维度得分的量程为 \(scale)，越高越好，各年可比。预警单位（橙色底纹）需要针对性帮扶；标杆单位（蓝色底纹）在同组领先且持续向好或保持稳定。各项数字的计算方法见附录。")
    }
    func zScale(mean: String, sd: String) -> String { t("z-scores (mean \(mean), sd \(sd))", "标准分（均值 \(mean)，标准差 \(sd)）") }
    func summaryTitle(_ year: String) -> String { t("Summary of \(year)", "\(year)概况") }
    func indexTitle(_ year: String) -> String { t("Index and ranks, \(year)", "\(year)指数与排名") }
    func heatmapTitle(_ year: String) -> String { t("Scores by dimension, \(year)", "\(year)各维度得分") }
    func trendsTitle(_ span: String) -> String { t("Trends by peer group, \(span)", "分组趋势（\(span)）") }
    func peersTitle(_ year: String) -> String { t("Peer groups, \(year)", "\(year)同组比较") }
    func flaggedTitle(_ n: Int) -> String { t("Flagged units (\(n))", "预警单位（\(n) 个）") }
    func exemplarsTitle(_ n: Int) -> String { t("Exemplars (\(n))", "标杆单位（\(n) 个）") }
    var methodTitle: String { t("Method", "方法说明") }

    // MARK: Summary
    func summaryNarrative(year: String, index: String, units: Int, median: String, previous: (String, String)?, flagged: Int, high: Int,
                          exemplars: Int, since: String, improving: Int, declining: Int) -> String {
        let prevEn = previous.map { " (\($0.0): \($0.1))" } ?? "", prevZh = previous.map { "（\($0.0)：\($0.1)）" } ?? ""
        let are = { (n: Int) in n == 1 ? "1 unit is" : "\(n) units are" }, have = { (n: Int) in n == 1 ? "1 unit has" : "\(n) units have" }
        return t("In \(year) the median \(index) of the \(units) units was \(median)\(prevEn). \(are(flagged)) flagged for targeted help, \(high) of them with high severity, and \(exemplars == 1 ? "1 is an exemplar" : "\(exemplars) are exemplars"). Since \(since), \(have(improving)) improved significantly and \(have(declining)) declined significantly.",
                 "\(year)，\(units) 个单位的\(index)中位数为 \(median)\(prevZh)。\(flagged) 个单位被预警、需要针对性帮扶，其中高等级 \(high) 个；标杆单位 \(exemplars) 个。\(since)以来，\(improving) 个单位显著向好，\(declining) 个单位显著下滑。")
    }
    var unitsAssessed: String { t("Units", "单位数") }
    func ofUnits(_ n: Int) -> String { t("of \(n) with data", "有数据的 \(n) 个单位中") }
    func withScoreIn(_ year: String) -> String { t("with an index score in \(year)", "\(year)有指数得分") }
    var medianIndex: String { t("Median index", "指数中位数") }
    var middleHalf: String { t("Middle half", "中间 50%") }
    var interquartileRange: String { t("interquartile range", "四分位距") }
    var range: String { t("Lowest – highest", "最低 – 最高") }
    var lowest: String { t("lowest:", "最低：") }
    var highest: String { t("highest:", "最高：") }
    var flaggedUnits: String { t("Flagged", "预警") }
    func exemplarsCount(_ n: Int) -> String { t("\(n) exemplars", "标杆 \(n) 个") }
    func improvingDeclining(_ since: String) -> String { t("Improving / declining since \(since)", "\(since)以来 向好 / 下滑") }
    func distributionAlt(_ index: String, _ year: String) -> String { t("Distribution of the \(index) in \(year)", "\(year)\(index)分布") }
    func moversTitle(_ since: String?) -> String { since.map { t("Biggest movers since \($0)", "较\($0)变化最大的单位") } ?? t("Biggest movers", "变化最大的单位") }
    var noPreviousYear: String { t("This is the first year of the data: there is nothing to compare with.", "这是数据的第一年，无可比较。") }
    var risenMost: String { t("Rose most", "上升最多") }
    var fallenMost: String { t("Fell most", "下降最多") }
    var noMoves: String { t("No unit's index changed.", "各单位指数均无变化。") }
    var moversNote: String {
        t("Mainly through: the dimension that contributed most to the change, in the same direction (year-over-year decomposition, as in touchstone trend --unit).",
          "主要来自：对变化贡献最大、方向一致的维度（逐年变化分解，同 touchstone trend --unit）。")
    }
    var mainlyThrough: String { t("Mainly through", "主要来自") }
    var noneFlagged: String { t("No unit is flagged this year.", "本年度无预警单位。") }
    var noExemplars: String { t("No unit qualifies as an exemplar this year.", "本年度无标杆单位。") }

    // MARK: Table headers
    var unitHeader: String { t("Unit", "编号") }
    var nameHeader: String { t("Name", "名称") }
    var groupHeader: String { t("Group", "组别") }
    var changeHeader: String { t("Change", "变化") }
    func changeSince(_ year: String) -> String { t("Since \(year)", "较\(year)") }
    var rankHeader: String { t("Rank", "排名") }
    var rankInGroupHeader: String { t("Rank in group", "组内排名") }
    var trendHeader: String { t("Trend", "趋势") }
    var severityHeader: String { t("Severity", "等级") }
    var flagsHeader: String { t("Flags", "预警原因") }
    var leadsIn: String { t("Leads the group in", "领先维度") }
    var reasonHeader: String { t("Reason", "原因") }
    var stepHeader: String { t("Step", "改进事项") }
    func afterHeader(_ node: String) -> String { t("\(node) after", "改进后\(node)") }
    func strongerIn(_ name: String) -> String { t("Stronger than the unit in", "优于本单位之处") }
    var otherGroup: String { t("other group", "其他组") }
    var indicatorHeader: String { t("Indicator", "指标") }
    var yearsHeader: String { t("Years", "年份") }
    var nodeHeader: String { t("Node", "节点") }
    var idHeader: String { t("Id", "标识") }
    var weightHeader: String { t("Weight", "权重") }
    var shareHeader: String { t("Share in parent", "占上级比例") }
    var effectiveHeader: String { t("Weight in index", "在指数中的权重") }
    var directionHeader: String { t("Direction", "方向") }
    var methodHeader: String { t("Method", "方法") }
    var measureHeader: String { t("Unit of measure", "计量单位") }
    var classHeader: String { t("Class", "类别") }
    var ruleHeader: String { t("Rule", "判定规则") }
    var dimensionHeader: String { t("Dimension", "维度") }
    var scoreHeader: String { t("score", "得分") }
    var scoreColumn: String { t("Score", "得分") }
    func parenthesised(_ s: String) -> String { t(" (\(s))", "（\(s)）") }
    func indicatorAgainstPeers(_ label: String, raw: String, score: String, median: String) -> String {
        t("\(label) \(raw) (score \(score), peer median \(median))", "\(label) \(raw)（得分 \(score)，同组中位数 \(median)）")
    }
    var peerMedianHeader: String { t("Peer median", "同组中位数") }
    var gapHeader: String { t("Gap", "差距") }
    var assessmentHeader: String { t("Against peers", "相对同组") }
    var percentileHeader: String { t("Percentile", "百分位") }

    // MARK: Index, heatmap, trends, peers
    var indexNote: String {
        t("Rank among all units with a score (1 = best; ties share the best rank). Trend: the class of the index over the years up to this one (see the method appendix). Flagged units are shaded orange, exemplars blue; a unit's id links to its one-page brief.",
          "排名为所有有得分单位中的名次（1 为最好，并列取最好名次）。趋势：截至本年的指数趋势类别（见方法说明）。预警单位为橙色底纹，标杆单位为蓝色底纹；单位编号链接到其一页简报。")
    }
    func rankingAlt(_ index: String, _ year: String) -> String { t("\(index) by unit in \(year), highest first", "\(year)各单位\(index)，由高到低") }
    var heatmapNote: String {
        t("Units in index order (highest first); flagged units marked. Darker is lower. Read across a row for a unit's profile, down a column for who leads and lags in a dimension.",
          "单位按指数由高到低排列，预警单位已标出。颜色越深得分越低。横向看单位的长短板，纵向看各维度的领先与落后者。")
    }
    var allUnits: String { t("All units", "全部单位") }
    var noGroup: String { t("Without a group", "未分组") }
    func unitsCount(_ n: Int) -> String { t("\(n) units", "\(n) 个单位") }
    var trendsNote: String {
        t("Each panel is one unit's index over the years, against the median (dashed) and middle half (grey band) of all units. Classes: improving or declining when the Mann–Kendall test is significant; stagnant below peers when not improving and below the peer median in each recent year; volatile when the direction keeps reversing with large swings.",
          "每个小图为一个单位历年指数，虚线为全体中位数，灰带为全体中间 50%。类别：Mann–Kendall 检验显著时为持续向好或持续下滑；未显著改善且近几年均低于同组中位数为“低于同组且无实质进步”；方向反复且波动大为“时好时坏”。")
    }
    func trendsAlt(_ name: String, _ span: String) -> String { t("\(name): index \(span)", "\(name)：指数 \(span)") }
    var peersNote: String {
        t("Per peer group: rank in the group and overall, percentile among all units, robust z against the group (median and MAD), gaps to the group median and top quartile, and each dimension's gap to the group median.",
          "各组：组内排名与总排名、在全体中的百分位、相对本组的稳健 z 值（中位数与 MAD）、与组中位数及上四分位数的差距，以及各维度与组中位数的差距。")
    }
    func funnelTitle(_ label: String) -> String { t("Funnel plot: \(label)", "漏斗图：\(label)") }
    var funnelNote: String {
        t("Rates against their denominator with 95% and 99.8% control limits around the overall rate: small units vary more by chance, so only points outside the limits stand out.",
          "各单位比率对其分母作图，围绕总体比率给出 95% 与 99.8% 控制限：小单位的偶然波动更大，只有超出控制限的点才值得关注。")
    }

    // MARK: Flagged units
    var flagRulesIntro: String { t("A unit is flagged when one of these rules fires (the project file can change the thresholds):", "满足以下任一规则即预警（阈值可在项目文件中调整）：") }
    func flagRules(bottomShare: Int, robustZ: String, watchZ: String, dimensionZ: String, floor: String?) -> [String] {
        [t("needs help: low level — index at or below \(robustZ) robust SD from the peer median (high if also in the bottom \(bottomShare)%); watch from \(watchZ);",
           "需帮扶：水平偏低 — 指数低于同组中位数 \(robustZ) 个稳健标准差及以上（同时处于后 \(bottomShare)% 为高等级）；\(watchZ) 起列入关注；"),
         t("needs help: decline — a significant (Mann–Kendall) and material fall of the index, at least half a robust SD over the years;",
           "需帮扶：显著下滑 — 指数历年显著（Mann–Kendall）且实质性下降，累计至少半个稳健标准差；"),
         t("needs help: no substantive progress — below the peer median in each recent year by a robust SD on average, and not improving;",
           "需帮扶：无实质进步 — 近几年均低于同组中位数、平均低一个稳健标准差，且未改善；"),
         t("needs help: on-off — direction reversals beyond chance (turning-point test) with swings well above the typical;",
           "需帮扶：时好时坏 — 方向反复超出偶然（转折点检验），且波动远大于一般水平；"),
         t("funnel outlier — a count beyond its 99.8% control limit on the bad side (needs help; beyond 95%: watch);",
           "漏斗图异常 — 计数指标在不利一侧超出 99.8% 控制限（需帮扶；超出 95%：关注）；"),
         floor.map { f in t("watch: weak dimension — a dimension below \(f) while the index is not low.", "关注：短板维度 — 指数不低但某维度低于 \(f)。") }
            ?? t("watch: weak dimension — a dimension at or below \(dimensionZ) robust SD from the peer median while the index is not low.",
                 "关注：短板维度 — 指数不低但某维度低于同组中位数 \(dimensionZ) 个稳健标准差及以上。")]
    }
    var watchStatus: String { t("On the watch list:", "列入关注：") }
    func ruleLabel(_ r: UnitFlag.Rule) -> String { r.label(language) }
    func severityTitle(_ severity: String) -> String { t(severity.uppercased(), "预警等级 \(severity)") }
    func unitLine(group: String, index: String, score: String, rank: String, of n: Int, groupRank: String, groupSize: Int, trend: String) -> String {
        let g = group.isEmpty ? "" : t("\(group) · ", "\(group) · ")
        return t("\(g)\(index) \(score) · rank \(rank) of \(n) · \(groupRank) of \(groupSize) in the group · trend: \(trend).",
                 "\(g)\(index) \(score) · 总排名 \(rank)/\(n) · 组内 \(groupRank)/\(groupSize) · 趋势：\(trend)。")
    }
    var briefLink: String { t("One-page brief", "一页简报") }
    var whyFlagged: String { t("Why it is flagged", "预警原因") }
    var whyTitle: String { t("Where the gap comes from", "差距来源") }
    func gapSentence(gap: Double, size: String, reference: String, parts: String, drags: String) -> String {
        let d = drags.isEmpty ? "" : t(" Biggest drags: \(drags).", "主要拖累：\(drags)。")
        let en = gap < 0 ? "\(size) below" : "\(size) above", zh = gap < 0 ? "低 \(size)" : "高 \(size)"
        return t("The index is \(en) the index of the peer group's median profile (\(reference)). By dimension: \(parts).\(d)",
                 "指数比同组中位水平（\(reference)）\(zh)。按维度：\(parts)。\(d)")
    }
    func whyAlt(_ name: String) -> String { t("Contributions of each indicator to the gap of \(name) to its peer median", "\(name)各指标对其与同组中位水平差距的贡献") }
    var whatWouldHelp: String { t("What would help", "改进路径") }
    func pathIntro(node: String, start: String, target: String, description: String) -> String {
        t("\(node) \(start) → \(target) (\(description)), within what peers achieved this year:",
          "\(node) \(start) → \(target)（\(description)），均在同组本年已达到的水平之内：")
    }
    var nothingWithinPeers: String { t("Nothing within what peers achieve would raise it.", "在同组已达到的水平内无可改进之处。") }
    var notEnough: String { t("Even the peers' best values do not reach the target.", "即使达到同组最好水平也不足以达到目标。") }
    var learnFrom: String { t("Learn from", "学习对象") }
    var notAssessed: String { t("Not assessed (insufficient data)", "数据不足，未评估") }

    // MARK: Exemplars
    var exemplarNote: String {
        t("Exemplars are unflagged units that lead their peer group and are improving, or stable without falling; listed with the dimensions in which they lead their group.",
          "标杆单位：未被预警、在同组排名第一，且持续向好或保持稳定未下滑；并列出其在组内领先的维度。")
    }
    func profileAlt(_ name: String) -> String { t("Dimensions of \(name) against the peer-group median", "\(name)各维度对比同组中位数") }

    // MARK: Method
    var frameworkTitle: String { t("Framework and weights", "指标体系与权重") }
    func frameworkIntro(indicators: Int, dimensions: Int, index: String) -> String {
        t("The \(index) combines \(indicators) indicators in \(dimensions) dimensions. Weights are relative to the siblings and renormalised over the children present for each unit and year; the weight in the index is the product of the shares down the tree (before any renormalisation).",
          "\(index)由 \(dimensions) 个维度、\(indicators) 项指标构成。权重为同级之间的相对权重，每个单位每年按实际有数据的下级重新归一；“在指数中的权重”为自上而下各级占比之积（未重新归一时）。")
    }
    var higherBetter: String { t("higher is better", "越高越好") }
    var lowerBetter: String { t("lower is better", "越低越好") }
    func withShift(_ s: String) -> String { t(" (shift \(s))", "（平移 \(s)）") }
    func coverageRule(_ share: String) -> String { t("; needs at least \(share) of its children", "；至少需 \(share) 的下级有数据") }
    var nonPositiveMissing: String { t("; left missing where a child is ≤ 0", "；下级 ≤ 0 时记为缺失") }
    var scopePanel: String { t("all years pooled", "各年合并") }
    var scopeYear: String { t("each year alone", "逐年单独") }
    func scopeBase(_ years: String) -> String { t("fitted on the base years \(years)", "按基期 \(years) 拟合") }
    var logOf: String { t("natural log, then ", "取自然对数后") }
    func ordinalScale(_ scale: String) -> String { t("; ratings \(scale)", "；等级赋值 \(scale)") }
    var normalisationTitle: String { t("Normalisation and its scope", "标准化及其范围") }
    func normalisationText(method: String, scale: String) -> String {
        t("Each indicator is put on a common scale so that the best value scores highest (lower-is-better indicators are mirrored). The default is \(method); indicators may override it (see the table). Index and dimension scores are on the scale \(scale).",
          "每项指标先转换到统一量程，使最好的值得分最高（越低越好的指标先镜像）。默认方法为\(method)；个别指标可另行设定（见上表）。指数与维度得分的量程为 \(scale)。")
    }
    var scopePanelText: String {
        t("Scope: min-max and z-scores learn their parameters from all years pooled, so the same raw value gets the same score every year and a higher score next year means the unit really did better. Goalposts and targets are fixed and need no scope.",
          "范围：极差法与 Z 分数的参数取自各年合并的数据，同一原始值每年得分相同，来年得分更高即表示确有进步。阈值法与目标达成度的参数固定，不涉及范围。")
    }
    var scopeYearText: String {
        t("Scope: some indicators are normalised within each year alone. Their scores only say where a unit stands among the others that year: if every unit improves the scores do not move, and a unit can lose points while improving. Read trends of those scores with care.",
          "范围：部分指标逐年单独标准化，其得分只反映当年在全体中的相对位置：若所有单位都进步，得分不变；单位进步时得分也可能下降。解读这些得分的趋势时需谨慎。")
    }
    var aggregationTitle: String { t("Aggregation", "汇总方法") }
    func aggregationText(coverage: String) -> String {
        t("Scores are combined bottom-up through the framework. At every node and unit-year, the children that have a score are averaged with their weights renormalised over the children present (arithmetic: Σ w·x / Σ w). If fewer than \(coverage) of a node's children are present (by default), the node is left missing for that unit-year, with the reason below.",
          "得分按指标体系自下而上汇总。每个节点、每个单位每年，对有得分的下级按权重平均，权重在有数据的下级之间重新归一（算术平均：Σ w·x / Σ w）。若有数据的下级少于 \(coverage)（默认），该节点当年记为缺失，原因见下文。")
    }
    var geometricText: String {
        t("Geometric nodes use exp(Σ w·ln(x + s) / Σ w) − s, so a weak child cannot be fully compensated by a strong one.",
          "几何平均节点采用 exp(Σ w·ln(x + s) / Σ w) − s，某一下级偏弱不能被其他下级完全弥补。")
    }
    var coverageTitle: String { t("Data coverage and missing values", "数据覆盖与缺失值") }
    func coverageText(units: Int, years: Int, span: String, unitYears: Int, indicators: Int, cells: Int, missing: Int, share: String) -> String {
        t("\(units) units, \(years) years (\(span)), \(unitYears) unit-years with data and \(indicators) indicators: \(cells) values, of which \(missing) are missing (\(share)).",
          "\(units) 个单位，\(years) 年（\(span)），有数据的单位-年 \(unitYears) 个，指标 \(indicators) 项：共 \(cells) 个数值，缺失 \(missing) 个（\(share)）。")
    }
    var noImputation: String {
        t("No value is imputed or otherwise treated: a missing indicator is left out and the weights of its siblings are renormalised; a node with too few children present is left missing.",
          "不对任何数值进行插补或其他处理：缺失的指标不参与计算，其同级指标的权重重新归一；有数据的下级过少的节点记为缺失。")
    }
    func treatmentSummary(cells: Int, counts: String) -> String {
        t("The treatment stage changed \(cells) values (\(counts)); every changed cell is listed below with its value before and after. Values still missing after treatment are left out and the weights of their siblings renormalised; a node with too few children present is left missing.",
          "数据处理阶段共改动 \(cells) 个数值（\(counts)），每个改动的单元格及其改动前后的值列于下表。处理后仍缺失的数值不参与计算，其同级指标的权重重新归一；有数据的下级过少的节点记为缺失。")
    }
    func stepLabel(_ step: String) -> String {
        switch step {
        case "impute": return t("imputed", "插补")
        case "denominate": return t("denominated", "分母换算")
        case "transform": return t("transformed", "变换")
        case "winsorise": return t("winsorised", "缩尾")
        case "log-ct": return t("log-transformed", "对数变换")
        default: return step
        }
    }
    func everyTreatedCell(_ n: Int) -> String { t("Every imputed or treated cell (\(n))", "全部插补或处理过的单元格（\(n) 个）") }
    var yearHeader: String { t("Year", "年份") }
    var stepColumn: String { t("Step", "步骤") }
    var beforeAfter: String { t("Before → after", "处理前 → 处理后") }
    var screenedOut: String { t("Removed by screening (too little data): ", "因数据过少被筛除：") }
    func checkLabel(_ kind: String) -> String { t("check [\(kind)]", "检查 [\(kind)]") }
    var fixLabel: String { t("Fix: ", "建议：") }
    func unitsWithoutData(_ year: String) -> String { t("Units without data in \(year): ", "\(year)无数据的单位：") }
    var missingByIndicator: String { t("Missing values by indicator", "各指标缺失数") }
    var missingAllYears: String { t("Missing, all years", "缺失（全部年份）") }
    func missingIn(_ year: String) -> String { t("Missing in \(year)", "\(year)缺失") }
    func everyMissingValue(_ n: Int) -> String { t("Every missing value (\(n))", "全部缺失值（\(n) 个）") }
    var scoresLeftMissing: String { t("Scores left missing, with the reason", "记为缺失的得分及原因") }
    var noScoresMissing: String { t("No dimension or index score is missing.", "无维度或指数得分缺失。") }
    var rulesTitle: String { t("Trend classes", "趋势类别") }
    func trendMethodText(alpha: String, exactN: Int) -> String {
        t("Trends are judged on the real years (a missing year is a gap) with the Mann–Kendall test — exact p for up to \(exactN) years without ties — at α = \(alpha), Theil–Sen slopes with Sen's interval, and the number of direction reversals. Classes are decided in this order:",
          "趋势按实际年份判断（缺失年份视为间断），采用 Mann–Kendall 检验（不超过 \(exactN) 年且无并列时为精确 p 值），显著性水平 α = \(alpha)；斜率为 Theil–Sen 估计及 Sen 区间，并统计方向反转次数。类别按以下顺序判定：")
    }
    func classRule(_ k: TrendClass, minPoints: Int, alpha: String, stagnantYears: Int, reversalShare: String, swingRatio: String) -> String {
        switch k {
        case .insufficientData: return t("fewer than \(minPoints) years with a score", "有得分的年份少于 \(minPoints) 年")
        case .volatile: return t("direction reversals in at least \(reversalShare) of the possible places and a mean yearly swing at least \(swingRatio) × the panel's median", "方向反转次数不少于可能次数的 \(reversalShare)，且年均波动不低于全体中位数的 \(swingRatio) 倍")
        case .improving: return t("Mann–Kendall p < \(alpha), rising", "Mann–Kendall p < \(alpha)，上升")
        case .declining: return t("Mann–Kendall p < \(alpha), falling", "Mann–Kendall p < \(alpha)，下降")
        case .stagnantBelowPeers: return t("not significantly improving and below the peer-group median in each of the last \(stagnantYears) years", "未显著改善，且近 \(stagnantYears) 年均低于同组中位数")
        case .stable: return t("otherwise", "其他情形")
        }
    }
    var warningsTitle: String { t("Warnings and notes", "警告与提示") }
    var warningLabel: String { t("warning", "警告") }
    var noteLabel: String { t("note", "提示") }
    var noWarnings: String { t("None.", "无。") }
    var reproduceTitle: String { t("Reproducing this report", "复现本报告") }
    var projectFile: String { t("Project file", "项目文件") }
    var fingerprintOf: String { t(", fingerprint (FNV-1a 64) ", "，指纹（FNV-1a 64）") }
    var dataFingerprint: String { t("Data as read, fingerprint (FNV-1a 64)", "读入数据的指纹（FNV-1a 64）") }
    var versionLabel: String { t("Version", "版本") }
    var commandLabel: String { t("Command, from the report folder", "命令（在报告所在文件夹执行）") }
    var reproduceNote: String {
        t("The same project file, data and version give the same report, byte for byte.",
          "相同的项目文件、数据和版本生成的报告逐字节相同。")
    }

    func notebookIntro(_ project: String) -> [Inline] {
        [.text(t("This notebook was written by touchstone report. Each code cell holds the touchstone command behind the table or chart saved under it; with touchstone on your PATH, run a cell to recompute it, or change its options (another --year, --locale, --unit …). The commands read the project at ",
                 "本笔记本由 touchstone report 生成。每个代码单元格中是其下方表格或图表对应的 touchstone 命令；将 touchstone 加入 PATH 后，运行单元格即可重新计算，也可修改选项（如 --year、--locale、--unit 等）。命令读取的项目位于 ")),
         .code(project), .text(t(", relative to this notebook's folder.", "（相对于本笔记本所在文件夹）。"))]
    }

    // MARK: Briefs
    func briefSubtitle(_ index: String, _ year: String) -> String { t("\(index), \(year) — brief", "\(year)\(index) — 简报") }
    func noScoreThisYear(_ year: String) -> String { t("No index score in \(year).", "\(year)无指数得分。") }
    func groupMedianIs(_ v: String) -> String { t("group median \(v)", "同组中位数 \(v)") }
    var amongAll: String { t("among all units", "在全体中") }
    func flaggedStatus(_ severity: String) -> String { t("Flagged (\(severity)): ", "预警（\(severity)）：") }
    var exemplarStatus: String { t("Exemplar. ", "标杆单位。") }
    func excelsIn(_ dims: String) -> String { t("Leads the group in \(dims).", "组内领先：\(dims)。") }
    var clearStatus: String { t("No flag this year.", "本年度未预警。") }
    var insufficientStatus: String { t("Not assessed: ", "未评估：") }
    var againstPeers: String { t("Against the peer group", "与同组比较") }
    var strength: String { t("strength", "优势") }
    var weakness: String { t("weakness", "短板") }
    var strengths: String { t("Strengths (indicators ≥ 1 robust SD above the group median)", "优势（高于同组中位数 1 个稳健标准差以上的指标）") }
    var weaknesses: String { t("Weaknesses (≥ 1 robust SD below)", "短板（低于 1 个稳健标准差以上）") }
    var flagsAndGuidance: String { t("Flags and guidance", "预警与建议") }
    var guidance: String { t("Guidance", "建议") }
    var exemplarGuidance: String {
        t("Keep up what works and share it: flagged peers who are weak where this unit is strong are pointed to it as a learning partner.",
          "保持并推广好的做法：在本单位优势维度上偏弱的预警单位，会将本单位列为学习对象。")
    }
    func noFlags(_ year: String) -> String { t("No flag in \(year).", "\(year)未触发预警。") }
    func largestGap(_ dim: String, _ gap: String) -> String { t("Largest shortfall against the peer median: \(dim) \(gap).", "与同组中位数差距最大的维度：\(dim) \(gap)。") }
    var seeCoverage: String { t("The method appendix of the full report lists its missing values.", "完整报告的方法说明列出了其缺失值。") }
    func notAssessedText(_ why: String) -> String { t("Not assessed for flags this year: \(why).", "本年度未进行预警评估：\(why)。") }
    var fullReport: String { t("full report", "完整报告") }
}

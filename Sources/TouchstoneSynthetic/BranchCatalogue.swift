import Foundation

/// Fixed descriptive content of the `branches` demo dataset: peer groups, party
/// branches and the indicator framework. Only the numbers are random.
enum BranchCatalogue {
    struct Group: Sendable {
        let id: String
        let nameZh: String
        let nameEn: String
        /// Inclusive range of branch membership sizes for this kind of office.
        let members: ClosedRange<Int>
    }

    struct Branch: Sendable {
        let id: String
        let nameZh: String
        let nameEn: String
        let group: Int  // index into `groups`
    }

    static let years: [Int] = Array(2019...2024)

    static let groups: [Group] = [
        Group(id: "functional", nameZh: "职能部门", nameEn: "functional departments", members: 10...40),
        Group(id: "case", nameZh: "审查调查室", nameEn: "case review and investigation offices", members: 8...20),
        Group(id: "stationed", nameZh: "派驻纪检监察组", nameEn: "dispatched supervision teams", members: 6...14),
        Group(id: "inspection", nameZh: "巡察机构", nameEn: "inspection bodies", members: 6...10),
    ]

    static let branches: [Branch] = {
        var list: [(String, String, Int)] = [
            ("办公厅党支部", "General Office branch", 0),
            ("组织部党支部", "Organisation Department branch", 0),
            ("宣传部党支部", "Publicity Department branch", 0),
            ("研究室党支部", "Research Office branch", 0),
            ("法规室党支部", "Legal Affairs Office branch", 0),
            ("党风政风监督室党支部", "Conduct Supervision Office branch", 0),
            ("信访室党支部", "Petitions Office branch", 0),
            ("案件监督管理室党支部", "Case Management Office branch", 0),
            ("案件审理室党支部", "Case Adjudication Office branch", 0),
            ("干部监督室党支部", "Cadre Supervision Office branch", 0),
            ("机关事务管理中心党支部", "Administrative Services Centre branch", 0),
            ("信息技术保障室党支部", "IT Support Office branch", 0),
        ]
        let ordinalsZh = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九"]
        let ordinalsEn = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"]
        for k in 0..<8 {
            list.append(("\(ordinalsZh[k])审查调查室党支部", "\(ordinalsEn[k]) Case Review and Investigation Office branch", 1))
        }
        let stationed: [(String, String)] = [
            ("市教育局", "Education Bureau"),
            ("市卫生健康委员会", "Health Commission"),
            ("市财政局", "Finance Bureau"),
            ("市公安局", "Public Security Bureau"),
            ("市住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
            ("市交通运输局", "Transport Bureau"),
            ("市自然资源和规划局", "Natural Resources and Planning Bureau"),
            ("市生态环境局", "Ecology and Environment Bureau"),
            ("市民政局", "Civil Affairs Bureau"),
        ]
        for (zh, en) in stationed {
            list.append(("派驻\(zh)纪检监察组党支部", "Supervision Team at the \(en) branch", 2))
        }
        for k in 0..<5 {
            list.append(("市委\(ordinalsZh[k])巡察组党支部", "\(ordinalsEn[k]) Inspection Group branch", 3))
        }
        return list.enumerated().map { index, entry in
            let number = index + 1
            let id = number < 10 ? "b0\(number)" : "b\(number)"
            return Branch(id: id, nameZh: entry.0, nameEn: entry.1, group: entry.2)
        }
    }()

    enum Kind: Sendable {
        /// Percentage, 1 decimal, clipped to [60, 100].
        case percent(mean: Double, sd: Double)
        /// Score on 0–100, 1 decimal.
        case score(mean: Double, sd: Double, floor: Double)
        /// Non-negative quantity with 1 decimal (hours per member).
        case hours(mean: Double, sd: Double, floor: Double)
        /// Integer count, higher is better; `perMember` scales the base with branch size.
        case count(base: Double, perMember: Double, elasticity: Double, floor: Int)
        /// Integer count of bad events (Poisson), lower is better.
        case incidents(rate: Double, perMember: Double, sensitivity: Double)
        /// Ordinal rating 优秀/良好/一般/较差 from the latent score.
        case rating
    }

    struct Indicator: Sendable {
        let id: String
        let dimension: String
        let kind: Kind
        var lowerIsBetter: Bool {
            if case .incidents = kind { return true }
            return false
        }
    }

    static let ratingLabels = ["优秀", "良好", "一般", "较差"]  // best first

    /// Framework order (dimension by dimension), which is also the column order of indicators.csv.
    static let indicators: [Indicator] = [
        Indicator(id: "study_sessions", dimension: "political", kind: .count(base: 14, perMember: 0, elasticity: 0.2, floor: 6)),
        Indicator(id: "theme_days", dimension: "political", kind: .percent(mean: 91, sd: 4.5)),
        Indicator(id: "theory_test_score", dimension: "political", kind: .score(mean: 86, sd: 4.5, floor: 55)),
        Indicator(id: "political_rating", dimension: "political", kind: .rating),
        Indicator(id: "meetings_completed", dimension: "foundation", kind: .percent(mean: 94, sd: 3.5)),
        Indicator(id: "dues_on_time", dimension: "foundation", kind: .percent(mean: 96.5, sd: 2.2)),
        Indicator(id: "rectifications_closed", dimension: "foundation", kind: .percent(mean: 89, sd: 5)),
        Indicator(id: "training_hours", dimension: "foundation", kind: .hours(mean: 42, sd: 6, floor: 16)),
        Indicator(id: "volunteer_hours", dimension: "service", kind: .hours(mean: 16, sd: 3.5, floor: 2)),
        Indicator(id: "problems_resolved", dimension: "service", kind: .count(base: 3, perMember: 0.15, elasticity: 0.3, floor: 0)),
        Indicator(id: "satisfaction", dimension: "service", kind: .score(mean: 89, sd: 3.5, floor: 60)),
        Indicator(id: "casework_on_time", dimension: "service", kind: .percent(mean: 92, sd: 4)),
        Indicator(id: "violations", dimension: "discipline", kind: .incidents(rate: 0.25, perMember: 0.005, sensitivity: 0.75)),
        Indicator(id: "complaints", dimension: "discipline", kind: .incidents(rate: 0.8, perMember: 0.02, sensitivity: 0.6)),
        Indicator(id: "integrity_talks", dimension: "discipline", kind: .count(base: 2.5, perMember: 0.1, elasticity: 0.3, floor: 0)),
        Indicator(id: "discipline_rating", dimension: "discipline", kind: .rating),
    ]
}

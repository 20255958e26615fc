import TouchstoneCore

/// Fixed texts of the tables in English and Chinese.
struct FixedText {
    let rank, year, unit, name, units, rankIn: String

    init(_ language: String) {
        if Words(language).zh {
            (rank, year, unit, name, units, rankIn) = ("排名", "年份", "编号", "名称", "个单位", "内排名")
        } else {
            (rank, year, unit, name, units, rankIn) = ("Rank", "Year", "Unit", "Name", "units", "Rank in ")
        }
    }
}

enum GroupNames {
    static func label(_ column: String, language: String) -> String {
        if Words(language).zh && column == "group" { return "组别" }
        return column
    }
}

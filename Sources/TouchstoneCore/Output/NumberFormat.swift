import Foundation

/// Locale-independent number formatting, so the same input gives the same bytes everywhere.
public enum NumberFormat {
    /// The shortest text that reads back as the same double (Swift's `description`); empty for NaN.
    public static func full(_ v: Double) -> String {
        guard !v.isNaN else { return "" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    /// Fixed decimals with an explicit "+" on positive values; values that round to zero print unsigned.
    public static func signed(_ v: Double, decimals: Int, missing: String = "–") -> String {
        let text = fixed(v, decimals: decimals, missing: missing)
        guard !v.isNaN, v > 0, !text.allSatisfy({ $0 == "0" || $0 == "." }) else { return text }
        return "+" + text
    }

    /// Fixed decimals, rounding half away from zero; "–" for missing. Never prints "-0.0".
    public static func fixed(_ v: Double, decimals: Int, missing: String = "–") -> String {
        guard !v.isNaN else { return missing }
        let text = String(format: "%.\(decimals)f", v)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }
}

/// Fixed texts of the tables in English and Chinese.
struct FixedText {
    let rank, year, unit, name, units, rankIn: String

    init(_ language: String) {
        if language.hasPrefix("zh") {
            (rank, year, unit, name, units, rankIn) = ("排名", "年份", "编号", "名称", "个单位", "内排名")
        } else {
            (rank, year, unit, name, units, rankIn) = ("Rank", "Year", "Unit", "Name", "units", "Rank in ")
        }
    }
}

enum GroupNames {
    static func label(_ column: String, language: String) -> String {
        if language.hasPrefix("zh") && column == "group" { return "组别" }
        return column
    }
}

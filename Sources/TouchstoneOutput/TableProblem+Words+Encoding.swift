import TouchstoneCore

/// The words of the problems `TextDecoding` finds in a file's bytes (UTF-16, binary, invalid or uncertain
/// encodings), with the readings of the doubtful line in GB18030 and Windows-1252.
extension TableProblem {
    func encodingWords(_ w: Words) -> (problem: String, fix: String) {
        let saveAsUTF8 = w.t("save the file as UTF-8 (in Excel: Save As → CSV UTF-8), or convert it: iconv -f GB18030 -t UTF-8 in.csv > out.csv",
                             "把文件另存为 UTF-8（在 Excel 中：另存为 → CSV UTF-8），或转换它：iconv -f GB18030 -t UTF-8 in.csv > out.csv")
        let declareOne = w.t("if one of the readings is right, declare it in the project file under `data:` "
                                 + "(or `units:` for the unit table), e.g. `encoding: windows-1252` or `encoding: gb18030`; or ",
                             "若其中一种读法正确，在项目文件的 `data:` 下（单位表则在 `units:` 下）声明它，例如 `encoding: windows-1252` 或 `encoding: gb18030`；或") + saveAsUTF8
        switch self {
        case .utf16Text:
            return (w.t("the file is UTF-16 text (it starts with a UTF-16 byte-order mark), but Touchstone reads UTF-8 or GB18030",
                        "文件是 UTF-16 文本（以 UTF-16 字节顺序标记开头），而 Touchstone 只读取 UTF-8 或 GB18030"),
                    w.t("save the file as UTF-8 (in Excel: Save As → CSV UTF-8; \"Unicode Text\" saves UTF-16), or convert it: iconv -f UTF-16 -t UTF-8 in.csv > out.csv",
                        "把文件另存为 UTF-8（在 Excel 中：另存为 → CSV UTF-8；“Unicode 文本”保存的是 UTF-16），或转换它：iconv -f UTF-16 -t UTF-8 in.csv > out.csv"))
        case .binaryWorkbook:
            return (w.t("the file is an Excel workbook (or another binary file), not CSV text", "文件是 Excel 工作簿（或其他二进制文件），不是 CSV 文本"),
                    w.t("open it in Excel and Save As → CSV UTF-8, then use the .csv file", "用 Excel 打开并另存为 → CSV UTF-8，然后使用该 .csv 文件"))
        case let .nulByte(offset):
            return (w.t("the file contains a NUL byte (at byte offset \(offset)), so it is not UTF-8 or GB18030 text; "
                            + "it is probably UTF-16 without a byte-order mark, or a binary file",
                        "文件含有 NUL 字节（字节偏移 \(offset)），因此不是 UTF-8 或 GB18030 文本；它可能是没有字节顺序标记的 UTF-16，或是二进制文件"),
                    w.t("save the file as UTF-8 (in Excel: Save As → CSV UTF-8), or convert it: iconv -f UTF-16 -t UTF-8 in.csv > out.csv",
                        "把文件另存为 UTF-8（在 Excel 中：另存为 → CSV UTF-8），或转换它：iconv -f UTF-16 -t UTF-8 in.csv > out.csv"))
        case let .declaredEncodingButUTF8BOM(declared):
            return (w.t("the project declares `encoding: \(declared)`, but the file starts with a UTF-8 byte-order mark, so it is UTF-8",
                        "项目声明了 `encoding: \(declared)`，但文件以 UTF-8 字节顺序标记开头，因此它是 UTF-8"),
                    w.t("remove the `encoding:` line (or write `encoding: utf-8`)", "删去 `encoding:` 这一行（或写 `encoding: utf-8`）"))
        case let .declaredUTF8Invalid(hex, offset, line, readings):
            return (w.t("the project declares `encoding: utf-8`, but the byte \(hex) at byte offset \(offset) (line \(line)) is not valid UTF-8",
                        "项目声明了 `encoding: utf-8`，但字节偏移 \(offset)（第 \(line) 行）处的字节 \(hex) 不是有效的 UTF-8") + w.readings(readings),
                    w.t("declare the file's real encoding (`encoding: windows-1252` or `gb18030`), or ",
                        "声明文件的实际编码（`encoding: windows-1252` 或 `gb18030`），或") + saveAsUTF8)
        case let .invalidUTF8AfterBOM(hex, offset, line):
            return (w.t("the byte \(hex) at byte offset \(offset) (line \(line)) is not valid UTF-8 although the file starts with a UTF-8 byte-order mark",
                        "文件以 UTF-8 字节顺序标记开头，但字节偏移 \(offset)（第 \(line) 行）处的字节 \(hex) 不是有效的 UTF-8"),
                    saveAsUTF8)
        case let .uncertainEncoding(line, readings):
            return (w.t("the file is not UTF-8, and it is uncertain whether it is GB18030 (Chinese) or another encoding such as "
                            + "Windows-1252 (Western European): at line \(line)",
                        "文件不是 UTF-8，无法确定它是 GB18030（中文）还是 Windows-1252（西欧）等其他编码：见第 \(line) 行") + w.readings(readings),
                    declareOne)
        case let .notUTF8NorGB18030(hex, offset, line, readings):
            return (w.t("the file is neither UTF-8 nor GB18030 text: the byte \(hex) at byte offset \(offset) (line \(line)) "
                            + "is not valid UTF-8, and the file does not decode as GB18030 either",
                        "文件既不是 UTF-8 也不是 GB18030 文本：字节偏移 \(offset)（第 \(line) 行）处的字节 \(hex) 不是有效的 UTF-8，且文件也无法按 GB18030 解码")
                        + w.readings(readings),
                    declareOne)
        case let .declaredEncodingFails(declared, used, line, readings):
            return (w.t("the project declares `encoding: \(declared)`, but line \(line) does not convert from \(used)",
                        "项目声明了 `encoding: \(declared)`，但第 \(line) 行无法从 \(used) 转换") + w.readings(readings),
                    w.t("declare the file's real encoding (utf-8, gb18030, windows-1252 or latin-1), or ",
                        "声明文件的实际编码（utf-8、gb18030、windows-1252 或 latin-1），或") + saveAsUTF8)
        default:
            preconditionFailure("not an encoding problem: \(self)")
        }
    }
}

extension Words {
    /// `; the line reads "…" as GB18030 but "…" as Windows-1252` (empty when no reading works).
    func readings(_ readings: [EncodingReading]) -> String {
        guard !readings.isEmpty else { return "" }
        let en = readings.map { "\"\($0.text)\" as \($0.encoding)" }.joined(separator: " but ")
        let zh = readings.map { "按 \($0.encoding) 读作 \"\($0.text)\"" }.joined(separator: "，")
        return t("; the line reads \(en)", "；该行\(zh)")
    }
}

import TouchstoneCore

/// The words of the project file's YAML value problems (`ProjectProblem`), shared by every section.
enum YAMLWords {
    static func expectedMapping(_ w: Words, parent: String) -> ProblemWords {
        (w.t("expected a mapping (key: value lines)", "应为映射（每行一个“键: 值”）"),
         w.t("write it as `key: value` pairs, one per line, indented under `\(parent)`", "写成 `key: value` 键值对，每行一个，缩进写在 `\(parent)` 之下"))
    }

    static func unknownKey(_ w: Words, key: String, allowed: [String]) -> ProblemWords {
        let keys = w.choiceList(allowed)
        let fix = Suggestions.closest(to: key, among: allowed).map { w.t("did you mean `\($0)`? Allowed keys here: \(keys)", "是否应为 `\($0)`？此处允许的键：\(keys)") }
            ?? w.t("remove it; allowed keys here: \(keys)", "删除它；此处允许的键：\(keys)")
        return (w.t("unknown key `\(key)`", "未知的键 `\(key)`"), fix)
    }

    static func duplicateKey(_ w: Words, key: String) -> ProblemWords {
        (w.t("key `\(key)` appears twice", "键 `\(key)` 出现了两次"), w.t("keep one of them", "只保留其中一个"))
    }

    static func expectedSingleValue(_ w: Words, found: ProjectProblem.NodeShape) -> ProblemWords {
        (w.t("expected a single value, found a \(found.rawValue)", "应为单个值，实为\(shape(found))"), w.t("write a plain text value", "写一个普通的文本值"))
    }

    static func expectedNumber(_ w: Words, found: String) -> ProblemWords {
        (w.t("expected a number, found `\(found)`", "应为数字，实为 `\(found)`"), w.t("write a plain number such as 0.25 or 100", "写一个普通数字，例如 0.25 或 100"))
    }

    static func expectedWholeNumber(_ w: Words, found: String) -> ProblemWords {
        (w.t("expected a whole number, found `\(found)`", "应为整数，实为 `\(found)`"), w.t("write a whole number such as 2019", "写一个整数，例如 2019"))
    }

    static func expectedBool(_ w: Words, found: String) -> ProblemWords {
        (w.t("expected true or false, found `\(found)`", "应为 true 或 false，实为 `\(found)`"), w.t("write true or false", "写 true 或 false"))
    }

    static func expectedList(_ w: Words, found: ProjectProblem.NodeShape) -> ProblemWords {
        (w.t("expected a list, found a \(found.rawValue)", "应为列表，实为\(shape(found))"),
         w.t("write a list, e.g. `[a, b]` or one `- item` per line", "写成列表，例如 `[a, b]`，或每行一个 `- item`"))
    }

    static func expectedLocalizedText(_ w: Words) -> ProblemWords {
        (w.t("expected a text or a mapping of language codes to texts", "应为文本，或语言代码到文本的映射"), localizedTextFix(w))
    }

    static func localizedTextNotPlain(_ w: Words) -> ProblemWords {
        (w.t("language texts must be plain values", "各语言的文本须为普通值"), localizedTextFix(w))
    }

    static func expectedRange(_ w: Words) -> ProblemWords {
        (w.t("expected two increasing numbers `[low, high]`", "应为两个递增的数 `[low, high]`"), w.t("write e.g. `[0, 100]`", "例如写 `[0, 100]`"))
    }

    static func unknownChoice(_ w: Words, what: ProjectProblem.Choice, value: String, allowed: [String]) -> ProblemWords {
        let problem = switch what {
        case .value: w.t("unknown value `\(value)`", "未知的取值 `\(value)`")
        case .layout: w.t("unknown layout `\(value)`", "未知的布局 `\(value)`")
        case .encoding: w.t("unknown encoding `\(value)`", "未知的编码 `\(value)`")
        }
        return (problem, w.choicesFix(value, allowed))
    }

    /// An example of a text in both languages (data, the same in both languages' words).
    static let textExample = "`{en: Serving the people, zh: 服务群众}`"

    private static func localizedTextFix(_ w: Words) -> String {
        w.t("write e.g. \(textExample)", "例如写 \(textExample)")
    }

    /// What a YAML node is, in Chinese.
    private static func shape(_ s: ProjectProblem.NodeShape) -> String {
        switch s {
        case .value: "值"
        case .mapping: "映射"
        case .list: "列表"
        case .alias: "别名"
        }
    }
}

/// The words of the problems met before the project file's sections are read (`ProjectProblem`): the path,
/// the text encoding and the YAML syntax (the parser's own message stays as it wrote it).
enum ProjectFileWords {
    static func notUTF8(_ w: Words, offset: Int) -> ProblemWords {
        (w.t("the project file is not UTF-8 text (byte offset \(offset) is not valid UTF-8)", "项目文件不是 UTF-8 文本（字节偏移 \(offset) 处不是有效的 UTF-8）"),
         w.t("save it as UTF-8 (in a text editor: Save As → Encoding UTF-8)", "另存为 UTF-8（在文本编辑器中：另存为 → 编码 UTF-8）"))
    }

    static func noSuchPath(_ w: Words, defaultName: String) -> ProblemWords {
        (w.t("no such file or folder", "没有这个文件或文件夹"), w.t("give a project file, or a folder holding \(defaultName)", "给出项目文件，或含有 \(defaultName) 的文件夹"))
    }

    static func folderWithoutProject(_ w: Words, defaultName: String) -> ProblemWords {
        (w.t("the folder holds no \(defaultName)", "文件夹中没有 \(defaultName)"),
         w.t("give the project file's path, or create \(defaultName) in the folder (see README, Project file reference)",
             "给出项目文件的路径，或在该文件夹中创建 \(defaultName)（见 README 的项目文件说明）"))
    }

    static func projectFileEmpty(_ w: Words) -> ProblemWords {
        (w.t("the project file is empty", "项目文件是空的"),
         w.t("declare at least `data`, `units` and `framework` (see README, Project file reference)", "至少声明 `data`、`units` 和 `framework`（见 README 的项目文件说明）"))
    }

    static func projectFileIncomplete(_ w: Words) -> ProblemWords {
        (w.t("the project file is incomplete", "项目文件不完整"), w.t("see README, Project file reference", "见 README 的项目文件说明"))
    }

    static func yamlSyntax(_ w: Words, detail: String, composer: Bool) -> ProblemWords {
        (w.t("YAML syntax: \(detail)", "YAML 语法错误：\(detail)"),
         composer ? w.t("check anchors, aliases and duplicate structure here", "检查此处的锚点、别名和重复的结构")
                  : w.t("check the indentation and quoting at this place (quote values containing `:` or `#`)", "检查此处的缩进和引号（含 `:` 或 `#` 的值要加引号）"))
    }

    static func yamlOther(_ w: Words, detail: String) -> ProblemWords {
        (w.t("YAML: \(detail)", "YAML 错误：\(detail)"), w.t("check the file's YAML syntax", "检查文件的 YAML 语法"))
    }
}

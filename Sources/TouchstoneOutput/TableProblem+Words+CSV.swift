import TouchstoneCore

/// The words of the problems `CSVReader` finds in a file's header, rows and quoting.
extension TableProblem {
    func csvWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case .csvEmpty:
            return (w.t("the file is empty: it has no header line", "文件是空的：没有表头行"),
                    w.t("put the column names on the first line, separated by commas, and the data rows below it",
                        "在第一行写列名（以逗号分隔），数据行写在其下"))
        case let .moreProblemsNotListed(count):
            return (w.t("\(count) more problem\(count == 1 ? "" : "s") in this file \(count == 1 ? "is" : "are") not listed",
                        "此文件另有 \(count) 个问题未列出"),
                    w.t("fix the problems listed above, then read the file again to see the rest", "先改正上面列出的问题，再重新读取文件以查看其余问题"))
        case let .quoteNeverClosed(field, line):
            return (w.t("the double quote that opens field \(field) on line \(line) is never closed, so the rest of the file was read as one value",
                        "第 \(line) 行第 \(field) 个字段开头的双引号没有闭合，文件其余部分都被读成了一个值"),
                    w.t("add the closing double quote after the value; a double quote inside a quoted value must be written twice (\"\")",
                        "在值的后面补上闭合的双引号；带引号的值内部的双引号要写两次（\"\"）"))
        case let .textAfterClosingQuote(field, line):
            return (w.t("field \(field) on line \(line) has text after its closing double quote", "第 \(line) 行第 \(field) 个字段的闭合双引号后还有文字"),
                    w.t("write a double quote that belongs to the value twice (\"\") inside the quotes, or add the missing comma after the closing quote",
                        "属于值本身的双引号要在引号内写两次（\"\"），或在闭合引号后补上漏掉的逗号"))
        case let .quoteInUnquotedField(field, line):
            return (w.t("field \(field) on line \(line) contains a double quote (\") but does not start with one",
                        "第 \(line) 行第 \(field) 个字段含有双引号（\"），但不是以双引号开头"),
                    w.t("put the whole value in double quotes and write the quote inside it twice (5\" pipe becomes \"5\"\" pipe\"), or remove the quote",
                        "把整个值放进双引号，值内的引号写两次（5\" 管 写成 \"5\"\" 管\"），或删去该引号"))
        case let .fieldCountMismatch(line, found, expected):
            let problem = w.t("line \(line) has \(found) field\(found == 1 ? "" : "s") but the header has \(expected)",
                              "第 \(line) 行有 \(found) 个字段，但表头有 \(expected) 个")
            if found > expected {
                return (problem, w.t("check the line for a value containing an unquoted comma (write it in double quotes, "
                                         + "e.g. \"1,234\", or drop the comma) or for a stray separator",
                                     "检查该行是否有含逗号却未加引号的值（写成双引号形式，例如 \"1,234\"，或去掉逗号），或多余的分隔符"))
            }
            let commas = expected - 1
            return (problem, w.t("check the line for a missing separator between two values or a missing value; "
                                     + "every line needs \(commas) comma\(expected == 2 ? "" : "s") outside quotes "
                                     + "(an empty value is written as nothing between two commas)",
                                 "检查该行是否在两个值之间漏了分隔符或漏了一个值；每行在引号外需要 \(commas) 个逗号（空值写作两个逗号之间什么都不写）"))
        case let .otherSeparator(tabs):
            let shown = tabs ? w.t("tabs", "制表符") : w.t("semicolons", "分号")
            return (w.t("the header has a single column name that contains \(shown): the file seems to use \(shown) instead of commas to separate values",
                        "表头只有一个含\(shown)的列名：文件似乎用\(shown)而不是逗号分隔各值"),
                    w.t("save the file with commas as separators (in Excel: Save As → CSV UTF-8 (Comma delimited))",
                        "以逗号为分隔符保存文件（在 Excel 中：另存为 → CSV UTF-8（逗号分隔））"))
        case let .emptyColumnName(field, line):
            return (w.t("field \(field) of the header (line \(line)) is empty: every column needs a name",
                        "表头（第 \(line) 行）第 \(field) 个字段为空：每一列都需要名称"),
                    w.t("type a name into that header field, or delete the empty column (a comma at the end of the header line makes an empty last column)",
                        "在该表头字段中填写名称，或删除这一空列（表头行末尾的逗号会多出一个空的末列）"))
        case let .duplicateColumnName(name, first, second):
            return (w.t("the column name \"\(name)\" appears more than once in the header (fields \(first) and \(second))",
                        "列名 \"\(name)\" 在表头中出现不止一次（第 \(first) 和第 \(second) 个字段）"),
                    w.t("rename or delete one of the columns so that every column name is different", "重命名或删除其中一列，使每个列名都不相同"))
        default:
            preconditionFailure("not a CSV problem: \(self)")
        }
    }
}

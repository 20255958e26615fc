import TouchstoneCore

/// The words of the problems met while opening and reading a file (`InputFile`, `CSVReader.readProblem`).
extension TableProblem {
    func fileWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .fileNotFound(path):
            return (w.t("the file \"\(path)\" does not exist", "文件 \"\(path)\" 不存在"),
                    w.t("check the spelling of the file name, its folder and its extension (.csv), or create the file",
                        "检查文件名、所在文件夹和扩展名（.csv）的拼写，或创建该文件"))
        case let .pathPartNotFolder(path):
            return (w.t("the file \"\(path)\" does not exist (a part of the path is not a folder)",
                        "文件 \"\(path)\" 不存在（路径中有一部分不是文件夹）"),
                    w.t("check the folders in the path", "检查路径中的各级文件夹"))
        case let .permissionDenied(path):
            return (w.t("the file \"\(path)\" exists but cannot be read: permission denied", "文件 \"\(path)\" 存在但无法读取：没有权限"),
                    w.t("give your user read permission (chmod u+r \"\(path)\") or copy the file to a folder you own",
                        "给当前用户读取权限（chmod u+r \"\(path)\"），或把文件复制到自己的文件夹"))
        case let .pathIsFolder(path, role):
            return (w.t("\"\(path)\" is a folder, not a file", "\"\(path)\" 是文件夹，不是文件"),
                    w.t("give the path of the \(role.name(w)) itself, including the folder it is in",
                        "写出\(role.name(w))本身的路径，包括它所在的文件夹"))
        case let .unreadable(path, reason):
            return (w.t("the file \"\(path)\" cannot be read: \(reason)", "无法读取文件 \"\(path)\"：\(reason)"),
                    w.t("check that the file is accessible and not locked by another program, then try again",
                        "确认文件可以访问、没有被其他程序锁定，然后重试"))
        case let .notRegularFile(path, what, role):
            let shown = switch what {
            case .fifo: w.t("a FIFO (named pipe)", "FIFO（命名管道）")
            case .socket: w.t("a socket", "套接字")
            case .device: w.t("a device", "设备")
            }
            return (w.t("\"\(path)\" is \(shown), not a regular file; Touchstone reads only regular files",
                        "\"\(path)\" 是\(shown)，不是普通文件；Touchstone 只读取普通文件"),
                    w.t("save the \(role.name(w)) to disk first (e.g. `some-command > file`) and give the path of that regular file",
                        "先把\(role.name(w))保存到磁盘（例如 `some-command > file`），再写出该普通文件的路径"))
        case let .fileTooLarge(role, size, maxSize):
            return (w.t("the \(role.name(w)) is \(w.bytes(size)), more than the \(w.bytes(maxSize)) a \(role.name(w)) may have",
                        "\(role.name(w))大小为 \(w.bytes(size))，超过\(role.name(w))允许的 \(w.bytes(maxSize))"),
                    w.t("check that this is the right file (a data file given where the \(role.name(w)) belongs?)",
                        "确认文件是否选对（是否把数据文件当成了\(role.name(w))？）"))
        case let .fileNeedsTooMuchMemory(role, size, need, budget, origin):
            let needed = need.map { w.bytes($0) } ?? w.t("more than \(w.bytes(Int.max))", "超过 \(w.bytes(Int.max))")
            let source = w.budgetOrigin(origin)
            return (w.t("the \(role.name(w)) is \(w.bytes(size)); reading it would need about \(needed) of memory, "
                            + "more than the \(w.bytes(budget)) Touchstone allows itself (\(source))",
                        "\(role.name(w))大小为 \(w.bytes(size))；读取它约需 \(needed) 内存，超过 Touchstone 允许自身使用的 \(w.bytes(budget))（\(source)）"),
                    w.t("split the file (fewer units or years per project), run on a machine with more memory, "
                            + "or raise the limit, e.g. TOUCHSTONE_MEMORY_LIMIT=16G (bytes; K, M, G, T accepted)",
                        "拆分文件（每个项目少一些单位或年份），换一台内存更大的机器运行，或提高上限，例如 TOUCHSTONE_MEMORY_LIMIT=16G（单位为字节；可用 K、M、G、T）"))
        case let .fileKeptGrowing(role, limit):
            return (w.t("the \(role.name(w)) kept growing while it was read (past \(w.bytes(limit)))",
                        "读取期间\(role.name(w))仍在不断变大（超过 \(w.bytes(limit))）"),
                    w.t("wait until whatever writes the file has finished, then run again", "等写入该文件的程序结束后再运行"))
        default:
            preconditionFailure("not a file problem: \(self)")
        }
    }
}

extension InputFileRole {
    /// `CSV file`, `project file` (zh: `CSV 文件`, `项目文件`).
    func name(_ w: Words) -> String {
        switch self {
        case .file: w.t("file", "文件")
        case .csvFile: w.t("CSV file", "CSV 文件")
        case .projectFile: w.t("project file", "项目文件")
        case .lockFile: w.t("lock file", "锁定文件")
        }
    }
}

extension Words {
    /// Where the memory budget comes from: `TOUCHSTONE_MEMORY_LIMIT=16G`, or `75% of this machine's 16.0 GB of memory`.
    func budgetOrigin(_ origin: MemoryBudgetOrigin) -> String {
        switch origin {
        case let .environment(text): "TOUCHSTONE_MEMORY_LIMIT=\(text)"
        case let .physicalMemory(bytes): t("75% of this machine's \(self.bytes(bytes)) of memory", "本机 \(self.bytes(bytes)) 内存的 75%")
        }
    }

    /// A size in bytes as `ResourceLimits.describe` writes it (`512 bytes`, `3.2 MB`), `字节` in Chinese.
    func bytes(_ count: Int) -> String {
        count < 1024 ? t("\(count) bytes", "\(count) 字节") : ResourceLimits.describe(count)
    }
}

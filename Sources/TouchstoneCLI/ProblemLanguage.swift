import Foundation

/// The language input problems are printed in: that of the command's `--locale` (`--locale zh`,
/// `--locale=zh-CN`), English otherwise. Problems can be thrown before ArgumentParser has handed the
/// options to the command (or from a command without `--locale`), so the arguments are read here directly.
enum ProblemLanguage {
    static func current(_ arguments: [String] = CommandLine.arguments) -> String {
        var value: String?
        for (i, argument) in arguments.enumerated() {
            if argument == "--locale", i + 1 < arguments.count { value = arguments[i + 1] }
            else if argument.hasPrefix("--locale=") { value = String(argument.dropFirst("--locale=".count)) }
        }
        guard let value, value.lowercased().hasPrefix("zh") else { return "en" }
        return "zh"
    }
}

// The formats each command writes, in one place: `--help` is generated from these lists and any other
// format is refused before anything is read (`OutputOptions`). The first format is the default.

enum IndexFormats: FormatChoice {
    static let command = "index"
    static let accepted: [OutputFormat] = [.table, .csv, .json, .markdown, .xlsx]
}

enum TrendFormats: FormatChoice {
    static let command = "trend"
    static let accepted: [OutputFormat] = [.table, .csv, .json, .markdown, .xlsx]
}

enum FlagFormats: FormatChoice {
    static let command = "flag"
    static let accepted: [OutputFormat] = [.table, .markdown, .json, .xlsx]
}

enum PeersFormats: FormatChoice {
    static let command = "peers"
    static let accepted: [OutputFormat] = [.table, .markdown, .csv, .xlsx]
    static let note: String? = "csv: a row per unit with its group, ranks, percentile, robust z and gaps, numbers in full."
}

enum CompareFormats: FormatChoice {
    static let command = "compare"
    static let accepted: [OutputFormat] = [.table, .markdown, .csv, .xlsx]
}

enum SensitivityFormats: FormatChoice {
    static let command = "sensitivity"
    static let accepted: [OutputFormat] = [.table, .markdown, .csv, .xlsx]
    static let note: String? = "csv and xlsx carry plain numbers: the interval as rank_low/rank_high, probabilities as fractions."
}

enum DiagnoseFormats: FormatChoice {
    static let command = "diagnose"
    static let accepted: [OutputFormat] = [.table, .markdown, .json]
}

enum ReviewFormats: FormatChoice {
    static let command = "review"
    static let accepted: [OutputFormat] = [.table, .markdown, .json]
}

enum ProgressFormats: FormatChoice {
    static let command = "progress"
    static let accepted: [OutputFormat] = [.table, .csv, .json, .markdown]
}

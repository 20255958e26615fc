import Foundation

/// Builds a `Project` from the YAML tree: the top level, data, units and defaults sections. The framework
/// is built by `FrameworkBuilder`.
struct ProjectBuilder {
    let file: String

    static let topKeys = ["title", "description", "source", "labels", "data", "units", "defaults", "framework", "trends", "flags", "uncertainty"] + ["history", "freeze", "targets"]
    static let flagKeys = ["bottom_share", "robust_z", "watch_z", "decline", "decline_effect", "stagnant", "stagnant_margin", "volatile",
                           "volatile_p", "volatile_swing_ratio", "dimension_floor", "dimension_z", "dimension_percentile", "partners",
                           "path_step", "verify_paths", "funnel"] + ["exemplars", "needs_help"]
    static let trendKeys = ["min_points", "alpha", "confidence", "hamed_rao", "exact_max_n", "stagnant_years",
                            "volatile_reversal_share", "volatile_swing_ratio", "tolerance", "peer_group"]
    static let dataKeys = ["file", "sheet", "layout", "unit_column", "year_column", "year", "indicator_column", "value_column",
                           "column_pattern", "missing_values", "exclude", "include", "years", "encoding"] + ["rater_column", "level_column"] + ["period"]
    static let unitKeys = ["file", "sheet", "id_column", "name_column", "name_columns", "short_name_column", "short_name_columns", "group_columns", "size_column", "exclude", "include", "encoding"]
        + ["attribute_columns", "year_column"] + ["status_column", "lineage"]
    static let defaultsKeys = ["normalisation", "aggregation", "min_coverage", "language"] + ["weights"] + ["treatment"] + ["vote_levels"]
    static let filterKeys = ["column", "equals", "prefix", "reason"]

    func build(_ root: YAMLValue, problems: inout [InputProblem], fingerprint: String) -> Project? {
        guard let top = root.mapping(allowed: Self.topKeys, problems: &problems) else { return nil }
        let sections = Dictionary(top.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let rootLocation = SourceLocation(file: file, line: 1, column: 1)
        // `units:` is optional: without it the ids are the data's `unit_column` and the data file is the unit table.
        for required in ["data", "framework"] where sections[required] == nil {
            problems.append(InputProblem(rootLocation, "the section `\(required):` is missing",
                                         fix: "add a `\(required):` section (see README, Project file reference)"))
        }
        let title = sections["title"]?.localizedText(problems: &problems) ?? LocalizedText()
        let defaults = sections["defaults"].map { readDefaults($0, problems: &problems) } ?? Defaults()
        let data = sections["data"].flatMap { readData($0, problems: &problems) }
        let units = sections["units"].map { readUnits($0, problems: &problems) } ?? data.map { UnitSpec(idColumn: $0.unitColumn) }
        let framework = sections["framework"].flatMap {
            FrameworkBuilder(defaults: defaults).build($0, problems: &problems)
        }
        let trends = sections["trends"].map { readTrends($0, problems: &problems) } ?? TrendSettings()
        guard let data, let units, let framework else { return nil }
        MethodChecks(defaults: defaults).check(framework, problems: &problems)
        TreatmentReader.check(framework: framework, units: units, defaults: defaults, file: file, problems: &problems)
        if let g = trends.peerGroup, !units.groupColumns.contains(g), let v = sections["trends"] {
            problems.append(v.problem("`peer_group: \(g)` is not one of the unit table's `group_columns`",
                                      fix: "use one of: \(units.groupColumns.joined(separator: ", ")), or declare it under units.group_columns"))
        }
        let indicatorIds = Set(framework.indicators.map(\.id))
        for node in framework.indicators {
            guard let funnel = node.indicator?.funnel else { continue }
            let location = node.location ?? rootLocation
            if node.indicator?.type == .votes { continue }  // the voters of the indicator itself
            if funnel.denominator == "size" {
                if units.sizeColumn == nil {
                    problems.append(InputProblem(location, "`\(node.id)` uses `denominator: size` but the unit table declares no `size_column`",
                                                 fix: "add `size_column: members` (or your size column) under `units`"))
                }
            } else if !indicatorIds.contains(funnel.denominator) || funnel.denominator == node.id {
                problems.append(InputProblem(location, "`\(node.id)`: funnel denominator `\(funnel.denominator)` is neither `size` nor another indicator",
                                             fix: "write `denominator: size` (the unit table's size column) or the id of the indicator that holds the denominator"))
            }
        }
        var project = Project(file: file, directory: (file as NSString).deletingLastPathComponent,
                              title: title, data: data, units: units, defaults: defaults, framework: framework,
                              fingerprint: fingerprint)
        project.trends = trends
        if let f = sections["flags"] { project.flags = readFlags(f, problems: &problems) }
        if let u = sections["uncertainty"] { project.uncertainty = UncertaintyReader.read(u, problems: &problems) }
        if let h = sections["history"], let text = h.string(problems: &problems) {
            if let mode = HistoryMode(rawValue: text) { project.history = mode } else {
                problems.append(h.problem("unknown value `\(text)` for `history`", fix: "write `current` (every year under the newest framework) or `as-published` (each year under its own)"))
            }
        }
        project.source = sections["source"]?.localizedText(problems: &problems)
        if let t = sections["targets"], let entries = t.mapping(allowed: ["file", "sheet"], problems: &problems) {
            let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let file = fields["file"]?.string(problems: &problems) {
                project.targets = TargetSpec(file: file, sheet: fields["sheet"]?.string(problems: &problems))
            } else if fields["file"] == nil {
                problems.append(t.problem(.project(.targetsFileMissing)))
            }
        }
        if let l = sections["labels"] { project.labels = readLabels(l, problems: &problems) }
        if let f = sections["freeze"] { project.freeze = readFreeze(f, problems: &problems) }
        return project
    }

    /// `freeze: {outside: cap | extend}`.
    func readFreeze(_ value: YAMLValue, problems: inout [InputProblem]) -> FreezeSettings {
        var settings = FreezeSettings()
        for (key, v) in value.mapping(allowed: ["outside"], problems: &problems) ?? [] where key == "outside" {
            if let o = NormalisationReader.enumValue(v, FreezeSettings.Outside.self, problems: &problems) { settings.outside = o }
        }
        return settings
    }

    /// `labels:` — a mapping of values (group values, rating levels) to `{en: …, zh: …}`.
    func readLabels(_ value: YAMLValue, problems: inout [InputProblem]) -> [String: LocalizedText] {
        guard case .mapping(let m) = value.node else {
            problems.append(value.problem("expected a mapping of values to their names", fix: "write e.g. `labels: {functional: {en: Functional departments, zh: 职能部门}}`"))
            return [:]
        }
        var out: [String: LocalizedText] = [:]
        for (k, v) in m {
            guard let key = k.string else { continue }
            if let text = YAMLValue(node: v, file: value.file, path: "labels.\(key)").localizedText(problems: &problems) { out[key] = text }
        }
        return out
    }

    func readData(_ value: YAMLValue, problems: inout [InputProblem]) -> DataSpec? {
        guard let entries = value.mapping(allowed: Self.dataKeys, problems: &problems) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (k, v) in entries { fields[k] = v }
        guard let fileValue = fields["file"], let dataFile = fileValue.string(problems: &problems) else {
            if fields["file"] == nil { problems.append(value.problem("`file` is missing", fix: "name the CSV file or Excel workbook, e.g. `file: indicators.csv` or `file: indicators.xlsx` (with `sheet: Sheet1`)")) }
            return nil
        }
        guard let unitColumn = fields["unit_column"]?.string(problems: &problems) else {
            if fields["unit_column"] == nil { problems.append(value.problem("`unit_column` is missing", fix: "name the column that holds the unit id, e.g. `unit_column: branch_id`")) }
            return nil
        }
        var spec = DataSpec(file: dataFile, unitColumn: unitColumn)
        spec.sheet = fields["sheet"]?.string(problems: &problems)
        if let v = fields["layout"], let text = v.string(problems: &problems) {
            if let layout = DataLayout(rawValue: text) { spec.layout = layout } else {
                problems.append(v.problem("unknown layout `\(text)`", fix: choices(text, DataLayout.allCases.map(\.rawValue))))
            }
        }
        spec.yearColumn = fields["year_column"]?.string(problems: &problems)
        spec.fixedYear = fields["year"]?.int(problems: &problems)
        if let v = fields["indicator_column"]?.string(problems: &problems) { spec.indicatorColumn = v }
        if let v = fields["value_column"]?.string(problems: &problems) { spec.valueColumn = v }
        if let v = fields["level_column"], let c = v.string(problems: &problems) {
            spec.levelColumn = c
            if spec.layout != .long { problems.append(v.problem("`level_column` needs the long layout", fix: "in a wide file give one column per level, named `{column}_{level}`")) }
        }
        if let v = fields["rater_column"], let c = v.string(problems: &problems) {
            spec.raterColumn = c
            if spec.layout != .long { problems.append(v.problem("`rater_column` needs the long layout", fix: "write the data as `unit, year, indicator, rater, value` rows with `layout: long`")) }
        }
        if let v = fields["column_pattern"], let text = v.string(problems: &problems) {
            if text.contains("{indicator}") && text.contains("{year}") { spec.columnPattern = text } else {
                problems.append(v.problem("`column_pattern` must contain {indicator} and {year}", fix: "write e.g. `column_pattern: \"{indicator}_{year}\"`"))
            }
        }
        if let v = fields["missing_values"]?.strings(problems: &problems) { spec.missingValues = v.map(\.trimmingSpaces) }
        if let v = fields["encoding"] { spec.encoding = readEncoding(v, problems: &problems) }
        if let v = fields["period"], let kind = NormalisationReader.enumValue(v, PeriodKind.self, problems: &problems) {
            spec.period = kind
            if kind != .year && spec.layout == .yearInColumn {
                problems.append(v.problem("`period: \(kind.rawValue)` needs a time column (layout `wide` or `long`)", fix: "write the data with one row per unit and \(kind.rawValue), e.g. a column `period` holding \(kind.examples)"))
            }
            if kind != .year && spec.fixedYear != nil {
                problems.append(v.problem("`period: \(kind.rawValue)` cannot go with a fixed `year:`", fix: "give the time column in `year_column:` instead of `year:`"))
            }
        }
        spec.filters = readFilters(fields, problems: &problems)
        if let v = fields["years"], let items = v.sequence(problems: &problems) {
            let years = items.compactMap { $0.int(problems: &problems) }
            if years.count == 2, years[0] <= years[1] { spec.years = years[0] ... years[1] } else if years.count == items.count {
                problems.append(v.problem("`years` must be two whole years `[from, to]` with from <= to", fix: "write e.g. `years: [2015, 2023]` (or `[2023, 2023]` for one year)"))
            }
        }
        switch spec.layout {
        case .long, .wide:
            if spec.yearColumn == nil && spec.fixedYear == nil {
                problems.append(value.problem("the \(spec.layout.rawValue) layout needs `year_column` (or `year:` for a single-year file)",
                                              fix: "add e.g. `year_column: year`"))
            }
            if spec.layout == .long && spec.yearColumn == nil && spec.fixedYear == nil { break }
        case .yearInColumn:
            if spec.yearColumn != nil {
                problems.append(fields["year_column"]!.problem("`year_column` does not apply to the year-in-column layout",
                                                              fix: "remove it; years are read from column names with `column_pattern`"))
            }
        }
        return spec
    }

    func readUnits(_ value: YAMLValue, problems: inout [InputProblem]) -> UnitSpec? {
        guard let entries = value.mapping(allowed: Self.unitKeys, problems: &problems) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (k, v) in entries { fields[k] = v }
        guard let id = fields["id_column"]?.string(problems: &problems) else {
            if fields["id_column"] == nil { problems.append(value.problem("`id_column` is missing", fix: "name the column holding unit ids, e.g. `id_column: branch_id`")) }
            return nil
        }
        var spec = UnitSpec(idColumn: id)
        spec.file = fields["file"]?.string(problems: &problems)
        if let v = fields["encoding"] { spec.encoding = readEncoding(v, problems: &problems) }
        spec.sheet = fields["sheet"]?.string(problems: &problems)
        if let v = fields["name_column"]?.string(problems: &problems) { spec.nameColumns["en"] = v }
        if let v = fields["name_columns"], let names = v.localizedText(problems: &problems) {
            spec.nameColumns.merge(names.values) { _, new in new }
        }
        if let v = fields["short_name_column"]?.string(problems: &problems) { spec.shortNameColumns["en"] = v }
        if let v = fields["short_name_columns"], let names = v.localizedText(problems: &problems) {
            spec.shortNameColumns.merge(names.values) { _, new in new }
        }
        if let v = fields["group_columns"], let items = v.sequence(problems: &problems) {
            for item in items {
                if case .scalar = item.node {
                    if let c = item.string(problems: &problems) { spec.groupColumns.append(c) }
                    continue
                }
                guard let entries = item.mapping(allowed: ["column", "label", "names"], problems: &problems) else { continue }
                var g: [String: YAMLValue] = [:]
                for (k, x) in entries { g[k] = x }
                guard let column = g["column"]?.string(problems: &problems) else {
                    problems.append(item.problem("a group needs `column`", fix: "write e.g. `{column: group, label: {en: Peer group, zh: 组别}, names: {zh: group_zh}}`"))
                    continue
                }
                spec.groupColumns.append(column)
                if let l = g["label"]?.localizedText(problems: &problems) { spec.groupLabels[column] = l }
                if let n = g["names"]?.localizedText(problems: &problems) { spec.groupNameColumns[column] = n.values }
            }
        }
        spec.sizeColumn = fields["size_column"]?.string(problems: &problems)
        if let v = fields["attribute_columns"]?.strings(problems: &problems) { spec.attributeColumns = v }
        spec.yearColumn = fields["year_column"]?.string(problems: &problems)
        spec.statusColumn = fields["status_column"]?.string(problems: &problems)
        spec.lineage = fields["lineage"]?.string(problems: &problems)
        spec.filters = readFilters(fields, problems: &problems)
        return spec
    }

    func readFilters(_ fields: [String: YAMLValue], problems: inout [InputProblem]) -> [RowFilter] {
        var filters: [RowFilter] = []
        for (key, exclude) in [("exclude", true), ("include", false)] {
            guard let list = fields[key]?.sequence(problems: &problems) else { continue }
            for item in list {
                guard let entries = item.mapping(allowed: Self.filterKeys, problems: &problems) else { continue }
                var f: [String: YAMLValue] = [:]
                for (k, v) in entries { f[k] = v }
                guard let column = f["column"]?.string(problems: &problems) else {
                    problems.append(item.problem("a filter needs `column`", fix: "write e.g. `{column: iso3, prefix: ZZ}`"))
                    continue
                }
                let test: RowFilter.Test
                if let p = f["prefix"]?.string(problems: &problems) { test = .prefix(p) }
                else if let e = f["equals"]?.strings(problems: &problems) { test = .equals(e) }
                else {
                    problems.append(item.problem("a filter needs `equals` or `prefix`", fix: "write e.g. `{column: iso3, prefix: ZZ}` or `{column: type, equals: [total]}`"))
                    continue
                }
                var filter = RowFilter(column: column, test: test, exclude: exclude, location: item.location)
                filter.reason = f["reason"]?.localizedText(problems: &problems)
                filters.append(filter)
            }
        }
        return filters
    }

    func readDefaults(_ value: YAMLValue, problems: inout [InputProblem]) -> Defaults {
        var defaults = Defaults()
        guard let entries = value.mapping(allowed: Self.defaultsKeys, problems: &problems) else { return defaults }
        for (key, v) in entries {
            switch key {
            case "normalisation": defaults.normalisation = NormalisationReader.read(v, base: defaults.normalisation, problems: &problems)
            case "aggregation":
                if let (method, options) = MethodReader.aggregation(v, problems: &problems) {
                    defaults.aggregation = method
                    defaults.aggregationOptions = options
                }
            case "weights": defaults.weighting = MethodReader.weighting(v, problems: &problems)
            case "treatment": defaults.treatment = TreatmentReader.read(v, base: defaults.treatment, allowScreen: true, problems: &problems)
            case "min_coverage": if let c = NormalisationReader.coverage(v, problems: &problems) { defaults.minCoverage = c }
            case "language": if let l = v.string(problems: &problems) { defaults.language = l }
            case "vote_levels": defaults.voteLevels = VoteReader.levels(v, problems: &problems)
            default: break
            }
        }
        return defaults
    }

    func readTrends(_ value: YAMLValue, problems: inout [InputProblem]) -> TrendSettings {
        var t = TrendSettings()
        guard let entries = value.mapping(allowed: Self.trendKeys, problems: &problems) else { return t }
        func share(_ v: YAMLValue, _ name: String, open: Bool = false) -> Double? {
            guard let x = v.double(problems: &problems) else { return nil }
            guard x > 0 && (open ? x < 1 : x <= 1) else {
                problems.append(v.problem("`\(name)` must be between 0 and 1, found \(x)", fix: "write e.g. `\(name): \(open ? "0.05" : "0.75")`"))
                return nil
            }
            return x
        }
        func count(_ v: YAMLValue, _ name: String, minimum: Int) -> Int? {
            guard let n = v.int(problems: &problems) else { return nil }
            guard n >= minimum else {
                problems.append(v.problem("`\(name)` must be at least \(minimum), found \(n)", fix: "write a whole number from \(minimum)"))
                return nil
            }
            return n
        }
        for (key, v) in entries {
            switch key {
            case "min_points": if let n = count(v, key, minimum: 2) { t.minimumPoints = n }
            case "alpha": if let x = share(v, key, open: true) { t.alpha = x }
            case "confidence": if let x = share(v, key, open: true) { t.confidence = x }
            case "hamed_rao": if let b = v.bool(problems: &problems) { t.hamedRao = b }
            case "exact_max_n":
                if let n = count(v, key, minimum: 0) {
                    if n <= 10 { t.exactMaximumN = n } else {
                        problems.append(v.problem("`exact_max_n` must be at most 10, found \(n): the exact Mann–Kendall p is computed only up to n = 10, and longer series use the normal approximation",
                                                  fix: "write a number from 0 to 10 (10 is the default; 0 always uses the normal approximation)"))
                    }
                }
            case "stagnant_years": if let n = count(v, key, minimum: 1) { t.stagnantYears = n }
            case "volatile_reversal_share": if let x = share(v, key) { t.volatileReversalShare = x }
            case "volatile_swing_ratio":
                if let x = v.double(problems: &problems) {
                    if x >= 0 { t.volatileSwingRatio = x } else { problems.append(v.problem("`volatile_swing_ratio` must be >= 0", fix: "write e.g. `volatile_swing_ratio: 2`")) }
                }
            case "tolerance":
                if let x = v.double(problems: &problems) {
                    if x >= 0 { t.tolerance = x } else { problems.append(v.problem("`tolerance` must be >= 0", fix: "write e.g. `tolerance: 0.5`")) }
                }
            case "peer_group": t.peerGroup = v.string(problems: &problems)
            default: break
            }
        }
        return t
    }

    func readFlags(_ value: YAMLValue, problems: inout [InputProblem]) -> FlagSettings {
        var f = FlagSettings()
        guard let entries = value.mapping(allowed: Self.flagKeys, problems: &problems) else { return f }
        for (key, v) in entries {
            switch key {
            case "bottom_share", "dimension_percentile":
                guard let x = v.double(problems: &problems) else { continue }
                guard x >= 0 && x < 1 else {
                    problems.append(v.problem("`\(key)` must be a share from 0 up to 1, found \(x)", fix: "write e.g. `\(key): 0.15` (0 switches the rule off)"))
                    continue
                }
                if key == "bottom_share" { f.bottomShare = x } else { f.dimensionPercentile = x > 0 ? x : nil }
            case "robust_z", "watch_z", "dimension_z":
                if let x = v.double(problems: &problems) {
                    guard x < 0, x.isFinite else {
                        problems.append(v.problem("`\(key)` must be negative (a distance below the peer median, in robust SD), found \(x)", fix: "write e.g. `\(key): -2`"))
                        continue
                    }
                    switch key {
                    case "robust_z": f.robustZ = x
                    case "watch_z": f.watchZ = x
                    default: f.dimensionZ = x
                    }
                }
            case "decline_effect", "stagnant_margin", "volatile_swing_ratio":
                if let x = v.double(problems: &problems) {
                    guard x >= 0, x.isFinite else {
                        problems.append(v.problem("`\(key)` must be a number >= 0 (in robust SD, or a ratio), found \(x)", fix: "write e.g. `\(key): 1`"))
                        continue
                    }
                    switch key {
                    case "decline_effect": f.declineEffect = x
                    case "stagnant_margin": f.stagnantMargin = x
                    default: f.volatileSwingRatio = x
                    }
                }
            case "volatile_p":
                if let x = v.double(problems: &problems) {
                    if x > 0 && x <= 1 { f.volatileP = x } else { problems.append(v.problem("`volatile_p` must be a probability in (0, 1], found \(x)", fix: "write e.g. `volatile_p: 0.2`")) }
                }
            case "path_step":
                if case .scalar(let scalar) = v.node, scalar.string == "unlimited" { f.pathStepQuantile = nil; continue }
                if let x = v.double(problems: &problems) {
                    if x > 0 && x <= 1 { f.pathStepQuantile = x } else { problems.append(v.problem("`path_step` must be a quantile in (0, 1] or `unlimited`, found \(x)", fix: "write e.g. `path_step: 0.9`")) }
                }
            case "decline": if let b = v.bool(problems: &problems) { f.decline = b }
            case "verify_paths": if let b = v.bool(problems: &problems) { f.verifyPaths = b }
            case "funnel": if let b = v.bool(problems: &problems) { f.funnel = b }
            case "stagnant": if let b = v.bool(problems: &problems) { f.stagnant = b }
            case "volatile": if let b = v.bool(problems: &problems) { f.volatile = b }
            case "dimension_floor": if !v.isNull { f.dimensionFloor = v.double(problems: &problems) }
            case "exemplars": f.exemplars = SelectionReader.read(v, top: true, problems: &problems)
            case "needs_help": f.needsHelp = SelectionReader.read(v, top: false, problems: &problems)
            case "partners":
                if let n = v.int(problems: &problems) {
                    if (0 ... 3).contains(n) { f.partners = n } else { problems.append(v.problem("`partners` must be 0 to 3, found \(n)", fix: "write e.g. `partners: 3`")) }
                }
            default: break
            }
        }
        return f
    }

    func choices(_ given: String, _ allowed: [String]) -> String {
        if let s = Suggestions.closest(to: given, among: allowed) { return "did you mean `\(s)`? Choose one of: \(allowed.joined(separator: ", "))" }
        return "choose one of: \(allowed.joined(separator: ", "))"
    }
}

extension ProjectBuilder {
    /// `encoding: utf-8 | gb18030 | windows-1252 | latin-1 | auto` (aliases in `TextEncodingChoice`).
    func readEncoding(_ value: YAMLValue, problems: inout [InputProblem]) -> TextEncodingChoice {
        guard let text = value.string(problems: &problems) else { return .auto }
        if let choice = TextEncodingChoice(name: text) { return choice }
        problems.append(value.problem("unknown encoding `\(text)`", fix: choices(text, TextEncodingChoice.allCases.map(\.rawValue))))
        return .auto
    }
}

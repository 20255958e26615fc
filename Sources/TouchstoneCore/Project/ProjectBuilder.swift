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
            problems.append(InputProblem(rootLocation, .project(.sectionMissing(section: required))))
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
            problems.append(v.problem(.project(.peerGroupNotGroupColumn(group: g, groupColumns: units.groupColumns))))
        }
        let indicatorIds = Set(framework.indicators.map(\.id))
        for node in framework.indicators {
            guard let funnel = node.indicator?.funnel else { continue }
            let location = node.location ?? rootLocation
            if node.indicator?.type == .votes { continue }  // the voters of the indicator itself
            if funnel.denominator == "size" {
                if units.sizeColumn == nil {
                    problems.append(InputProblem(location, .project(.sizeDenominatorWithoutSizeColumn(id: node.id))))
                }
            } else if !indicatorIds.contains(funnel.denominator) || funnel.denominator == node.id {
                problems.append(InputProblem(location, .project(.funnelDenominatorUnknown(id: node.id, denominator: funnel.denominator))))
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
                problems.append(h.problem(.project(.unknownHistory(value: text))))
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
            problems.append(value.problem(.project(.labelsNotMapping)))
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
            if fields["file"] == nil { problems.append(value.problem(.project(.dataFileMissing))) }
            return nil
        }
        guard let unitColumn = fields["unit_column"]?.string(problems: &problems) else {
            if fields["unit_column"] == nil { problems.append(value.problem(.project(.unitColumnMissing))) }
            return nil
        }
        var spec = DataSpec(file: dataFile, unitColumn: unitColumn)
        spec.sheet = fields["sheet"]?.string(problems: &problems)
        if let v = fields["layout"], let text = v.string(problems: &problems) {
            if let layout = DataLayout(rawValue: text) { spec.layout = layout } else {
                problems.append(v.problem(.project(.unknownChoice(what: .layout, value: text, allowed: DataLayout.allCases.map(\.rawValue)))))
            }
        }
        spec.yearColumn = fields["year_column"]?.string(problems: &problems)
        spec.fixedYear = fields["year"]?.int(problems: &problems)
        if let v = fields["indicator_column"]?.string(problems: &problems) { spec.indicatorColumn = v }
        if let v = fields["value_column"]?.string(problems: &problems) { spec.valueColumn = v }
        if let v = fields["level_column"], let c = v.string(problems: &problems) {
            spec.levelColumn = c
            if spec.layout != .long { problems.append(v.problem(.project(.levelColumnNeedsLong))) }
        }
        if let v = fields["rater_column"], let c = v.string(problems: &problems) {
            spec.raterColumn = c
            if spec.layout != .long { problems.append(v.problem(.project(.raterColumnNeedsLong))) }
        }
        if let v = fields["column_pattern"], let text = v.string(problems: &problems) {
            if text.contains("{indicator}") && text.contains("{year}") { spec.columnPattern = text } else {
                problems.append(v.problem(.project(.columnPatternPlaceholders)))
            }
        }
        if let v = fields["missing_values"]?.strings(problems: &problems) { spec.missingValues = v.map(\.trimmingSpaces) }
        if let v = fields["encoding"] { spec.encoding = readEncoding(v, problems: &problems) }
        if let v = fields["period"], let kind = NormalisationReader.enumValue(v, PeriodKind.self, problems: &problems) {
            spec.period = kind
            if kind != .year && spec.layout == .yearInColumn {
                problems.append(v.problem(.project(.periodNeedsTimeColumn(period: kind))))
            }
            if kind != .year && spec.fixedYear != nil {
                problems.append(v.problem(.project(.periodWithFixedYear(period: kind))))
            }
        }
        spec.filters = readFilters(fields, problems: &problems)
        if let v = fields["years"], let items = v.sequence(problems: &problems) {
            let years = items.compactMap { $0.int(problems: &problems) }
            if years.count == 2, years[0] <= years[1] { spec.years = years[0] ... years[1] } else if years.count == items.count {
                problems.append(v.problem(.project(.dataYearsRange)))
            }
        }
        switch spec.layout {
        case .long, .wide:
            if spec.yearColumn == nil && spec.fixedYear == nil {
                problems.append(value.problem(.project(.layoutNeedsYearColumn(layout: spec.layout.rawValue))))
            }
            if spec.layout == .long && spec.yearColumn == nil && spec.fixedYear == nil { break }
        case .yearInColumn:
            if spec.yearColumn != nil {
                problems.append(fields["year_column"]!.problem(.project(.yearColumnInYearInColumn)))
            }
        }
        return spec
    }

    func readUnits(_ value: YAMLValue, problems: inout [InputProblem]) -> UnitSpec? {
        guard let entries = value.mapping(allowed: Self.unitKeys, problems: &problems) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (k, v) in entries { fields[k] = v }
        guard let id = fields["id_column"]?.string(problems: &problems) else {
            if fields["id_column"] == nil { problems.append(value.problem(.project(.idColumnMissing))) }
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
                    problems.append(item.problem(.project(.groupNeedsColumn)))
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
                    problems.append(item.problem(.project(.filterNeedsColumn)))
                    continue
                }
                let test: RowFilter.Test
                if let p = f["prefix"]?.string(problems: &problems) { test = .prefix(p) }
                else if let e = f["equals"]?.strings(problems: &problems) { test = .equals(e) }
                else {
                    problems.append(item.problem(.project(.filterNeedsTest)))
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
                problems.append(v.problem(.project(.shareOutOfRange(key: name, found: x, open: open))))
                return nil
            }
            return x
        }
        func count(_ v: YAMLValue, _ name: String, minimum: Int) -> Int? {
            guard let n = v.int(problems: &problems) else { return nil }
            guard n >= minimum else {
                problems.append(v.problem(.project(.countTooSmall(key: name, minimum: minimum, found: n))))
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
                        problems.append(v.problem(.project(.exactMaxN(found: n))))
                    }
                }
            case "stagnant_years": if let n = count(v, key, minimum: 1) { t.stagnantYears = n }
            case "volatile_reversal_share": if let x = share(v, key) { t.volatileReversalShare = x }
            case "volatile_swing_ratio":
                if let x = v.double(problems: &problems) {
                    if x >= 0 { t.volatileSwingRatio = x } else { problems.append(v.problem(.project(.negativeSetting(key: "volatile_swing_ratio", example: "2")))) }
                }
            case "tolerance":
                if let x = v.double(problems: &problems) {
                    if x >= 0 { t.tolerance = x } else { problems.append(v.problem(.project(.negativeSetting(key: "tolerance", example: "0.5")))) }
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
                    problems.append(v.problem(.project(.flagShare(key: key, found: x))))
                    continue
                }
                if key == "bottom_share" { f.bottomShare = x } else { f.dimensionPercentile = x > 0 ? x : nil }
            case "robust_z", "watch_z", "dimension_z":
                if let x = v.double(problems: &problems) {
                    guard x < 0, x.isFinite else {
                        problems.append(v.problem(.project(.flagZ(key: key, found: x))))
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
                        problems.append(v.problem(.project(.flagNonNegative(key: key, found: x))))
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
                    if x > 0 && x <= 1 { f.volatileP = x } else { problems.append(v.problem(.project(.volatileP(found: x)))) }
                }
            case "path_step":
                if case .scalar(let scalar) = v.node, scalar.string == "unlimited" { f.pathStepQuantile = nil; continue }
                if let x = v.double(problems: &problems) {
                    if x > 0 && x <= 1 { f.pathStepQuantile = x } else { problems.append(v.problem(.project(.pathStep(found: x)))) }
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
                    if (0 ... 3).contains(n) { f.partners = n } else { problems.append(v.problem(.project(.partners(found: n)))) }
                }
            default: break
            }
        }
        return f
    }

}

extension ProjectBuilder {
    /// `encoding: utf-8 | gb18030 | windows-1252 | latin-1 | auto` (aliases in `TextEncodingChoice`).
    func readEncoding(_ value: YAMLValue, problems: inout [InputProblem]) -> TextEncodingChoice {
        guard let text = value.string(problems: &problems) else { return .auto }
        if let choice = TextEncodingChoice(name: text) { return choice }
        problems.append(value.problem(.project(.unknownChoice(what: .encoding, value: text, allowed: TextEncodingChoice.allCases.map(\.rawValue)))))
        return .auto
    }
}

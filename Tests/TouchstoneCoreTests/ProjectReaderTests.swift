import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// The data and units sections shared by most test projects (lines 1–6 of every text below that uses it).
private let head = """
    data:
      file: data.csv
      unit_column: unit
      year_column: year
    units:
      id_column: unit

    """

/// Parses `text` as a project file called `touchstone.yaml`; the problems it reports (empty when it parses).
private func problems(_ text: String) -> [InputProblem] {
    do {
        _ = try ProjectReader.parse(text: text, file: "touchstone.yaml")
        return []
    } catch let many as InputProblems {
        return many.problems
    } catch let one as InputProblem {
        return [one]
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

/// The single problem `text` reports (records an issue when there are none or several).
private func problem(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> InputProblem {
    let found = problems(text)
    #expect(found.count == 1, "expected exactly one problem, got \(found.map(\.errorDescription))", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

private func location(_ line: Int, _ column: Int) -> TouchstoneCore.SourceLocation {
    TouchstoneCore.SourceLocation(file: "touchstone.yaml", line: line, column: column)
}

/// A fresh empty folder under the system's temporary directory.
private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("ProjectReaderTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The tree below `node` as one line: id, weight, aggregation and the indicator settings, children in brackets.
private func shape(_ node: FrameworkNode) -> String {
    var text = "\(node.id) w=\(node.weight)"
    if let a = node.aggregation { text += " agg=\(a.rawValue)" }
    if let c = node.minCoverage { text += " cov=\(c)" }
    if let i = node.indicator {
        text += " col=\(i.column) dir=\(i.direction.rawValue) type=\(i.type.rawValue)"
        if let t = i.target { text += " target=\(t)" }
        if let g = i.goalposts { text += " gp=\(g.lower)..\(g.upper)/\(g.cap.rawValue)" }
        if let n = i.normalisation { text += " norm=\(n.method.rawValue)\(n.range)\(n.scope.rawValue)" }
    }
    if !node.children.isEmpty { text += " [" + node.children.map(shape).joined(separator: "; ") + "]" }
    return text
}

@Suite("Project reader")
struct ProjectReaderTests {
    // MARK: Unknown keys and values

    @Test("A misspelt node key is reported at its line and column with a did-you-mean suggestion")
    func misspeltWeight() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: a
                  weigth: 2
                - id: b
            """)
        #expect(p.location == location(11, 7))
        #expect(p.problem == "framework.children[0]: unknown key `weigth`")
        #expect(p.fix.hasPrefix("did you mean `weight`? Allowed keys here: id, label, description, weight,"))
    }

    @Test("American `normalization` on a node suggests `normalisation`")
    func americanSpelling() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: a
                  normalization: {method: z-score}
                - id: b
            """)
        #expect(p.location == location(11, 7))
        #expect(p.problem == "framework.children[0]: unknown key `normalization`")
        #expect(p.fix.hasPrefix("did you mean `normalisation`?"))
    }

    @Test("A misspelt data key suggests the data key")
    func misspeltLayout() throws {
        let p = try problem("""
            data:
              file: data.csv
              layuot: wide
              unit_column: unit
              year_column: year
            units:
              id_column: unit
            framework:
              id: index
              children: [{id: a}]
            """)
        #expect(p.location == location(3, 3))
        #expect(p.problem == "data: unknown key `layuot`")
        #expect(p.fix == "did you mean `layout`? Allowed keys here: " + ProjectBuilder.dataKeys.joined(separator: ", "))
    }

    @Test("A key far from every allowed key is reported without a suggestion")
    func unknownKeyWithoutSuggestion() throws {
        let p = try problem(head + """
            colour: blue
            framework:
              id: index
              children: [{id: a}]
            """)
        #expect(p.location == location(7, 1))
        #expect(p.problem == "unknown key `colour`")
        #expect(p.fix == "remove it; allowed keys here: title, description, source, labels, data, units, defaults, framework, trends, flags, uncertainty, history, freeze, targets")
    }

    @Test("An unknown method value suggests the closest method and lists all")
    func unknownMethod() throws {
        let p = try problem(head + """
            defaults:
              normalisation:
                method: minmax
            framework:
              id: index
              children: [{id: a}]
            """)
        #expect(p.location == location(9, 13))
        #expect(p.problem == "defaults.normalisation.method: unknown value `minmax`")
        // Every registered method, in the order of `NormalisationDescriptor.all` (the built-in ones first).
        #expect(p.fix == "did you mean `min-max`? Choose one of: " + NormalisationMethod.allCases.map(\.rawValue).joined(separator: ", "))
        #expect(p.fix.hasPrefix("did you mean `min-max`? Choose one of: min-max, z-score, goalposts, distance-to-target, rank, percentile-rank, borda, ratio-to-reference, bands, none"))
    }

    @Test("An unknown direction without a close match lists the choices")
    func unknownDirection() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: a, direction: up}
            """)
        #expect(p.location == location(10, 26))
        #expect(p.problem == "framework.children[0].direction: unknown value `up`")
        #expect(p.fix == "choose one of: higher, lower")
    }

    // MARK: Sections

    @Test("Each missing required section is reported at the top of the file")
    func missingSections() throws {
        let found = problems("title: Empty project\n")
        #expect(found.map(\.problem) == [
            "the section `data:` is missing", "the section `framework:` is missing",
        ])
        #expect(found.allSatisfy { $0.location == location(1, 1) })
        #expect(found.first?.fix == "add a `data:` section (see README, Project file reference)")
    }

    @Test("A project without a framework names only that section")
    func missingFramework() throws {
        let p = try problem(head)
        #expect(p.problem == "the section `framework:` is missing")
        #expect(p.fix == "add a `framework:` section (see README, Project file reference)")
    }

    @Test("A project without units takes the ids from the data's unit column and the data file as unit table")
    func unitsFromData() throws {
        let project = try ProjectReader.parse(text: """
            data: {file: data.csv, unit_column: country, year_column: year}
            framework: {id: index, children: [{id: a}]}
            """, file: "touchstone.yaml")
        #expect(project.units.idColumn == "country")
        #expect(project.units.file == nil)
    }

    // MARK: Framework structure

    @Test("A duplicate node id names the second place and the first")
    func duplicateIds() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: a
                - id: a
            """)
        #expect(p.location == location(11, 11))
        #expect(p.problem == "framework.children[1].id: the id `a` is used twice (first at touchstone.yaml:10:11)")
        #expect(p.fix == "give every node of the framework its own id")
    }

    @Test("A duplicate id between a dimension and a nested indicator is found across levels")
    func duplicateIdsAcrossLevels() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: health
                  children:
                    - id: health
            """)
        #expect(p.location == location(12, 15))
        #expect(p.problem.contains("the id `health` is used twice (first at touchstone.yaml:10:11)"))
    }

    @Test("A cycle in the flat form is reported once, with the nodes on it")
    func flatCycle() throws {
        let p = try problem(head + """
            framework:
              - id: index
              - {id: b, parent: c}
              - {id: c, parent: b}
              - {id: x, parent: index}
            """)
        #expect(p.location == location(10, 21))
        #expect(p.problem == "framework[2].parent: the framework has a cycle: b → c → b")
        #expect(p.fix == "every node must lead up to the single root; correct one of these parents")
    }

    @Test("A node that is its own parent is a cycle")
    func selfParent() throws {
        let p = try problem(head + """
            framework:
              - id: index
              - {id: a, parent: index}
              - {id: b, parent: b}
            """)
        #expect(p.problem == "framework[2].parent: the framework has a cycle: b → b")
    }

    @Test("A parent that is not declared is reported with the closest id")
    func undeclaredParent() throws {
        let p = try problem(head + """
            framework:
              - id: index
              - {id: a, parent: indx}
              - {id: b, parent: index}
            """)
        #expect(p.location == location(9, 21))
        #expect(p.problem == "framework[1].parent: node `a` names parent `indx`, which is not declared")
        #expect(p.fix == "did you mean `index`?")
    }

    @Test("Two nodes without a parent are two roots, both named")
    func twoRoots() throws {
        let p = try problem(head + """
            framework:
              - id: index
              - id: other
              - {id: a, parent: index}
              - {id: b, parent: other}
            """)
        #expect(p.location == location(8, 3))
        #expect(p.problem == "framework: the framework has 2 roots")
        #expect(p.fix == "give every node but the index a `parent` (roots found: index, other)")
    }

    @Test("`parent` in the tree form and `children` in the flat form are rejected")
    func formMixups() throws {
        let tree = try problem(head + """
            framework:
              id: index
              children:
                - {id: a, parent: index}
            """)
        #expect(tree.problem == "framework.children[0].parent: `parent` is only used in the flat (list) form of the framework")
        let flat = problems(head + """
            framework:
              - id: index
                children: [a]
              - {id: a, parent: index}
            """)
        #expect(flat.first?.problem == "framework[0].children: `children` is not used in the flat (list) form")
        #expect(flat.first?.fix == "give each child a `parent:` instead")
    }

    // MARK: Weights

    @Test("A negative weight is an error that points to `direction: lower`")
    func negativeWeight() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: a, weight: -1}
                - {id: b}
            """)
        #expect(p.location == location(10, 23))
        #expect(p.problem == "framework.children[0].weight: weight -1.0 is negative")
        #expect(p.fix.contains("use `direction: lower`"))
    }

    @Test("All-zero weights among siblings are reported at their parent")
    func allZeroWeights() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: dim
                  children:
                    - {id: a, weight: 0}
                    - {id: b, weight: 0}
                - {id: c}
            """)
        #expect(p.location == location(10, 11))
        #expect(p.problem == "all children of `dim` have weight 0")
        #expect(p.fix == "give at least one child a positive weight")
    }

    @Test("A weight that is not a number is reported with what was found")
    func nonNumericWeight() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: a, weight: heavy}
            """)
        #expect(p.problem == "framework.children[0].weight: expected a number, found `heavy`")
        #expect(p.location == location(10, 23))
    }

    // MARK: Indicator settings

    @Test("An ordinal indicator needs a scale")
    func ordinalWithoutScale() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: rating, type: ordinal}
            """)
        #expect(p.location == location(10, 12))
        #expect(p.problem == "ordinal indicator `rating` has no `scale`")
        #expect(p.fix.hasPrefix("map each rating to a score"))
    }

    @Test("Distance to target needs a target")
    func distanceWithoutTarget() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - id: rate
                  normalisation: {method: distance-to-target}
            """)
        #expect(p.location == location(10, 11))
        #expect(p.problemText("en") == "`rate` uses distance to target but has no `target`")
        #expect(p.fixText("en") == "add e.g. `target: 100`")
    }

    @Test("Goalposts with lower equal to upper are rejected")
    func equalGoalposts() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: le, goalposts: {lower: 5, upper: 5}}
            """)
        #expect(p.location == location(10, 12))
        #expect(p.problem == "`le`: goalposts lower and upper are equal (5.0)")
        #expect(p.fix == "give two different bounds")
    }

    @Test("A log transform needs positive goalposts")
    func logWithNonPositiveGoalposts() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: gnipc, transform: log, goalposts: {lower: 0, upper: 75000}}
            """)
        #expect(p.location == location(10, 12))
        #expect(p.problem == "`gnipc`: a log transform needs positive goalposts")
        #expect(p.fix.contains("{lower: 100, upper: 75000}"))
    }

    @Test("Goalposts missing a bound are reported")
    func goalpostsWithoutUpper() throws {
        let p = try problem(head + """
            framework:
              id: index
              children:
                - {id: le, goalposts: {lower: 20}}
            """)
        #expect(p.problem == "framework.children[0].goalposts: goalposts need `lower` and `upper`")
    }

    @Test("min_coverage outside [0, 1] is rejected, in defaults and on a node")
    func coverageOutOfRange() throws {
        let found = problems(head + """
            defaults:
              min_coverage: 1.5
            framework:
              id: index
              min_coverage: -0.1
              children: [{id: a}]
            """)
        #expect(found.count == 2)
        #expect(found.first?.location == location(8, 17))
        #expect(found.first?.problem == "defaults.min_coverage: `min_coverage` must be a share between 0 and 1, found 1.5")
        #expect(found.first?.fix.hasPrefix("write e.g. `min_coverage: 0.5`") == true)
        #expect(found.last?.location == location(11, 17))
        #expect(found.last?.problem == "framework.min_coverage: `min_coverage` must be a share between 0 and 1, found -0.1")
    }

    @Test("Several problems in one file are all reported, in file order of the sections read")
    func severalProblems() throws {
        let found = problems("""
            data:
              file: data.csv
              unit_column: unit
              year_column: year
              layuot: wide
            units:
              id_column: unit
            defaults:
              min_coverage: 2
            framework:
              id: index
              children:
                - {id: a, weight: -1}
                - {id: b, direction: up}
                - {id: c, type: ordinal}
            """)
        #expect(found.count == 5)
        #expect(found.map(\.location.line) == [9, 5, 13, 14, 15])
        #expect(found.map(\.problem) == [
            "defaults.min_coverage: `min_coverage` must be a share between 0 and 1, found 2.0",
            "data: unknown key `layuot`",
            "framework.children[0].weight: weight -1.0 is negative",
            "framework.children[1].direction: unknown value `up`",
            "ordinal indicator `c` has no `scale`",
        ])
    }

    // MARK: Files and syntax

    @Test("A YAML syntax error reports its line and column")
    func yamlSyntax() throws {
        let p = try problem("""
            data:
              file: data.csv
              unit_column: unit: x
            """)
        #expect(p.location.file == "touchstone.yaml")
        #expect(p.location.line == 3)
        #expect(p.location.column == 20)
        #expect(p.problem == "YAML syntax: mapping values are not allowed in this context")
        #expect(p.fix.hasPrefix("check the indentation and quoting"))
    }

    @Test("An empty project file is reported")
    func emptyFile() throws {
        let p = try problem("")
        #expect(p.location == location(1, 1))
        #expect(p.problem == "the project file is empty")
    }

    @Test("A folder without touchstone.yaml is reported with what to do")
    func folderWithoutProject() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ProjectReader.read(path: folder.path)
            Issue.record("reading a folder without touchstone.yaml succeeded")
        } catch let p as InputProblem {
            #expect(p.location.file == folder.path)
            #expect(p.location.line == nil)
            #expect(p.problem == "the folder holds no touchstone.yaml")
            #expect(p.fix.contains("create touchstone.yaml in the folder"))
        }
    }

    @Test("A folder with touchstone.yaml is read, and paths resolve against it")
    func folderWithProject() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = head + "framework: {id: index, children: [{id: a}]}\n"
        try text.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let project = try ProjectReader.read(path: folder.path)
        #expect(project.file == folder.appendingPathComponent("touchstone.yaml").path)
        #expect(project.directory == folder.path)
        #expect(project.fingerprint == Fingerprint.fnv1a(Array(text.utf8)))
    }

    @Test("A path that does not exist is reported")
    func noSuchPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nothing.yaml").path
        #expect(throws: InputProblem(.init(file: path), "no such file or folder",
                                     fix: "give a project file, or a folder holding touchstone.yaml")) {
            try ProjectReader.read(path: path)
        }
    }

    // MARK: What a valid file means

    @Test("The tree form and the flat form give the same framework")
    func treeAndFlatAgree() throws {
        let tree = try ProjectReader.parse(text: head + """
            framework:
              id: index
              aggregation: geometric
              children:
                - id: health
                  weight: 2
                  min_coverage: 1
                  children:
                    - {id: le, goalposts: {lower: 20, upper: 85, cap: upper}}
                - id: education
                  children:
                    - {id: eys, weight: 0.5, direction: lower}
                    - {id: mys, column: mean_years, target: 15, normalisation: {method: distance-to-target}}
                - {id: gnipc, transform: log, goalposts: {lower: 100, upper: 75000}}
            """, file: "touchstone.yaml")
        let flat = try ProjectReader.parse(text: head + """
            framework:
              - {id: index, aggregation: geometric}
              - {id: health, parent: index, weight: 2, min_coverage: 1}
              - {id: le, parent: health, goalposts: {lower: 20, upper: 85, cap: upper}}
              - {id: education, parent: index}
              - {id: eys, parent: education, weight: 0.5, direction: lower}
              - {id: mys, parent: education, column: mean_years, target: 15, normalisation: {method: distance-to-target}}
              - {id: gnipc, parent: index, transform: log, goalposts: {lower: 100, upper: 75000}}
            """, file: "touchstone.yaml")
        #expect(shape(tree.framework) == shape(flat.framework))
        #expect(shape(tree.framework) == "index w=1.0 agg=geometric [health w=2.0 cov=1.0 [le w=1.0 col=le dir=higher type=numeric gp=20.0..85.0/upper norm=goalposts0.0...100.0panel]; education w=1.0 [eys w=0.5 col=eys dir=lower type=numeric norm=min-max0.0...100.0panel; mys w=1.0 col=mean_years dir=higher type=numeric target=15.0 norm=distance-to-target0.0...100.0panel]; gnipc w=1.0 col=gnipc dir=higher type=numeric gp=100.0..75000.0/both norm=goalposts0.0...100.0panel]")
        #expect(tree.framework.indicators.map(\.id) == ["le", "eys", "mys", "gnipc"])
        #expect(flat.framework.indicators.map(\.id) == ["le", "eys", "mys", "gnipc"])
    }

    @Test("An indicator's normalisation override inherits the fields it does not set from defaults")
    func overrideInherits() throws {
        let project = try ProjectReader.parse(text: head + """
            defaults:
              normalisation: {method: z-score, range: [0, 10], scope: year, mean: 100, sd: 15}
            framework:
              id: index
              children:
                - {id: a, normalisation: {method: min-max}}
                - {id: b}
                - {id: c, normalisation: {range: [1, 5], sd: 2}}
            """, file: "touchstone.yaml")
        let specs = project.framework.indicators.map { $0.indicator!.normalisation! }
        var expectedA = NormalisationSpec()
        expectedA.method = .minMax
        expectedA.range = 0 ... 10
        expectedA.scope = .year
        expectedA.zMean = 100
        expectedA.zStandardDeviation = 15
        #expect(specs[0] == expectedA)
        var expectedB = expectedA
        expectedB.method = .zScore
        #expect(specs[1] == expectedB)
        #expect(project.defaults.normalisation == expectedB)
        var expectedC = expectedB
        expectedC.range = 1 ... 5
        expectedC.zStandardDeviation = 2
        #expect(specs[2] == expectedC)
    }

    @Test("Goalposts imply the goalposts method, keeping the default range; an explicit method wins")
    func goalpostsImplyMethod() throws {
        let project = try ProjectReader.parse(text: head + """
            defaults:
              normalisation: {method: z-score, range: [0, 1]}
            framework:
              id: index
              children:
                - {id: le, goalposts: {lower: 20, upper: 85, cap: upper}}
                - {id: eys, goalposts: {lower: 0, upper: 18}, normalisation: {method: min-max}}
                - {id: mys}
            """, file: "touchstone.yaml")
        let le = project.framework.indicators[0].indicator!
        #expect(le.normalisation?.method == .goalposts)
        #expect(le.normalisation?.range == 0 ... 1)
        #expect(le.goalposts == Goalposts(lower: 20, upper: 85, cap: .upper))
        let eys = project.framework.indicators[1].indicator!
        #expect(eys.goalposts == Goalposts(lower: 0, upper: 18, cap: .both))
        #expect(eys.normalisation?.method == .minMax)
        #expect(project.framework.indicators[2].indicator!.normalisation?.method == .zScore)
    }

    @Test("The bundled example projects parse")
    func bundledExamples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let branches = try ProjectReader.read(path: root.appendingPathComponent("datasets/branches").path)
        #expect(branches.framework.children.map(\.id) == ["political", "foundation", "service", "discipline"])
        #expect(branches.framework.indicators.count == 16)
        #expect(branches.data.missingValues == ["", "NA", "-"])
        let hdi = try ProjectReader.read(path: root.appendingPathComponent("datasets/hdi/touchstone.yaml").path)
        #expect(hdi.data.layout == .yearInColumn)
        #expect(hdi.data.filters == [RowFilter(column: "iso3", test: .prefix("ZZ"), exclude: true, location: hdi.data.filters.first?.location)])
        #expect(hdi.framework.nonPositive == .missing)
        let gnipc = try #require(hdi.framework.indicators.last?.indicator)
        #expect(gnipc.transform == .log)
        #expect(gnipc.normalisation?.method == .goalposts)
        #expect(gnipc.normalisation?.range == 0 ... 1)
    }
}

@Suite("Project labels and source")
struct ProjectLabelsTests {
    static let yaml = """
    title: T
    source: {en: UNDP, zh: 联合国开发计划署}
    labels:
      SA: {en: South Asia, zh: 南亚}
      较差: {en: poor}
    data: {file: d.csv, unit_column: u, year_column: y}
    units: {id_column: u, group_columns: [g]}
    framework: {id: index, children: [{id: a}]}
    """

    @Test("labels: names group values and rating levels per language, falling back to English, then to nothing")
    func labels() throws {
        let p = try ProjectReader.parse(text: Self.yaml, file: "/tmp/labels.yaml")
        #expect(p.label(of: "SA", "zh") == "南亚")
        #expect(p.label(of: "较差", "en") == "poor")
        #expect(p.label(of: "较差", "zh") == "poor")
        #expect(p.label(of: "EAP", "en") == nil)
        #expect(p.source?.text(for: "zh") == "联合国开发计划署")
        let unit = UnitInfo(id: "x", groups: ["g": "SA"])
        #expect(p.groupName(of: unit, "g", "en") == "South Asia")
        #expect(p.groupName(of: UnitInfo(id: "y", groups: ["g": "ECA"]), "g", "en") == "ECA")
    }
}

import Foundation
import Testing
import TouchstoneCore
import TouchstoneText

/// Every `--format json` output has a committed JSON Schema (`Sources/TouchstoneCLI/Schemas/`), and the JSON
/// written on the bundled data validates against it (python `jsonschema`, Draft 2020-12); CSV, JSON and the
/// table carry the same numbers.
@Suite("JSON outputs follow their schemas; CSV, JSON and table agree")
struct MachineOutputSchemaTests {
    static let schemas = CLI.packageRoot.appendingPathComponent("Sources/TouchstoneCLI/Schemas")

    /// The runs whose JSON is validated, by schema name.
    static let runs: [(schema: String, arguments: [String])] = [
        ("index", ["index", "datasets/branches"]),
        ("index", ["index", "datasets/branches", "--all-years", "--level", "all"]),
        ("index", ["index", "datasets/branches-quarterly", "--period", "2024-Q2"]),
        ("trend", ["trend", "datasets/branches", "--level", "all"]),
        ("trend", ["trend", "datasets/branches", "--unit", "b21", "--level", "1"]),
        ("flag", ["flag", "datasets/branches"]),
        ("diagnose", ["diagnose", "datasets/branches"]),
        ("review", ["review", "datasets/branches", "--against", "previous-year"]),
        ("progress", ["progress", "datasets/branches-quarterly"]),
    ]

    static func python() throws -> String {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        let python = try #require(searchPath.split(separator: ":").map { "\($0)/python3" }.first(where: FileManager.default.isExecutableFile(atPath:)),
                                  "python3 is needed to validate the JSON schemas")
        if try XLSXCommandTests.python(python, ["-c", "import jsonschema"]).status != 0 {
            _ = try XLSXCommandTests.python(python, ["-m", "pip", "install", "--quiet", "jsonschema"])
        }
        return python
    }

    @Test("Every command whose --help offers json has a schema file, and every schema file belongs to such a command")
    func everyJSONHasASchema() throws {
        var withJSON: Set<String> = []
        for command in OutputOptionsTests.commands.keys where try OutputOptionsTests.listed(command).contains("json") { withJSON.insert(command) }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemas.path).filter { $0.hasSuffix(".schema.json") }
        #expect(Set(files.map { String($0.dropLast(".schema.json".count)) }) == withJSON)
        #expect(Set(Self.runs.map(\.schema)) == withJSON)
    }

    @Test("The JSON of index, trend, flag, diagnose, review and progress validates against its schema (and a broken document does not)")
    func validates() throws {
        let python = try Self.python()
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [String] = []
        for (k, run) in Self.runs.enumerated() {
            let file = folder.appendingPathComponent("\(k)-\(run.schema).json").path
            let result = try CLI.run(run.arguments + ["--format", "json", "--output", file, "-q"])
            #expect(result.status == 0, "\(run.arguments): \(result.stderr)")
            pairs += [Self.schemas.appendingPathComponent("\(run.schema).schema.json").path, file]
        }
        let script = """
        import json, sys, jsonschema
        args = sys.argv[1:]
        bad = 0
        for schema_path, doc_path in zip(args[0::2], args[1::2]):
            schema = json.load(open(schema_path))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(doc_path))))
            for e in errors[:3]:
                print(doc_path, "/".join(map(str, e.absolute_path)), e.message[:300])
            bad += bool(errors)
        # A control: the first index document with a row's rank as a string must fail.
        doc = json.load(open(args[1]))
        doc["rows"][0]["rank"] = str(doc["rows"][0]["rank"])
        control = list(jsonschema.Draft202012Validator(json.load(open(args[0]))).iter_errors(doc))
        print("control", "/".join(map(str, control[0].absolute_path)) if control else "passed")
        print("invalid", bad)
        """
        let run = try XLSXCommandTests.python(python, ["-c", script] + pairs)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("control rows/0/rank\ninvalid 0\n"), "\(run.stdout)")
    }

    /// A JSON document read with `JSONDecoder`, whose numbers read back as the doubles that were written
    /// (`JSONSerialization` on Linux can be a bit off in the last digit).
    enum JSONValue: Decodable {
        case number(Double), string(String), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let d = try? c.decode(Double.self) { self = .number(d) } else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let a = try? c.decode([JSONValue].self) { self = .array(a) } else { self = .object(try c.decode([String: JSONValue].self)) }
        }

        subscript(key: String) -> JSONValue? { if case .object(let o) = self { return o[key] } else { return nil } }
        var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
        var string: String? { if case .string(let s) = self { return s } else { return nil } }
        var double: Double? { if case .number(let d) = self { return d } else { return nil } }
    }

    static func number(_ value: JSONValue?) -> Double? { value?.double }

    static func json(_ arguments: [String]) throws -> JSONValue {
        let run = try CLI.run(arguments + ["--format", "json", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(JSONValue.self, from: Data(run.stdout.utf8))
    }

    static func csv(_ arguments: [String]) throws -> CSVTable {
        let run = try CLI.run(arguments + ["--format", "csv", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        return try CSVReader.parse(data: Array(run.stdout.utf8), file: "out.csv")
    }

    @Test("index: CSV and JSON carry the same scores and ranks in full, and the table shows them rounded")
    func indexAgrees() throws {
        let arguments = ["index", "datasets/branches"]
        let csv = try Self.csv(arguments)
        let json = try Self.json(arguments)
        let rows = try #require(json["rows"]?.array)
        let table = try CLI.run(arguments + ["-q"]).stdout
        let col = { (name: String) in csv.header.firstIndex(of: name)! }
        #expect(csv.rows.count == rows.count && rows.count == 34)
        for (line, row) in zip(csv.rows, rows) {
            #expect(line[col("unit")] == row["unit"]?.string)
            let scores = try #require(row["scores"])
            for node in ["index", "political", "foundation", "service", "discipline"] {
                #expect(Double(line[col(node)]) == Self.number(scores[node]), "\(line[0]) \(node)")
            }
            #expect(Double(line[col("rank")]) == Self.number(row["rank"]))
            // The table's line for the unit: rank first, then the unit, and the index to one decimal.
            let unit = line[col("unit")], rank = line[col("rank")]
            let index = NumberFormat.fixed(Double(line[col("index")])!, decimals: 1)
            let shown = table.split(separator: "\n").first { $0.split(separator: " ").dropFirst().first.map(String.init) == unit }
            let fields = try #require(shown, "no table line for \(unit)").split(separator: " ").map(String.init)
            #expect(fields[0] == rank && fields.contains(index), "\(unit): \(fields) vs rank \(rank), index \(index)")
        }
    }

    @Test("trend: CSV and JSON carry the same class, slopes and p-values; the table the same class")
    func trendAgrees() throws {
        let arguments = ["trend", "datasets/branches"]
        let csv = try Self.csv(arguments)
        let json = try Self.json(arguments)
        let rows = try #require(json["rows"]?.array)
        let table = try CLI.run(arguments + ["-q"]).stdout
        let col = { (name: String) in csv.header.firstIndex(of: name)! }
        #expect(csv.rows.count == rows.count && !rows.isEmpty)
        for line in csv.rows {
            let row = try #require(rows.first { $0["unit"]?.string == line[col("unit")] && $0["node"]?.string == line[col("node")] })
            #expect(row["class"]?.string == line[col("class")])
            #expect(Self.number(row["sen_slope"]) == Double(line[col("sen_slope")]))
            #expect(Self.number(row["mk_p"]) == Double(line[col("mk_p")]))
            #expect(Self.number(row["sen_ci"]?.array?.first) == Double(line[col("sen_ci_low")]))
            let shown = table.split(separator: "\n").first { $0.hasPrefix(line[col("unit")] + " ") }.map(String.init) ?? ""
            #expect(shown.contains(line[col("class")].replacingOccurrences(of: "-", with: " ")) || shown.contains(line[col("class")]),
                    "\(line[col("unit")]): \(shown)")
        }
    }

    @Test("flag: the JSON's needs-help units are the table's, with the same index")
    func flagAgrees() throws {
        let units = try #require(Self.json(["flag", "datasets/branches"])["units"]?.array)
        let table = try CLI.run(["flag", "datasets/branches", "-q"]).stdout
        let flagged = units.filter { $0["status"]?.string == "flagged" }
        #expect(!flagged.isEmpty)
        for u in flagged {
            let id = try #require(u["unit"]?.string), index = try #require(Self.number(u["index"]))
            let line = table.split(separator: "\n").first { $0.contains("  \(id)  ") }.map(String.init) ?? ""
            #expect(line.contains("index \(NumberFormat.fixed(index, decimals: 1))"), "\(id): \(line)")
        }
        let headline = try #require(table.split(separator: "\n").first)
        #expect(headline.contains("\(flagged.count) need help"), "\(headline)")
    }

    @Test("progress: CSV and JSON carry the same targets, projections and probabilities")
    func progressAgrees() throws {
        let arguments = ["progress", "datasets/branches-quarterly", "--period", "2024-Q2"]
        let csv = try Self.csv(arguments)
        let rows = try #require(Self.json(arguments).array)
        let col = { (name: String) in csv.header.firstIndex(of: name)! }
        #expect(csv.rows.count == rows.count && !rows.isEmpty)
        for (line, row) in zip(csv.rows, rows) {
            #expect(line[col("unit")] == row["unit"]?.string && line[col("indicator")] == row["indicator"]?.string)
            for key in ["target", "to_date", "projection", "lower", "upper", "p_reach"] {
                #expect(Double(line[col(key)]) == Self.number(row[key]), "\(line[0]) \(key)")
            }
            #expect(line[col("status")] == row["status"]?.string)
        }
    }
}

import Foundation
import Yams

/// Reads a project file (YAML) into a `Project`, reporting every problem at once.
///
/// `path` may name the file or a folder holding `touchstone.yaml`. Unknown keys are errors with a
/// "did you mean" suggestion; the full format is documented in README.md ("Project file reference").
public enum ProjectReader {
    public static let defaultFileName = "touchstone.yaml"

    /// Resolves `path` (file, or folder with `touchstone.yaml`) and reads it, with the frozen scaling of its lock
    /// file (`touchstone.lock.json` beside it, checked against the framework) unless `lock` is `false`.
    public static func read(path: String, lock: Bool = true) throws -> Project {
        var project = try readFile(path: path)
        if lock { project.scalingLock = try ScalingLock.read(for: project) }
        return project
    }

    static func readFile(path: String) throws -> Project {
        let file = try resolve(path)
        let bytes = try InputFile.read(path: file, file: file, kind: .projectFile,
                                       maxSize: ResourceLimits.maxProjectFileBytes, bytesPerByte: 1)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = bytes.withUnsafeBufferPointer { TextDecoding.firstInvalidUTF8($0) } ?? 0
            throw InputProblem(SourceLocation(file: file, line: TextDecoding.lineNumber(ofOffset: offset, in: bytes)),
                               .project(.notUTF8(offset: offset)))
        }
        return try parse(text: text, file: file, fingerprint: Fingerprint.fnv1a(bytes))
    }

    /// The project file a path designates.
    public static func resolve(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputProblem(SourceLocation(file: path), .project(.noSuchPath(defaultName: defaultFileName)))
        }
        if isDirectory.boolValue {
            let candidate = (path as NSString).appendingPathComponent(defaultFileName)
            guard FileManager.default.fileExists(atPath: candidate) else {
                throw InputProblem(SourceLocation(file: path), .project(.folderWithoutProject(defaultName: defaultFileName)))
            }
            return candidate
        }
        return path
    }

    /// Parses project YAML text; `file` is used for messages and to resolve relative paths.
    public static func parse(text: String, file: String, fingerprint: String? = nil) throws -> Project {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputProblem(SourceLocation(file: file, line: 1, column: 1), .project(.projectFileEmpty))
            }
            root = node
        } catch let error as YamlError {
            throw yamlProblem(error, file: file)
        }
        var problems: [InputProblem] = []
        let project = ProjectBuilder(file: file).build(YAMLValue(node: root, file: file, path: ""), problems: &problems,
                                                      fingerprint: fingerprint ?? Fingerprint.fnv1a(Array(text.utf8)))
        if let project, problems.isEmpty { return project }
        throw InputProblems(problems.isEmpty
            ? [InputProblem(SourceLocation(file: file), .project(.projectFileIncomplete))]
            : problems)
    }

    static func yamlProblem(_ error: YamlError, file: String) -> InputProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return InputProblem(SourceLocation(file: file, line: mark.line, column: mark.column),
                                .project(.yamlSyntax(detail: problem, composer: false)))
        case .composer(_, let problem, let mark, _):
            return InputProblem(SourceLocation(file: file, line: mark.line, column: mark.column),
                                .project(.yamlSyntax(detail: problem, composer: true)))
        default:
            return InputProblem(SourceLocation(file: file), .project(.yamlOther(detail: "\(error)")))
        }
    }
}

/// A stable 64-bit fingerprint (FNV-1a) of bytes, printed as 16 hex digits.
public enum Fingerprint {
    public static func fnv1a<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

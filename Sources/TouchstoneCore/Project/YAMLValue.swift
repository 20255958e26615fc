import Yams

/// A YAML node with the file it came from and its path in the document, offering typed reads that record a
/// problem (with line and column) instead of throwing, so a project file's problems are all reported at once.
struct YAMLValue {
    let node: Node
    let file: String
    /// Dotted path for messages, e.g. `framework.children[2].weight`.
    let path: String

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    func problem(_ text: String, fix: String) -> InputProblem {
        InputProblem(location, path.isEmpty ? text : "\(path): \(text)", fix: fix)
    }

    /// A problem of a known kind at this node, its document path kept beside the kind.
    func problem(_ kind: InputProblem.Kind) -> InputProblem {
        var problem = InputProblem(location, kind)
        problem.path = path
        return problem
    }

    /// The keys and values of a mapping, in document order. Keys outside `allowed` are reported with a
    /// "did you mean" suggestion. Returns `nil` (after recording a problem) when the node is not a mapping.
    func mapping(allowed: [String], problems: inout [InputProblem]) -> [(key: String, value: YAMLValue)]? {
        guard case .mapping(let m) = node else {
            problems.append(problem(.project(.expectedMapping(parent: String(path.split(separator: ".").last ?? "")))))
            return nil
        }
        var result: [(String, YAMLValue)] = []
        var seen = Set<String>()
        for (k, v) in m {
            let key = k.string ?? ""
            let child = YAMLValue(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)")
            if !allowed.contains(key) {
                let keyValue = YAMLValue(node: k, file: file, path: path)
                problems.append(keyValue.problem(.project(.unknownKey(key: key, allowed: allowed))))
                continue
            }
            if !seen.insert(key).inserted {
                problems.append(child.problem(.project(.duplicateKey(key: key))))
                continue
            }
            result.append((key, child))
        }
        return result
    }

    var isNull: Bool {
        if case .scalar(let s) = node { return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    func string(problems: inout [InputProblem]) -> String? {
        guard case .scalar(let s) = node else {
            problems.append(problem(.project(.expectedSingleValue(found: shape))))
            return nil
        }
        return s.string
    }

    func double(problems: inout [InputProblem]) -> Double? {
        guard case .scalar(let s) = node, let v = Double(s.string.trimmingSpaces), v.isFinite else {
            problems.append(problem(.project(.expectedNumber(found: node.string ?? shape.rawValue))))
            return nil
        }
        return v
    }

    func int(problems: inout [InputProblem]) -> Int? {
        guard case .scalar(let s) = node, let v = Int(s.string.trimmingSpaces) else {
            problems.append(problem(.project(.expectedWholeNumber(found: node.string ?? shape.rawValue))))
            return nil
        }
        return v
    }

    func bool(problems: inout [InputProblem]) -> Bool? {
        switch node.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            problems.append(problem(.project(.expectedBool(found: node.string ?? shape.rawValue))))
            return nil
        }
    }

    func sequence(problems: inout [InputProblem]) -> [YAMLValue]? {
        guard case .sequence(let s) = node else {
            problems.append(problem(.project(.expectedList(found: shape))))
            return nil
        }
        return s.enumerated().map { YAMLValue(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    /// A list of strings; a single scalar is accepted as a one-element list.
    func strings(problems: inout [InputProblem]) -> [String]? {
        if case .scalar(let s) = node { return [s.string] }
        guard let items = sequence(problems: &problems) else { return nil }
        return items.compactMap { $0.string(problems: &problems) }
    }

    /// `{en: "…", zh: "…"}`, or a plain string taken as English.
    func localizedText(problems: inout [InputProblem]) -> LocalizedText? {
        if case .scalar(let s) = node { return LocalizedText(["en": s.string]) }
        guard case .mapping(let m) = node else {
            problems.append(problem(.project(.expectedLocalizedText)))
            return nil
        }
        var values: [String: String] = [:]
        for (k, v) in m {
            guard let key = k.string, let text = v.string else {
                problems.append(problem(.project(.localizedTextNotPlain)))
                continue
            }
            values[key] = text
        }
        return LocalizedText(values)
    }

    /// A `[low, high]` pair of numbers.
    func range(problems: inout [InputProblem]) -> ClosedRange<Double>? {
        guard let items = sequence(problems: &problems) else { return nil }
        let numbers = items.compactMap { $0.double(problems: &problems) }
        guard numbers.count == 2, numbers[0] < numbers[1] else {
            problems.append(problem(.project(.expectedRange)))
            return nil
        }
        return numbers[0] ... numbers[1]
    }

    private var shape: ProjectProblem.NodeShape {
        switch node {
        case .scalar: return .value
        case .mapping: return .mapping
        case .sequence: return .list
        case .alias: return .alias
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

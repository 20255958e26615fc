import TouchstoneStats
import TouchstoneText

/// Checks of the weighting and aggregation settings that need the whole framework (run when the project
/// is read, so `touchstone validate` reports them): AHP matrices (size, reciprocity, consistency ratio),
/// benefit-of-the-doubt bounds and the aggregation they imply.
struct MethodChecks {
    let defaults: Defaults

    func check(_ node: FrameworkNode, problems: inout [InputProblem]) {
        guard !node.children.isEmpty else { return }
        let location = node.location ?? SourceLocation(file: "")
        if let spec = node.weighting ?? defaults.weighting {
            let at = spec.location ?? location
            switch spec.method {
            case .ahp:
                if let m = spec.matrix { checkAHP(m, spec: spec, node: node, at: at, problems: &problems) }
            case .bod:
                let method = node.aggregation ?? defaults.aggregation
                if method != .arithmetic {
                    problems.append(InputProblem(at, "`\(node.id)` uses benefit-of-the-doubt weights with `aggregation: \(method.rawValue)`; BoD scores are weighted sums",
                                                 fix: "remove `aggregation:` from `\(node.id)` (BoD implies its own aggregation) or choose other weights"))
                }
                let k = Double(node.children.count)
                if spec.lowerShare * k > 1 + 1e-12 {
                    problems.append(InputProblem(at, "`\(node.id)`: a lower share of \(spec.lowerShare) for each of its \(node.children.count) children adds up to more than 1",
                                                 fix: "use `lower` at most \(NumberFormat.significant(1 / k))"))
                }
                if spec.upperShare * k < 1 - 1e-12 {
                    problems.append(InputProblem(at, "`\(node.id)`: an upper share of \(spec.upperShare) for each of its \(node.children.count) children cannot add up to 1",
                                                 fix: "use `upper` at least \(NumberFormat.significant(1 / k))"))
                }
            default: break
            }
        }
        for child in node.children { check(child, problems: &problems) }
    }

    private func checkAHP(_ m: Matrix, spec: WeightingSpec, node: FrameworkNode, at: SourceLocation, problems: inout [InputProblem]) {
        let n = node.children.count
        guard m.rows == n else {
            problems.append(InputProblem(at, "`\(node.id)` has \(n) children but its AHP matrix is \(m.rows) × \(m.rows)",
                                         fix: "write one row and one column per child, in the order: \(node.children.map(\.id).joined(separator: ", "))"))
            return
        }
        let ids = node.children.map(\.id)
        do {
            let result = try AnalyticHierarchy.compute(m, priority: spec.priority)
            if result.consistencyRatio > 0.10 && !spec.allowInconsistent {
                problems.append(InputProblem(at, "`\(node.id)`: the AHP judgements are inconsistent: CR = \(NumberFormat.significant(result.consistencyRatio)) > 0.10 (λmax \(NumberFormat.significant(result.lambdaMax)), CI \(NumberFormat.significant(result.consistencyIndex)), RI \(NumberFormat.significant(result.randomIndex)))",
                                             fix: "revise the comparisons that contradict each other (a > b and b > c but c ≥ a), or add `allow_inconsistent: true`"))
            }
        } catch {
            let message: String
            switch error {
            case .notSquare: message = "the AHP matrix is not square"
            case .tooLarge(let k): message = "AHP supports at most 15 children (Saaty's random index), found \(k)"
            case .notPositive(let i, let j): message = "AHP entry [\(ids[i]), \(ids[j])] is not a positive number"
            case .diagonal(let i): message = "AHP diagonal entry [\(ids[i]), \(ids[i])] must be 1"
            case .notReciprocal(let i, let j): message = "AHP entries [\(ids[i]), \(ids[j])] = \(NumberFormat.significant(m[i, j])) and [\(ids[j]), \(ids[i])] = \(NumberFormat.significant(m[j, i])) are not reciprocal"
            case .eigenFailed: message = "the AHP matrix has no real principal eigenvalue"
            }
            problems.append(InputProblem(at, "`\(node.id)`: \(message)", fix: "write a positive reciprocal matrix: a_ii = 1 and a_ji = 1/a_ij (fractions such as 1/3 are allowed)"))
        }
    }
}

import TouchstoneStats

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
                    problems.append(InputProblem(at, .project(.bodWithAggregation(id: node.id, method: method.rawValue))))
                }
                let k = Double(node.children.count)
                if spec.lowerShare * k > 1 + 1e-12 {
                    problems.append(InputProblem(at, .project(.bodLowerTooHigh(id: node.id, lower: spec.lowerShare, children: node.children.count))))
                }
                if spec.upperShare * k < 1 - 1e-12 {
                    problems.append(InputProblem(at, .project(.bodUpperTooLow(id: node.id, upper: spec.upperShare, children: node.children.count))))
                }
            default: break
            }
        }
        for child in node.children { check(child, problems: &problems) }
    }

    private func checkAHP(_ m: Matrix, spec: WeightingSpec, node: FrameworkNode, at: SourceLocation, problems: inout [InputProblem]) {
        let n = node.children.count
        guard m.rows == n else {
            problems.append(InputProblem(at, .project(.ahpSize(id: node.id, rows: m.rows, order: node.children.map(\.id)))))
            return
        }
        let ids = node.children.map(\.id)
        do {
            let result = try AnalyticHierarchy.compute(m, priority: spec.priority)
            if result.consistencyRatio > 0.10 && !spec.allowInconsistent {
                problems.append(InputProblem(at, .project(.ahpInconsistent(id: node.id, ratio: result.consistencyRatio, lambdaMax: result.lambdaMax,
                                                                           index: result.consistencyIndex, randomIndex: result.randomIndex))))
            }
        } catch {
            let fault: ProjectProblem.AHPFault
            switch error {
            case .notSquare: fault = .notSquare
            case .tooLarge(let k): fault = .tooLarge(found: k)
            case .notPositive(let i, let j): fault = .notPositive(row: ids[i], column: ids[j])
            case .diagonal(let i): fault = .diagonal(id: ids[i])
            case .notReciprocal(let i, let j): fault = .notReciprocal(row: ids[i], column: ids[j], value: m[i, j], reciprocal: m[j, i])
            case .eigenFailed: fault = .eigenFailed
            }
            problems.append(InputProblem(at, .project(.ahpMatrix(id: node.id, fault: fault))))
        }
    }
}

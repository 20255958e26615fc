import Foundation
import Testing
@testable import TouchstoneStats

@Suite("Dense simplex")
struct SimplexTests {
    @Test("a textbook problem: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), 36")
    func textbook() {
        var lp = LinearProgram(maximise: [3, 5])
        lp.add([1, 0], .lessOrEqual, 4)
        lp.add([0, 2], .lessOrEqual, 12)
        lp.add([3, 2], .lessOrEqual, 18)
        let s = lp.solve()
        #expect(s.status == .optimal)
        #expect(abs(s.objective - 36) < 1e-12)
        #expect(abs(s.x[0] - 2) < 1e-12 && abs(s.x[1] - 6) < 1e-12)
    }

    @Test("phase 1 handles ≥ and = rows; infeasible and unbounded problems are reported")
    func statuses() {
        var lp = LinearProgram(maximise: [-1, -1])        // min x + y
        lp.add([1, 2], .greaterOrEqual, 4)
        lp.add([3, 1], .greaterOrEqual, 6)
        let s = lp.solve()
        #expect(s.status == .optimal && abs(s.objective + 2.8) < 1e-12)   // x = 1.6, y = 1.2
        var bad = LinearProgram(maximise: [1])
        bad.add([1], .lessOrEqual, 1)
        bad.add([1], .greaterOrEqual, 2)
        #expect(bad.solve().status == .infeasible)
        var open = LinearProgram(maximise: [1, 0])
        open.add([0, 1], .lessOrEqual, 1)
        #expect(open.solve().status == .unbounded)
        var eq = LinearProgram(maximise: [1, 1])
        eq.add([1, 1], .equal, 2)
        eq.add([2, 2], .equal, 4)                          // redundant
        #expect(eq.solve().status == .optimal && abs(eq.solve().objective - 2) < 1e-12)
    }

    @Test("41 random LPs (packing, mixed, equality, degenerate) agree with scipy linprog/HiGHS to 1e-9")
    func againstScipy() throws {
        let url = MethodFixtures.methodsFolder.appendingPathComponent("simplex_problems.json")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let problems = try #require(doc["problems"] as? [[String: Any]])
        #expect(problems.count == 43)
        for (t, p) in problems.enumerated() {
            let c = p["c"] as! [Double]
            var lp = LinearProgram(maximise: c)
            for (row, b) in zip(p["A_ub"] as! [[Double]], p["b_ub"] as! [Double]) { lp.add(row, .lessOrEqual, b) }
            for (row, b) in zip(p["A_eq"] as! [[Double]], p["b_eq"] as! [Double]) { lp.add(row, .equal, b) }
            let s = lp.solve()
            switch p["status"] as! String {
            case "optimal":
                let expected = p["objective"] as! Double
                #expect(s.status == .optimal, "problem \(t) (\(p["kind"]!))")
                #expect(abs(s.objective - expected) <= 1e-9 * max(1, abs(expected)), "problem \(t): \(s.objective) vs \(expected)")
                for (row, b) in zip(p["A_ub"] as! [[Double]], p["b_ub"] as! [Double]) {
                    #expect(zip(row, s.x).reduce(0) { $0 + $1.0 * $1.1 } <= b + 1e-9)
                }
                #expect(s.x.allSatisfy { $0 >= 0 })
            case "infeasible": #expect(s.status == .infeasible, "problem \(t)")
            default: #expect(s.status == .unbounded, "problem \(t)")
            }
        }
    }
}

import Foundation
import Testing

/// Flag reasons, quota lines and diagnose warnings are values in the core worded by TouchstoneOutput: the
/// CLI prints them in the language of `--locale`, and in English without it.
@Suite("Typed flag reasons and warnings in the language of --locale")
struct FlagReasonLocaleTests {
    @Test("a weak-dimension reason and a needs-help quota read in Chinese under --locale zh and in English without it")
    func flagReasons() throws {
        let copy = try BranchesCopy(editProject: { $0 + "\nflags:\n  needs_help: {bottom_count: 2, per_group: true, combine: add}\n" })
        defer { copy.remove() }
        let en = try copy.run(["flag", "."]), zh = try copy.run(["flag", ".", "--locale", "zh"])
        #expect(en.status == 0 && zh.status == 0, "\(en.stderr) \(zh.stderr)")
        #expect(en.stdout.contains("• weak dimension [fragile 26%]: Strong foundations 50.1 is below the floor of 2.0 robust SD under the peer median (53.8)"))
        #expect(zh.stdout.contains("：基础建设 50.1 低于同组中位数以下 2.0 个稳健标准差的下限（53.8）"))
        #expect(en.stdout.contains("bottom quota [robust 100%]: index 34.4 is in the bottom 2 of 9 of the peer group stationed"))
        #expect(zh.stdout.contains("排名靠后（名额） [稳健 100%]：指数 34.4 位列后 2 名（共 9）（同组 stationed）"))
        #expect(!zh.stdout.contains("robust SD") && !zh.stdout.contains("of the peer group"))
    }

    @Test("a diagnose warning reads in Chinese under --locale zh and in English without it")
    func diagnoseWarning() throws {
        let en = try CLI.run(["diagnose", "datasets/branches"]), zh = try CLI.run(["diagnose", "datasets/branches", "--locale", "zh"])
        #expect(en.status == 0 && zh.status == 0)
        #expect(en.stdout.contains("Cronbach's alpha of `discipline` is 0.43 (below 0.5)"))
        #expect(zh.stdout.contains("`discipline` 的 Cronbach α 为 0.43（低于 0.5）"))
        #expect(!zh.stdout.contains("Cronbach's alpha"))
    }
}

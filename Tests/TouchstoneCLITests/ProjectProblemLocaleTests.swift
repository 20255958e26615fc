import Foundation
import Testing

/// A project-file problem in the reader's language: `--locale zh` prints it in Chinese, no locale in English;
/// both exit with 1 (bad input).
@Suite("Project-file problems in the language of --locale")
struct ProjectProblemLocaleTests {
    @Test("an unknown key is reported in Chinese under --locale zh and in English without a locale, exit 1")
    func unknownKeyInBothLanguages() throws {
        let project = try ProjectFixture(extra: "colour: red")
        defer { project.remove() }
        let zh = try project.run(["index", ".", "--locale", "zh"])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("touchstone.yaml:15:1：错误：未知的键 `colour`。修改：删除它；此处允许的键：title、description、source、"), "\(zh.stderr)")
        let en = try project.run(["index", "."])
        #expect(en.status == 1)
        #expect(en.stderr.contains("touchstone.yaml:15:1: error: unknown key `colour`. Fix: remove it; allowed keys here: title, description, source, "), "\(en.stderr)")
    }

    @Test("a misspelt method value offers the closest choice in both languages")
    func choicesInBothLanguages() throws {
        let project = try ProjectFixture(extra: "defaults:\n  normalisation: {method: minmax}")
        defer { project.remove() }
        let zh = try project.run(["index", ".", "--locale", "zh"])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("错误：defaults.normalisation.method: 未知的取值 `minmax`。修改：是否应为 `min-max`？使用 min-max、z-score、"), "\(zh.stderr)")
        let en = try project.run(["index", "."])
        #expect(en.stderr.contains("error: defaults.normalisation.method: unknown value `minmax`. Fix: did you mean `min-max`? Choose one of: min-max, z-score, "), "\(en.stderr)")
    }
}

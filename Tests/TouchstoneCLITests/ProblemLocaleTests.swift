import Testing

/// Input problems are printed in the language of `--locale`: English by default, Chinese under `--locale zh`,
/// with the same file, numbers and code spans, and exit status 1 either way.
@Suite("Input problems in the language of --locale")
struct ProblemLocaleTests {
    @Test("progress on yearly data says why in English, and in Chinese under --locale zh")
    func yearlyProgress() throws {
        let en = try CLI.run(["progress", "datasets/branches"])
        #expect(en.status == 1, "\(en.stderr)")
        #expect(en.stderr.contains(": error: the data are yearly (`period: year`), so there is nothing to assess during the year. "
                                   + "Fix: give quarterly or monthly data with `data.period: quarter` (or `month`)"), "\(en.stderr)")
        let zh = try CLI.run(["progress", "datasets/branches", "--locale", "zh"])
        #expect(zh.status == 1, "\(zh.stderr)")
        #expect(zh.stderr.contains("：错误：数据按年给出（`period: year`），因此年内没有可评估的内容。"
                                   + "修改：用 `data.period: quarter`（或 `month`）给出按季度或按月的数据"), "\(zh.stderr)")
        #expect(!zh.stderr.contains("nothing to assess"))
    }

    @Test("a trend span without data is worded in both languages with the same years")
    func trendSpan() throws {
        let en = try CLI.run(["trend", "datasets/branches", "--from", "2030"])
        #expect(en.status == 1 && en.stderr.contains("error: no data between 2030 and the end. Fix: choose years within 2019–2024"), "\(en.stderr)")
        let zh = try CLI.run(["trend", "datasets/branches", "--from", "2030", "--locale", "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("错误：2030年至结尾之间没有数据。修改：选择 2019–2024 年之间的年份"), "\(zh.stderr)")
    }
}

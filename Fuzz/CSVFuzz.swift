// libFuzzer target for the CSV reader and the encoding detector (see Fuzz/README.md).
// Built by `make fuzz` with swiftc against the instrumented fuzz build of TouchstoneCore; not part of the package build.

@testable import TouchstoneCore

/// One input: detect/convert the encoding (automatic and every declared encoding), then parse as CSV.
/// Any thrown `InputProblem(s)` is fine; a trap, a crash or an ASan report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for encoding in TextEncodingChoice.allCases {
        if let table = try? CSVReader.parse(data: bytes, file: "fuzz.csv", encoding: encoding) {
            // The table's invariants: every row as wide as the header, one line number per row.
            precondition(table.rows.allSatisfy { $0.count == table.header.count })
            precondition(table.lineNumbers.count == table.rows.count)
        }
    }
    _ = TextDecoding.firstDoubtfulGB18030(bytes)
    _ = TextDecoding.readings(bytes, around: bytes.count / 2)
    return 0
}

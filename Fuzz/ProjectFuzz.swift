// libFuzzer target for the project reader (see Fuzz/README.md). Built by `make fuzz` with swiftc against
// TouchstoneCore compiled with coverage instrumentation into .build/fuzz; not part of the package build.
import TouchstoneCore

/// One input: the bytes as a project file. Any thrown `InputProblem(s)` is fine; a trap, a crash or an ASan
/// report is a bug. Paths in the input are resolved against a folder that does not exist, so no file is read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? ProjectReader.parse(text: text, file: "/nonexistent-touchstone-fuzz/touchstone.yaml")
    return 0
}

import MarsadExtraction

/// libFuzzer entry point: any bytes as an HTML page must give an article or a `MarsadError`, never a crash.
let extractor = try! HTMLExtractor()

public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? extractor.extract(bytes, url: "https://example.com/2023/07/03/a", location: "fuzz")
    return 0
}

/// libFuzzer's driver, called with the harness (SwiftPM links an executable's entry point as `FuzzHTML_main`,
/// so libFuzzer's own `main` is not used).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("FuzzHTML_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzHTML(data, size) }
}

import MarsadExtraction

/// libFuzzer entry point: any bytes as an HTML page must give an article or a `MarsadError`, never a crash.
let extractor = try! HTMLExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? extractor.extract(bytes, url: "https://example.com/2023/07/03/a", location: "fuzz")
    return 0
}

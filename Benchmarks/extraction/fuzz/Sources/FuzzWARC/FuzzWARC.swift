import Foundation
import MarsadExtraction

/// libFuzzer entry point: any bytes as a WARC file (plain, and gzip-framed when they start with a gzip
/// header) must give records or per-record errors and make progress, never a crash or a hang. Each
/// response record's page goes through the HTML extractor.
let extractor = try! HTMLExtractor()
let directory = FileManager.default.temporaryDirectory.path + "/marsad-fuzz-\(getpid())"
let made: Void = { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }()

public func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = made
    let bytes = Data(bytes: data, count: size)
    let gzip = bytes.starts(with: [0x1F, 0x8B])
    let path = directory + (gzip ? "/input.warc.gz" : "/input.warc")
    guard FileManager.default.createFile(atPath: path, contents: bytes),
        let reader = try? WARCReader(path: path, maxRecordBytes: 1 << 20)
    else { return 0 }
    var items = 0
    while let item = reader.next() {
        items += 1
        precondition(items <= size + 2, "the WARC reader makes no progress")
        if case .record(let record) = item, record.type == "response",
            let response = HTTPResponse(parsing: record.block)
        {
            _ = try? extractor.extract(response.body, url: record.targetURI, httpContentType: response.contentType)
        }
    }
    return 0
}

/// libFuzzer's driver, called with the harness (SwiftPM links an executable's entry point as `FuzzWARC_main`,
/// so libFuzzer's own `main` is not used).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("FuzzWARC_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzWARC(data, size) }
}

import Foundation

/// One WARC record: its headers (names lower-cased) and its content block.
///
/// ```swift
/// record.type       // "response"
/// record.targetURI  // "https://example.com/a"
/// ```
public struct WARCRecord: Sendable {
    /// 1-based position of the record in its file.
    public var number: Int
    public var headers: [String: String]
    public var block: [UInt8]

    public var type: String { headers["warc-type"]?.lowercased() ?? "" }
    public var targetURI: String? { headers["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">"]) } }
    public var date: String? { headers["warc-date"] }
    public var recordID: String? { headers["warc-record-id"] }
    public var contentType: String? { headers["content-type"] }
}

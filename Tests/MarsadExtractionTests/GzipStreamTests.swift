import Foundation
import MarsadCore
import MarsadTesting
import Testing

@testable import MarsadExtraction

/// The one zlib loop: members one after another, reads bounded by the chunk size, and the two ways a corrupt
/// member ends (skipped for WARC files, an error for single documents).
@Suite struct GzipStreamTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func gzip(_ bytes: [UInt8]) throws -> [UInt8] { try Gzip.member(bytes) }

    func readAll(_ stream: GzipStream) throws -> [UInt8] {
        var out: [UInt8] = []
        while let chunk = try stream.read() {
            #expect(chunk.count <= stream.chunkSize)
            out += chunk
        }
        return out
    }

    func open(_ bytes: [UInt8], _ policy: GzipStream.CorruptMember, chunkSize: Int = 1 << 20) throws -> GzipStream {
        let url = dir.appendingPathComponent("in-\(UUID().uuidString).gz")
        try Data(bytes).write(to: url)
        let handle = try #require(FileHandle(forReadingAtPath: url.path))
        return try GzipStream(
            handle: handle, path: url.path, onCorrupt: policy, closeOnDeinit: true, chunkSize: chunkSize)
    }

    @Test func membersAreReadInOrderInSmallChunks() throws {
        let parts = (0..<3).map { k in Array(String(repeating: "member \(k) ", count: 500).utf8) }
        let stream = try open(try parts.flatMap { try gzip($0) }, .fail, chunkSize: 1000)
        #expect(try readAll(stream) == parts.flatMap { $0 })
    }

    @Test func aCorruptMemberIsSkippedOrFailsTheStream() throws {
        var members = try (0..<3).map { try gzip(Array(String(repeating: "record \($0) ", count: 200).utf8)) }
        for k in 12..<(members[1].count - 8) { members[1][k] ^= 0x5A }
        let skipping = try open(members.flatMap { $0 }, .skip)
        let text = String(decoding: try readAll(skipping), as: UTF8.self)
        #expect(text.hasPrefix("record 0") && text.hasSuffix("record 2 "))
        #expect(!skipping.takeErrors().isEmpty)
        let failing = try open(members.flatMap { $0 }, .fail)
        #expect(throws: MarsadError.self) { _ = try readAll(failing) }
    }

    @Test func aTruncatedMemberIsAnError() throws {
        let whole = try gzip(Array(String(repeating: "abc ", count: 1000).utf8))
        let stream = try open(Array(whole.prefix(whole.count / 2)), .fail)
        #expect(throws: MarsadError.self) { _ = try readAll(stream) }
    }
}

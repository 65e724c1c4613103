import Foundation
import MarsadCore
import MarsadPipeline
import MarsadTesting
import Testing

/// The byte progress of an input walk: the total is the files' size on disk, and what is done grows with
/// the walk and ends equal to it, for plain, gzip, folder and mixed inputs.
@Suite struct InputProgressTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// JSON Lines of `count` documents of about 2 KB each.
    static func lines(_ count: Int) -> [UInt8] {
        var text = ""
        for i in 0..<count {
            let body = String(repeating: "قال الوزير إن الاتفاقية وقعت. ", count: 40)
            text += #"{"id":"d\#(i)","text":"\#(body)"}"# + "\n"
        }
        return Array(text.utf8)
    }

    /// Walks all items, recording bytes done after each; returns them with the total.
    static func walk(_ paths: [String]) -> (total: Int?, done: [Int]) {
        let inputs = InputEnumerator(paths: paths, options: .init())
        let total = inputs.totalBytes
        var done: [Int] = [inputs.bytesDone]
        while inputs.next() != nil { done.append(inputs.bytesDone) }
        done.append(inputs.bytesDone)
        return (total, done)
    }

    @Test func aLargeJSONLinesFileIsDoneStepByStep() throws {
        let bytes = Self.lines(3000)  // ≈ 6 MB: several 1 MB reads
        let path = try write("big.jsonl", bytes)
        let (total, done) = Self.walk([path])
        #expect(total == bytes.count)
        #expect(done.first == 0 && done.last == bytes.count)
        #expect(zip(done, done.dropFirst()).allSatisfy { $0 <= $1 })
        // More than two distinct values between start and end: progress inside the file, not only at its end.
        #expect(Set(done).count > 3)
    }

    @Test func gzipCountsCompressedBytes() throws {
        let compressed = try Gzip.member(Self.lines(3000))
        let path = try write("big.jsonl.gz", compressed)
        let (total, done) = Self.walk([path])
        #expect(total == compressed.count)
        #expect(done.last == compressed.count)
        #expect(zip(done, done.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func foldersAndSeveralFilesAddUp() throws {
        let a = try write("sub/a.jsonl", Self.lines(3))
        let b = try write("sub/b.txt", Array("نص قصير".utf8))
        _ = try write("sub/ignored.csv", Array("x,y".utf8))
        let c = try write("c.jsonl", Self.lines(2))
        let sizes = [a, b, c].map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? -1 }
        let (total, done) = Self.walk([dir.appendingPathComponent("sub").path, c])
        #expect(total == sizes.reduce(0, +))
        #expect(done.last == total)
        #expect(zip(done, done.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func standardInputHasNoTotalAndMissingFilesCountNothing() throws {
        #expect(InputEnumerator(paths: ["-"], options: .init()).totalBytes == nil)
        let missing = dir.appendingPathComponent("missing.jsonl").path
        let (total, done) = Self.walk([missing])
        #expect(total == 0 && done.last == 0)
    }
}

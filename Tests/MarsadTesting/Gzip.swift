import Foundation

/// Compresses test bytes into one gzip member with the system's `gzip` (CI installs it with the base
/// system), so readers are tested against the real format rather than against our own writer.
///
/// ```swift
/// let member = try Gzip.member(Array("page".utf8))
/// ```
public enum Gzip {
    /// One gzip member holding `bytes` (no name or time stamp in the header).
    public static func member(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-gzip-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        return try member(ofFile: input.path)
    }

    /// One gzip member holding the file at `path`.
    public static func member(ofFile path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-nc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}

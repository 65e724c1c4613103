import ArgumentParser
import Foundation

/// Writing to stdout/stderr, and the terminal facts progress display needs.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// True when stderr is a terminal (progress lines are shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress line that rewrites itself on a terminal.
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
    }

    /// Columns of the terminal on stderr (`COLUMNS`, else 80, when it does not say).
    static var terminalWidth: Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
    }

    /// Monotonic seconds, for rates and progress.
    static var now: Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func endProgress() {
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// Peak resident memory of this process in bytes (Linux `ru_maxrss` is in KiB).
    static var peakMemoryBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}

/// Buffered writing to a file or stdout through stdio.
final class OutputSink {
    private let file: UnsafeMutablePointer<FILE>
    private let owned: Bool
    /// Bytes in the file after everything written so far (for checkpoints).
    private(set) var offset: Int = 0

    init(path: String?, append: Bool) throws {
        if let path, path != "-" {
            guard let f = fopen(path, append ? "a" : "w") else {
                throw ValidationError("cannot open \(path) for writing")
            }
            file = f
            owned = true
            fseek(f, 0, SEEK_END)
            offset = ftell(f)
        } else {
            // NB: a stdio stream of our own on fd 1, since the global `stdout` is not concurrency-safe.
            file = fdopen(STDOUT_FILENO, "w")
            owned = false
        }
    }

    func write(_ s: String) {
        var s = s
        s.withUTF8 { write($0) }
    }

    func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        _ = fwrite(buffer.baseAddress, 1, buffer.count, file)
        offset += buffer.count
    }

    func flush() { fflush(file) }

    deinit {
        fflush(file)
        if owned { fclose(file) }
    }
}

import Foundation

/// The progress line of `marsad ingest` and `marsad code` on a terminal: a bar, the percentage and the time
/// left when the total is known, then the counts; cut to the terminal's width so that it rewrites itself in
/// place.
///
/// ```swift
/// var bar = ProgressBar(start: 0)
/// bar.line(done: 250, total: 1000, now: 10, detail: "1,200 stored", width: 80)
/// // "[#####---------------]  25.0%  ETA 0:30  1,200 stored"
/// ```
///
/// The time left comes from the rate over the last ``window`` seconds (a resumed ingest skips its stored
/// articles quickly, then codes the rest slowly: the rate since the start would promise too little time).
struct ProgressBar {
    /// Columns of the bar between its brackets.
    static let barWidth = 20
    /// Seconds of samples the rate is measured over.
    static let window = 30.0

    /// (time, bytes done) samples of the last ``window`` seconds, oldest first.
    private var samples: [(time: Double, done: Int)]

    init(start: Double, done: Int = 0) {
        samples = [(start, done)]
    }

    /// The line for `done` of `total` at time `now` (seconds, same clock as `start`); without a total (standard
    /// input), the counts alone.
    mutating func line(done: Int, total: Int?, now: Double, detail: String, width: Int) -> String {
        samples.append((now, done))
        while samples.count > 2, now - samples[1].time >= Self.window { samples.removeFirst() }
        guard let total, total > 0 else { return Self.fit(detail, width: width) }
        let fraction = min(max(Double(done) / Double(total), 0), 1)
        let filled = Int((fraction * Double(Self.barWidth)).rounded(.down))
        let bar =
            "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled) + "]"
        let percent = String(format: "%5.1f%%", fraction * 100)
        let eta = eta(done: done, total: total, now: now).map { "ETA " + Self.duration($0) } ?? "ETA --:--"
        return Self.fit("\(bar) \(percent)  \(eta)  \(detail)", width: width)
    }

    /// Seconds left at the rate of the window; nil before there is a rate (no time or no bytes yet).
    func eta(done: Int, total: Int, now: Double) -> Double? {
        guard let first = samples.first else { return nil }
        let seconds = now - first.time
        let bytes = done - first.done
        guard seconds > 0.5, bytes > 0 else { return nil }
        return Double(max(total - done, 0)) * seconds / Double(bytes)
    }

    /// `0:07`, `12:34`, `1:02:03`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, r) : String(format: "%d:%02d", m, r)
    }

    /// The line cut to one column less than the terminal (a full last column wraps on some terminals).
    static func fit(_ line: String, width: Int) -> String {
        let room = max(width - 1, 10)
        return line.count <= room ? line : String(line.prefix(room - 1)) + "…"
    }

    /// `12345` → `12,345`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

import Testing

@testable import MarsadCLI

/// The progress line's bar, percentage, time left and width, on made-up times (no terminal).
@Suite struct ProgressBarTests {
    @Test func barPercentageAndTimeLeft() {
        var bar = ProgressBar(start: 100)
        let line = bar.line(done: 250, total: 1000, now: 110, detail: "12 stored", width: 200)
        #expect(line == "[#####---------------]  25.0%  ETA 0:30  12 stored")
        let end = bar.line(done: 1000, total: 1000, now: 140, detail: "done", width: 200)
        #expect(end == "[####################] 100.0%  ETA 0:00  done")
    }

    @Test func noRateYetAndNoTotal() {
        var bar = ProgressBar(start: 0)
        #expect(bar.line(done: 0, total: 500, now: 0.1, detail: "x", width: 80).hasSuffix("ETA --:--  x"))
        #expect(bar.line(done: 10, total: nil, now: 5, detail: "10 documents", width: 80) == "10 documents")
        // Bytes done past the total (a file that grew) stay at a full bar.
        #expect(
            bar.line(done: 900, total: 500, now: 6, detail: "", width: 80).hasPrefix("[####################] 100.0%"))
    }

    /// A resumed run: stored articles skipped fast for a minute, then coding at a tenth of that rate. The
    /// time left follows the recent rate, not the average since the start.
    @Test func timeLeftFollowsTheLastWindow() {
        var bar = ProgressBar(start: 0)
        var now = 0.0
        var done = 0
        while now < 60 {
            now += 1
            done += 10_000
            _ = bar.line(done: done, total: 2_000_000, now: now, detail: "", width: 80)
        }
        while now < 120 {
            now += 1
            done += 1_000
            _ = bar.line(done: done, total: 2_000_000, now: now, detail: "", width: 80)
        }
        // 660,000 of 2,000,000 done; 1,000 bytes a second for the last 30 s: 1,340 s left.
        let eta = bar.eta(done: done, total: 2_000_000, now: now)
        #expect(eta.map { abs($0 - 1340) < 1 } == true, "\(String(describing: eta))")
    }

    @Test func durationsAndGrouping() {
        #expect(ProgressBar.duration(7) == "0:07")
        #expect(ProgressBar.duration(754) == "12:34")
        #expect(ProgressBar.duration(3723) == "1:02:03")
        #expect(ProgressBar.duration(0.2) == "0:01")
        #expect(ProgressBar.grouped(0) == "0")
        #expect(ProgressBar.grouped(999) == "999")
        #expect(ProgressBar.grouped(1000) == "1,000")
        #expect(ProgressBar.grouped(1_234_567) == "1,234,567")
        #expect(ProgressBar.grouped(-45_000) == "-45,000")
    }

    @Test func theLineFitsTheTerminal() {
        var bar = ProgressBar(start: 0)
        let detail = String(repeating: "123 stored, ", count: 20)
        let line = bar.line(done: 5, total: 10, now: 2, detail: detail, width: 60)
        #expect(line.count == 59)
        #expect(line.hasSuffix("…"))
        #expect(line.hasPrefix("[##########----------]  50.0%  ETA 0:02"))
    }
}

import ArgumentParser
import MarsadCore
import MarsadEvaluation
import MarsadPipeline

extension EvalCommand {
    /// `marsad eval --gsr FILE`: codes the GSR sentences, prints the detection report, checks the floors.
    func runDetection(sentences path: String) throws {
        let report = try Self.detectionReport(sentences: path, save: save)
        print(json ? report.jsonString : report.text)
        try enforceFloors { $0.check(report) }
    }

    /// Codes each GSR sentence as its own document (with the record's `published`) with the standard pipeline
    /// and scores the events; `save` also writes them as `marsad code` does.
    ///
    /// ```swift
    /// let report = try EvalCommand.detectionReport(sentences: "sentences.jsonl")
    /// report[.protest]?.f1
    /// ```
    ///
    /// Exits 1 with the message on stderr when the file cannot be read or a sentence cannot be coded (every
    /// failing sentence is reported before exiting).
    static func detectionReport(sentences path: String, save: String? = nil) throws -> DetectionReport {
        let sentences: [DetectionSentence]
        do {
            sentences = try DetectionSentence.load(path: path)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let pipeline = try standardPipeline()
        let sink = try save.map { try OutputSink(path: $0, append: false) }
        let formatter = EventFormatter(format: .jsonl)
        var events: [String: [DetectedEvent]] = [:]
        var failed = false
        // NB: one document per sentence, coded in order: a few thousand short sentences take seconds, so the
        // parallel runner (which writes formatted text, not events) is not worth its plumbing here.
        for sentence in sentences {
            var document = Document(id: sentence.id, text: sentence.text, published: sentence.published)
            do throws(MarsadError) {
                try pipeline.run(&document)
            } catch {
                var located = error
                if located.location == nil { located.location = sentence.location }
                Console.error(located.description)
                failed = true
                continue
            }
            events[sentence.id] = document.events.map(DetectedEvent.init)
            sink?.write(formatter.format(document))
        }
        sink?.flush()
        if failed { throw ExitCode.failure }
        return DetectionScorer().score(sentences: sentences, events: events)
    }
}

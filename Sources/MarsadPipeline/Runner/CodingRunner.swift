public import MarsadCore

/// Runs the pipeline over a stream of inputs: a bounded number of documents in flight, coded on `jobs`
/// concurrent tasks, written in input order.
///
/// ```swift
/// let runner = CodingRunner(pipeline: try .standard(), options: .init(jobs: 2))
/// let stats = await runner.run(InputEnumerator(paths: paths, options: .init()),
///                              write: { print($0, terminator: "") }, report: { print($0) })
/// ```
public struct CodingRunner: Sendable {
    public struct Options: Sendable {
        public var jobs: Int
        public var format: OutputFormat
        public var published: CalendarDate?
        public var language: Language?
        /// Documents read per batch; memory is bounded by this many documents.
        public var batchSize: Int
        /// Input items to skip (already done in an earlier, interrupted run).
        public var skip: Int

        public init(
            jobs: Int = 2, format: OutputFormat = .jsonl, published: CalendarDate? = nil, language: Language? = nil,
            batchSize: Int = 512, skip: Int = 0
        ) {
            self.jobs = max(1, jobs)
            self.format = format
            self.published = published
            self.language = language
            self.batchSize = max(1, batchSize)
            self.skip = max(0, skip)
        }
    }

    /// What a run did.
    public struct Stats: Sendable {
        public var items = 0
        public var documents = 0
        public var failures = 0
        public var sentences = 0
        public var events = 0
        public var bytes = 0

        public init() {}
    }

    struct Result: Sendable {
        /// The formatted events, as UTF-8 bytes.
        var output: [UInt8]
        var error: MarsadError?
        var sentences: Int
        var events: Int
        var bytes: Int
    }

    public let pipeline: MarsadPipeline
    public let options: Options
    /// Extraction for pages and scraped text (its rules failing to load fails those inputs only).
    let builder: Swift.Result<DocumentBuilder, MarsadError>

    public init(pipeline: MarsadPipeline, options: Options) {
        self.pipeline = pipeline
        self.options = options
        do throws(MarsadError) {
            builder = .success(try DocumentBuilder())
        } catch {
            builder = .failure(error)
        }
    }

    /// Codes every input. `write` receives formatted output in input order; `report` each failure;
    /// `batchDone` the number of input items finished so far (for progress and checkpoints).
    public func run(
        _ inputs: InputEnumerator, write: (String) -> Void, report: (MarsadError) -> Void,
        batchDone: (Stats) -> Void = { _ in }
    ) async -> Stats {
        await run(
            inputs, writeBytes: { write(String(decoding: $0, as: UTF8.self)) }, report: report, batchDone: batchDone)
    }

    /// ``run(_:write:report:batchDone:)`` with the output as UTF-8 bytes, for writers that need no `String`.
    /// NB: making a `String` of each document's output validated its UTF-8 again (about 1% of coding time).
    public func run(
        _ inputs: InputEnumerator, writeBytes write: ([UInt8]) -> Void, report: (MarsadError) -> Void,
        batchDone: (Stats) -> Void = { _ in }
    ) async -> Stats {
        var stats = Stats()
        var skipped = 0
        while skipped < options.skip, inputs.next() != nil { skipped += 1 }
        stats.items = skipped
        func readBatch() -> [InputItem] {
            var batch: [InputItem] = []
            batch.reserveCapacity(options.batchSize)
            while batch.count < options.batchSize, let item = inputs.next() { batch.append(item) }
            return batch
        }
        var batch = readBatch()
        while !batch.isEmpty {
            // Read (and gunzip) the next batch while this one is coded.
            async let coded = code(batch)
            let next = readBatch()
            let results = await coded
            for r in results {
                if let e = r.error {
                    report(e)
                    stats.failures += 1
                } else {
                    stats.documents += 1
                    if !r.output.isEmpty { write(r.output) }
                }
                stats.sentences += r.sentences
                stats.events += r.events
                stats.bytes += r.bytes
            }
            stats.items += batch.count
            batchDone(stats)
            batch = next
        }
        return stats
    }

    /// Codes one batch; results come back in batch order.
    func code(_ batch: [InputItem]) async -> [Result] {
        await parallelMap(batch, codeOne)
    }

    /// Applies `transform` to every element on up to `jobs` concurrent tasks; results come back in input
    /// order. The input is cut into small slices so that the workers stay busy to its end.
    public func parallelMap<Input: Sendable, Output: Sendable>(
        _ batch: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        if options.jobs <= 1 || batch.count < 2 { return batch.map(transform) }
        let slices = min(batch.count, options.jobs * 8)
        let sliceSize = (batch.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            var parts = [[Output]](repeating: [], count: slices)
            var next = 0
            func add(_ j: Int) {
                let lo = j * sliceSize
                let hi = min(batch.count, lo + sliceSize)
                let slice = lo < hi ? Array(batch[lo..<hi]) : []
                group.addTask { (j, slice.map(transform)) }
            }
            // At most `jobs` slices in flight.
            while next < min(slices, options.jobs) {
                add(next)
                next += 1
            }
            for await (j, part) in group {
                parts[j] = part
                if next < slices {
                    add(next)
                    next += 1
                }
            }
            return parts.flatMap { $0 }
        }
    }

    /// Parses, codes and formats one input item; never throws (failures are returned).
    func codeOne(_ item: InputItem) -> Result {
        let doc: Document
        switch document(for: item) {
        case .failure(let e):
            var bytes = 0
            if case .jsonLine(let b, _) = item { bytes = b.count }
            if case .page(let page) = item { bytes = page.bytes.count }
            return Result(output: [], error: e, sentences: 0, events: 0, bytes: bytes)
        case .success(let parsed):
            doc = parsed
        }
        switch code(doc) {
        case .failure(let e):
            return Result(output: [], error: e, sentences: 0, events: 0, bytes: doc.text.utf8.count)
        case .success(let coded):
            let output = EventFormatter(format: options.format).bytes(coded)
            return Result(
                output: output, error: nil, sentences: coded.sentences.count, events: coded.events.count,
                bytes: coded.text.utf8.count)
        }
    }

    /// The document an input item holds, not yet coded (with the run's reference date and language): JSON
    /// Lines records, scraped text and pages (HTML, WARC records) through extraction.
    public func document(for item: InputItem) -> Swift.Result<Document, MarsadError> {
        do throws(MarsadError) {
            let (doc, _) = try builder.get().document(
                for: item, published: options.published, language: options.language)
            return .success(doc)
        } catch {
            return .failure(error)
        }
    }

    /// Runs the pipeline over one document; a failure names the document.
    public func code(_ document: Document) -> Swift.Result<Document, MarsadError> {
        var doc = document
        do throws(MarsadError) {
            try pipeline.run(&doc)
        } catch {
            var e = error
            if e.location == nil { e.location = doc.id }
            return .failure(e)
        }
        return .success(doc)
    }
}

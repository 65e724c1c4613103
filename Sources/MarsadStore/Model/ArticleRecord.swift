public import MarsadCore

/// A coded article ready to store: metadata, text, sentences and events, built from a ``MarsadCore/Document``
/// after the pipeline ran.
///
/// ```swift
/// try pipeline.run(&doc)
/// try await store.insert([ArticleRecord(document: doc, source: "example.com")])
/// ```
public struct ArticleRecord: Sendable, Hashable {
    /// One sentence: its text and its UTF-8 range in the article.
    public struct SentenceRecord: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var length: Int

        public init(text: String, start: Int, length: Int) {
            self.text = text
            self.start = start
            self.length = length
        }
    }

    public var docID: String
    public var title: String?
    public var url: String?
    /// The news source (site) that published the article: the URL's host when not given.
    public var source: String?
    public var published: CalendarDate?
    public var language: String?
    /// The dateline given apart from the text («موسكو - رويترز»), when the input has one.
    public var dateline: String?
    public var text: String
    public var contentHash: String
    public var sentences: [SentenceRecord]
    public var events: [EventRecord]
    /// Versioned names of the stages that coded the article.
    public var provenance: [String]
    /// The full-text index terms (``SearchTerms``); computed from the text when nil.
    public var searchTerms: String?

    public init(
        docID: String, title: String? = nil, url: String? = nil, source: String? = nil,
        published: CalendarDate? = nil, language: String? = nil, text: String, sentences: [SentenceRecord] = [],
        events: [EventRecord] = [], provenance: [String] = []
    ) {
        self.docID = docID
        self.title = title
        self.url = url
        self.source = source ?? url.flatMap(Self.host(of:))
        self.published = published
        self.language = language
        self.text = text
        self.contentHash = ContentHash.of(text)
        self.sentences = sentences
        self.events = events
        self.provenance = provenance
    }

    /// Builds the record of a coded document; event ids follow the contract (`doc#sentence.n`).
    public init(document doc: Document, source: String? = nil) {
        let sentences = doc.sentences.map {
            SentenceRecord(text: String(doc.text(of: $0.span)), start: $0.span.start, length: $0.span.length)
        }
        var perSentence: [Int: Int] = [:]
        var events: [EventRecord] = []
        for e in doc.events {
            let n = perSentence[e.sentence, default: 0] + 1
            perSentence[e.sentence] = n
            let sentenceStart = doc.sentences[e.sentence].span.start
            events.append(
                EventRecord(
                    eventID: "\(doc.id)#\(e.sentence).\(n)", event: e, trigger: String(doc.text(of: e.trigger)),
                    triggerOffset: e.trigger.start - sentenceStart))
        }
        self.init(
            docID: doc.id, title: doc.title, url: doc.url, source: source, published: doc.published,
            language: doc.language?.rawValue, text: doc.text, sentences: sentences, events: events,
            provenance: doc.provenance)
        dateline = doc.dateline
        // NB: built here from the pipeline's own tokens and clitic candidates, on the coding worker, so the
        // store's writer does not tokenize the text again.
        if !doc.tokens.isEmpty && doc.candidates.count >= doc.tokens.count {
            searchTerms =
                (doc.title.map { SearchTerms.indexText($0) + "\n" } ?? "") + SearchTerms.indexText(document: doc)
        }
    }

    /// `https://www.example.com/a/b` → `example.com`.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }
}

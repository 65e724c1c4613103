public import MarsadCore

/// Writes a coded document's events in the contract's JSON Lines (or TSV / PLOVER) form.
///
/// ```swift
/// let lines = EventFormatter(format: .jsonl).format(document)  // one line per event, each ending "\n"
/// ```
public struct EventFormatter: Sendable {
    public let format: OutputFormat

    public init(format: OutputFormat) {
        self.format = format
    }

    public static let tsvHeader =
        "doc_id\tevent_id\tdate\tdate_precision\tsource\tsource_country\ttarget\ttarget_country\tcode\troot\tquad_class\tgoldstein\tplover_type\tlocation\ttrigger\tsentence\n"

    public func format(_ doc: Document) -> String {
        if format == .jsonl { return String(decoding: jsonLines(doc), as: UTF8.self) }
        var out = ""
        var perSentence: [Int: Int] = [:]
        // The sentence of the previous event: a sentence's events come together.
        var lastSentence = -1
        var sentence = ""
        for event in doc.events {
            let n = perSentence[event.sentence, default: 0] + 1
            perSentence[event.sentence] = n
            let eventID = "\(doc.id)#\(event.sentence).\(n)"
            if event.sentence != lastSentence {
                lastSentence = event.sentence
                sentence = String(doc.text(of: doc.sentences[event.sentence].span))
            }
            let trigger = String(doc.text(of: event.trigger))
            switch format {
            case .plover: out += plover(event, doc: doc, eventID: eventID, sentence: sentence, trigger: trigger)
            case .tsv: out += tsv(event, doc: doc, eventID: eventID, sentence: sentence, trigger: trigger)
            case .jsonl: break
            }
        }
        return out
    }

    /// ``format(_:)`` as UTF-8 bytes (JSON Lines are written as bytes, and need no `String`).
    public func bytes(_ doc: Document) -> [UInt8] {
        format == .jsonl ? jsonLines(doc) : Array(format(doc).utf8)
    }

    /// The JSON Lines of a document's events, written into one buffer.
    ///
    /// NB: what is the same for every event of a document (its id, the provenance array) or of a sentence (the
    /// sentence's JSON string) is written once and copied as bytes.
    private func jsonLines(_ doc: Document) -> [UInt8] {
        guard !doc.events.isEmpty else { return [] }
        var provenance = JSONText()
        provenance.beginArray()
        for p in doc.provenance { provenance.string(p) }
        provenance.endArray()
        var docID: [UInt8] = []
        JSONText.appendString(doc.id.utf8, to: &docID)
        // `"<id>#`: the event id is the document's id, «#», the sentence and the event's number in it.
        let eventIDPrefix = docID.dropLast() + [UInt8(ascii: "#")]
        var out = JSONText(capacity: doc.events.count * 1200)
        var perSentence: [Int: Int] = [:]
        var lastSentence = -1
        var sentenceJSON: [UInt8] = []
        for event in doc.events {
            let n = perSentence[event.sentence, default: 0] + 1
            perSentence[event.sentence] = n
            if event.sentence != lastSentence {
                lastSentence = event.sentence
                sentenceJSON.removeAll(keepingCapacity: true)
                JSONText.appendString(doc.text(of: doc.sentences[event.sentence].span).utf8, to: &sentenceJSON)
            }
            var eventID = Array(eventIDPrefix)
            JSONText.appendInt(event.sentence, to: &eventID)
            eventID.append(UInt8(ascii: "."))
            JSONText.appendInt(n, to: &eventID)
            eventID.append(UInt8(ascii: "\""))
            json(
                event, doc: doc, docID: docID, eventID: eventID, sentenceJSON: sentenceJSON,
                provenance: provenance.bytes, into: &out)
            out.separator(UInt8(ascii: "\n"))
        }
        return out.bytes
    }

    private func participant(_ p: Event.Participant?, _ j: inout JSONText) {
        guard let p else {
            j.null()
            return
        }
        j.beginObject()
        j.key("code")
        j.string(p.actor.code)
        j.key("country")
        j.string(p.actor.organization ?? p.actor.country)
        j.key("sector")
        j.string(p.actor.sector)
        j.key("text")
        j.string(p.text)
        j.key("name")
        j.string(p.name)
        j.endObject()
    }

    private func json(
        _ e: Event, doc: Document, docID: [UInt8], eventID: [UInt8], sentenceJSON: [UInt8], provenance: [UInt8],
        into j: inout JSONText
    ) {
        j.beginObject()
        j.key("doc_id")
        j.raw(docID)
        j.key("event_id")
        j.raw(eventID)
        j.key("sentence_index")
        j.int(e.sentence)
        j.key("sentence")
        j.raw(sentenceJSON)
        j.key("trigger")
        j.string(doc.text(of: e.trigger))
        j.key("code")
        j.string(e.code.code)
        j.key("root")
        j.string(e.code.root)
        j.key("quad_class")
        j.int(e.code.quadClass)
        j.key("goldstein")
        j.double(e.code.goldstein)
        j.key("plover")
        j.beginObject()
        j.key("type")
        j.string(e.code.plover.type.isEmpty ? nil : e.code.plover.type)
        j.key("mode")
        j.string(e.code.plover.mode)
        j.endObject()
        j.key("source")
        participant(e.source, &j)
        j.key("target")
        participant(e.target, &j)
        j.key("date")
        j.string(e.date?.description)
        j.key("date_precision")
        j.string(e.datePrecision.rawValue)
        j.key("date_text")
        j.string(e.dateText)
        j.key("location")
        if let l = e.location {
            j.beginObject()
            j.key("country")
            j.string(l.country)
            j.key("name")
            j.string(l.name)
            j.endObject()
        } else {
            j.null()
        }
        j.key("language")
        j.string(doc.language?.rawValue)
        j.key("rule")
        j.string(e.rule)
        j.key("confidence")
        j.double((e.confidence * 100).rounded() / 100)
        j.key("provenance")
        j.raw(provenance)
        j.endObject()
    }

    private func plover(_ e: Event, doc: Document, eventID: String, sentence: String, trigger: String) -> String {
        var j = JSONText()
        j.beginObject()
        j.key("id")
        j.string(eventID)
        j.key("event_type")
        j.string(e.code.plover.type.isEmpty ? nil : e.code.plover.type)
        j.key("mode")
        j.string(e.code.plover.mode)
        j.key("actor")
        j.string(e.source?.actor.code)
        j.key("recipient")
        j.string(e.target?.actor.code)
        j.key("date")
        j.string(e.date?.description)
        j.key("cameo")
        j.string(e.code.code)
        j.key("location")
        j.string(e.location?.name)
        j.key("text")
        j.string(sentence)
        j.key("doc_id")
        j.string(doc.id)
        j.endObject()
        return j.text + "\n"
    }

    private func tsv(_ e: Event, doc: Document, eventID: String, sentence: String, trigger: String) -> String {
        func clean(_ s: String?) -> String {
            guard let s else { return "" }
            return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }
        let fields: [String] = [
            doc.id, eventID, e.date?.description ?? "", e.datePrecision.rawValue, e.source?.actor.code ?? "",
            e.source?.actor.primary ?? "", e.target?.actor.code ?? "", e.target?.actor.primary ?? "", e.code.code,
            e.code.root, String(e.code.quadClass), "\(e.code.goldstein)", e.code.plover.type, e.location?.name ?? "",
            trigger, sentence,
        ]
        return fields.map(clean).joined(separator: "\t") + "\n"
    }
}

import MarsadStore

extension StoredEvent: JSONWritable {
    /// The fields of ``StoredEvent/CodingKeys`` in byte order of their names.
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("article_id", articleID)
        w.field("article_source", articleSource)
        w.field("article_url", articleURL)
        w.field("code", code)
        w.field("confidence", confidence)
        w.field("date", date)
        w.field("date_precision", datePrecision)
        w.field("date_text", dateText)
        w.field("doc_id", docID)
        w.field("event_id", eventID)
        w.field("goldstein", goldstein)
        w.field("id", id)
        w.field("language", language)
        w.field("location", location)
        w.field("plover", plover)
        w.field("published", published)
        w.field("quad_class", quadClass)
        w.field("root", root)
        w.field("rule", rule)
        w.field("sentence", sentence)
        w.field("sentence_index", sentenceIndex)
        w.field("source", source)
        w.field("story_id", storyID)
        w.field("target", target)
        w.field("trigger", trigger)
        w.field("trigger_offset", triggerOffset)
        w.endObject()
    }
}

extension StoredEvent.Plover: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("mode", mode)
        w.field("type", type)
        w.endObject()
    }
}

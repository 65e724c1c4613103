import MarsadStore

extension EventActor: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", code)
        w.field("country", country)
        w.field("name", name)
        w.field("sector", sector)
        w.field("text", text)
        w.endObject()
    }
}

import MarsadStore

extension EventPlace: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("country", country)
        w.field("name", name)
        w.endObject()
    }
}

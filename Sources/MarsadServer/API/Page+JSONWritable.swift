import MarsadStore

extension Page: JSONWritable where Item: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("items", items)
        w.field("limit", limit)
        w.field("offset", offset)
        w.field("total", total)
        w.field("total_exact", totalExact)
        w.endObject()
    }
}

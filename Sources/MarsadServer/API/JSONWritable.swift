/// A value that writes itself as JSON through ``JSONWriter``, with the bytes `JSONEncoder` would give it under
/// `[.sortedKeys, .withoutEscapingSlashes]`: keys in byte order, nil fields left out.
protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

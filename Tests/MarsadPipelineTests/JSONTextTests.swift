import MarsadPipeline
import Testing

/// JSON string escaping, written by runs of bytes: the escapes JSON needs, everything else as it is.
@Suite struct JSONTextTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var j = JSONText()
        j.beginObject()
        j.key("text")
        j.string("قال: \"نعم\"\n\tC:\\dir\r\u{1}\u{1F}end")
        j.key("plain")
        j.string("موسكو - رويترز")
        j.key("empty")
        j.string("")
        j.key("none")
        j.string(nil)
        j.endObject()
        #expect(
            j.text
                == #"{"text":"قال: \"نعم\"\n\tC:\\dir\r\u0001\u001fend","plain":"موسكو - رويترز","empty":"","none":null}"#
        )
    }

    @Test func escapesAtTheEdges() {
        for (input, expected) in [("\"", #""\"""#), ("\n\n", #""\n\n""#), ("a\\", #""a\\""#), ("\u{0}", #""\u0000""#)] {
            var out: [UInt8] = []
            JSONText.appendString(input.utf8, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }
}

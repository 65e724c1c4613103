import MarsadCore
import Testing

@testable import MarsadEvaluation

/// `str(json.loads(text))` as CPython computes it, since score.py turns codes into text with `str()`.
@Suite("Python json.loads and str()")
struct PythonJSONParserTests {
    /// (JSON text, `str(json.loads(text))`) from Python 3.11.
    static let texts: [(String, String)] = [
        ("57", "57"), ("57.0", "57.0"), ("-0", "0"), ("-0.0", "-0.0"), ("1e2", "100.0"), ("1E+2", "100.0"),
        ("1.5e-7", "1.5e-07"), ("1e400", "inf"), ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("null", "None"), ("true", "True"), ("false", "False"), ("NaN", "nan"), ("-Infinity", "-inf"),
        (#""05""#, "05"), (#"["05", 1]"#, "['05', 1]"), (#"{"code": "057", "code": 5}"#, "{'code': 5}"),
        (#"["it's"]"#, #"["it's"]"#), (#"["\u00a0\t\u200f\u00e9"]"#, #"['\xa0\t\u200fé']"#),
        (#""\ud83d\ude00""#, "\u{1F600}"), (#""a\/b""#, "a/b"), (" [[]] ", "[[]]"), ("{}", "{}"),
    ]

    @Test("str(json.loads(text))", arguments: texts)
    func pythonString(_ text: String, expected: String) throws {
        #expect(try PythonJSONParser.parse(text).pythonString == PythonString(expected))
    }

    @Test("a lone surrogate escape is kept, as Python keeps it")
    func loneSurrogate() throws {
        let value = try PythonJSONParser.parse(#""\ud800x""#)
        #expect(value.pythonString.codePoints == [0xD800, 0x78])
    }

    /// Texts `json.loads` refuses.
    static let malformed: [String] = [
        "", "{", "[1,]", #"{"a": 1,}"#, "01", "1.", "-", ".5", "1e", "+1", "nul", "'a'", #"{"a" 1}"#,
        "\"tab\there\"", #""\x""#, #""\u12""#, "{} {}", "\u{FEFF}{}", "\u{A0}{}",
        "[" + String(repeating: "1", count: 4301) + "]",
        String(repeating: "[", count: 995) + String(repeating: "]", count: 995),
    ]

    @Test("malformed JSON is invalid input", arguments: malformed)
    func refuses(_ text: String) {
        #expect(throws: MarsadError.self) { try PythonJSONParser.parse(text) }
    }

    @Test("nesting as deep as score.py survives is accepted")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 994) + String(repeating: "]", count: 994)
        _ = try PythonJSONParser.parse(text)
    }

    @Test("numbers compare as Python compares them")
    func numericEquality() throws {
        let one = try PythonJSONParser.parse("[1, true, 1.0]")
        #expect(one.equals(try PythonJSONParser.parse("[1.0, 1, true]")))
        #expect(!one.equals(try PythonJSONParser.parse(#"["1", 1, 1]"#)))
        #expect(try PythonJSONParser.parse("[NaN]").equals(try PythonJSONParser.parse("[NaN]")))
        let huge = try PythonJSONParser.parse("[9007199254740993]")
        #expect(!huge.equals(.list([.float(9_007_199_254_740_992)])))
        #expect(try PythonJSONParser.parse("[9007199254740992]").equals(.list([.float(9_007_199_254_740_992)])))
    }
}

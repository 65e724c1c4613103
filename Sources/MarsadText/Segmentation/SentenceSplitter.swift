public import MarsadCore

/// Splits tokens into sentences at . ! ? ؟ … and line breaks, keeping closing quotes and brackets with
/// their sentence and not splitting after abbreviations, initials or inside numbers.
///
/// ```swift
/// // «قال د. أحمد إن 3.5 مليون نزحوا.» is one sentence; a new line starts a new one.
/// try SentenceSplitter().process(&doc)
/// ```
public struct SentenceSplitter: Stage {
    public let name = "ar.sentences.v1"
    public let requires: Set<Annotation> = [.normalized, .tokens]
    public let provides: Set<Annotation> = [.sentences]

    /// A sentence longer than this many tokens is cut at its next comma (or hard) so that one runaway line
    /// (a 50 MB text without punctuation) never makes later stages quadratic.
    public var maxTokens = 160

    public init() {}

    static let terminators: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4]
    static let closers: Set<UInt32> = [0xBB, 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0x203A]
    static let commas: Set<UInt32> = [0x2C, 0x060C, 0x061B, 0x3B]

    public func process(_ document: inout Document) throws(MarsadError) {
        var sentences: [Sentence] = []
        let tokens = document.tokens
        guard !tokens.isEmpty else {
            document.sentences = []
            return
        }
        document.normalized.withUnsafeBufferPointer { norm in
            func scalar(_ t: Token) -> UInt32 {
                Tokenizer.decode(norm, Int(t.normalized.lowerBound)).0
            }
            var start = 0
            var startsLine = true
            var i = 0
            func close(at end: Int) {  // end: exclusive token index
                guard end > start else { return }
                sentences.append(
                    Sentence(
                        span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                        tokens: start..<end, startsLine: startsLine))
                start = end
            }
            while i < tokens.count {
                let t = tokens[i]
                // NB: also right after a sentence closed at the end of the line before («… أمس.» then a new line).
                if t.lineBreakBefore {
                    close(at: i)
                    startsLine = true
                }
                if t.kind == .punctuation && SentenceSplitter.terminators.contains(scalar(t)) {
                    if !isNonFinalPeriod(i, tokens, norm) {
                        var end = i + 1
                        while end < tokens.count && tokens[end].kind == .punctuation && !tokens[end].lineBreakBefore
                            && (SentenceSplitter.closers.contains(scalar(tokens[end]))
                                || SentenceSplitter.terminators.contains(scalar(tokens[end])))
                        {
                            end += 1
                        }
                        close(at: end)
                        startsLine = false
                        i = end
                        continue
                    }
                }
                if i - start >= maxTokens {
                    // Cut at this comma if there is one, else here.
                    close(at: i + 1)
                    startsLine = false
                } else if i - start >= maxTokens / 2 && t.kind == .punctuation
                    && SentenceSplitter.commas.contains(scalar(t)) && i - start >= maxTokens * 3 / 4
                {
                    close(at: i + 1)
                    startsLine = false
                }
                i += 1
            }
            close(at: tokens.count)
        }
        document.sentences = sentences
    }

    /// A period that does not end a sentence: decimal point, abbreviation (one letter, «د.»), initials.
    private func isNonFinalPeriod(_ i: Int, _ tokens: [Token], _ norm: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[i]
        guard norm[Int(t.normalized.lowerBound)] == 0x2E else { return false }
        guard i > 0 else { return true }
        let prev = tokens[i - 1]
        let adjacentBefore = prev.span.end == t.span.start
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            let adjacentAfter = next.span.start == t.span.end
            if prev.kind == .number && next.kind == .number && adjacentBefore && adjacentAfter { return true }
            if adjacentAfter && next.kind == .word && adjacentBefore && prev.kind == .word { return true }  // u.s.
        }
        // A single letter before the period: «د.», «م.», "U."
        if prev.kind == .word && adjacentBefore && prev.normalized.count <= 2 { return true }
        return false
    }
}

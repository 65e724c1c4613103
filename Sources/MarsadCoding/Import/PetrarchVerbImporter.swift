public import MarsadCore

/// Converts the simple cases of a PETRARCH/TABARI CAMEO verb dictionary into Marsad trigger lines.
///
/// ```swift
/// var report = DictionaryImportReport()
/// let text = "--- CONDEMN [122] ---\nCONDEMN {CONDEMNS CONDEMNED}\n- * ATTACK [1223]\n"
/// PetrarchVerbImporter(codebook: try .bundled()).convert(text: text, file: "verbs.txt", into: &report)
/// report.outputs["triggers"]   // ["122\tphrase\tCONDEMN|CONDEMNS|CONDEMNED", "122\tphrase\tCONDEMN|… ... ATTACK"]
/// ```
///
/// Input: blocks opened by `--- VERB [CODE] ---`, then verb lines (`VERB {FORMS}`, `VERB+PARTICLE`), then
/// pattern lines `- WORDS * WORDS [CODE]` where `*` stands for any verb of the block. Written out, all as
/// `phrase` lines: the block's single-word verbs as `|` alternatives of one word under the block's code; a
/// multi-word verb as its own line; a pattern with the verbs in place of `*`, `...` (a gap) for each space
/// between words, and `_` and `{A B}` joining words that must be adjacent. Parentheses are dropped.
/// Skipped and counted: codes absent from the codebook, `[---]`, source:target pairs (`[042:043]`), synsets
/// (`&NAME` definitions and references) and patterns with `$`/`+` role markers or other operators. Verbs
/// are written as listed: PETRARCH's automatic English inflections (-S, -ED, -ING) are not generated.
public struct PetrarchVerbImporter: Sendable {
    public var codebook: Codebook

    public init(codebook: Codebook) {
        self.codebook = codebook
    }

    private struct Block {
        var code: EventCode?
        var line: Int
        /// Single-word verbs: what `*` stands for in the block's patterns.
        var single: [String] = []
        /// Single-word verbs written with their own code (`EXPECT [030]`): under that code, not the block's.
        var ownCode: [String: EventCode?] = [:]
        var multi: [(phrase: String, code: EventCode?)] = []
        var written = false
    }

    public func convert(text: String, file: String, into report: inout DictionaryImportReport) {
        var block: Block?
        var inSynset = false
        for (number, trimmed) in PetrarchLines(text) {
            if trimmed.hasPrefix("---") {
                if var done = block { writeVerbs(&done, into: &report) }
                inSynset = false
                block = Block(code: nil, line: number)
                guard let codeText = Self.bracket(trimmed) else {
                    report.fail("malformed block header", "expected --- VERB [CODE] ---", file: file, line: number)
                    continue
                }
                block!.code = code(codeText, file: file, line: number, into: &report)
            } else if trimmed.hasPrefix("&") {
                if var done = block { writeVerbs(&done, into: &report) }
                block = nil
                inSynset = true
                report.skip("synset definition (&NAME and its +members)")
            } else if trimmed.hasPrefix("~") {
                report.skip("transformation rule (~)")
            } else if inSynset {
                report.skip("synset definition (&NAME and its +members)")
            } else if trimmed.hasPrefix("-") {
                guard block != nil else {
                    report.fail(
                        "pattern outside a block", "pattern before any --- VERB [CODE] --- line", file: file,
                        line: number)
                    continue
                }
                writeVerbs(&block!, into: &report)
                pattern(trimmed.dropFirst(), block: block!, file: file, line: number, into: &report)
            } else if block != nil && !block!.written {
                verbLine(trimmed, block: &block!, file: file, line: number, into: &report)
            } else {
                report.fail(
                    "unexpected line", "expected a block header, a verb before the patterns, or a pattern", file: file,
                    line: number)
            }
        }
        if var done = block { writeVerbs(&done, into: &report) }
    }

    /// The text between the first `[` and the next `]`.
    static func bracket(_ text: Substring) -> Substring? {
        guard let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") else { return nil }
        return text[text.index(after: open)..<close]
    }

    /// The event code in `[CODE]`, or nil (counted) when it cannot be converted.
    private func code(_ text: Substring, file: String, line: Int, into report: inout DictionaryImportReport)
        -> EventCode?
    {
        let text = text.trimmingWhitespace()
        if text == "---" {
            report.skip("null code [---]")
            return nil
        }
        if text.contains(":") {
            report.skip("source:target code pair ([042:043])")
            return nil
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            report.fail("malformed code", "\"[\(text)]\" is not a CAMEO event code", file: file, line: line)
            return nil
        }
        guard let code = codebook[String(text)] else {
            report.skip("CAMEO code not in the Marsad codebook")
            return nil
        }
        return code
    }

    private func verbLine(
        _ text: Substring, block: inout Block, file: String, line: Int, into report: inout DictionaryImportReport
    ) {
        var words = text
        var own: EventCode?? = nil
        if let codeText = Self.bracket(text), let open = text.firstIndex(of: "[") {
            own = .some(code(codeText, file: file, line: line, into: &report))
            words = text[..<open]
        }
        var forms: [Substring] = []
        if let brace = words.firstIndex(of: "{") {
            forms = words[words.index(after: brace)...].prefix(while: { $0 != "}" }).split(whereSeparator: {
                $0 == " " || $0 == "\t"
            })
            words = words[..<brace]
        }
        for verb in words.split(whereSeparator: { $0 == " " || $0 == "\t" }) + forms {
            let parts = verb.split(whereSeparator: { $0 == "_" || $0 == "+" })
            if parts.count == 1 {
                let word = String(parts[0])
                if !block.single.contains(word) { block.single.append(word) }
                if let own { block.ownCode[word] = own }
            } else if !parts.isEmpty {
                let phrase = parts.joined(separator: " ")
                if !block.multi.contains(where: { $0.phrase == phrase }) {
                    block.multi.append((phrase, own ?? block.code))
                }
            }
        }
    }

    private func writeVerbs(_ block: inout Block, into report: inout DictionaryImportReport) {
        guard !block.written else { return }
        block.written = true
        var byCode: [(code: EventCode, verbs: [String])] = []
        var unusable = 0
        for verb in block.single {
            guard let code = block.ownCode[verb] ?? block.code else {
                unusable += 1
                continue
            }
            if let i = byCode.firstIndex(where: { $0.code.code == code.code }) {
                byCode[i].verbs.append(verb)
            } else {
                byCode.append((code, [verb]))
            }
        }
        for (code, verbs) in byCode { report.emit("triggers", "\(code.code)\tphrase\t\(verbs.joined(separator: "|"))") }
        for (phrase, code) in block.multi {
            guard let code else {
                unusable += 1
                continue
            }
            report.emit("triggers", "\(code.code)\tphrase\t\(phrase)")
        }
        if unusable > 0 { report.skip("verbs of a block without a usable code") }
    }

    private func pattern(
        _ text: Substring, block: Block, file: String, line: Int, into report: inout DictionaryImportReport
    ) {
        guard let codeText = Self.bracket(text), let open = text.firstIndex(of: "[") else {
            report.fail("malformed pattern", "expected - WORDS * WORDS [CODE]", file: file, line: line)
            return
        }
        guard let code = code(codeText, file: file, line: line, into: &report) else { return }
        let body = text[..<open]
        if body.contains("&") {
            report.skip("pattern with a synset (&NAME)")
            return
        }
        if body.contains(where: { "$+%^|=<>".contains($0) }) {
            report.skip("pattern with a role marker or operator ($ + % ^ | = < >)")
            return
        }
        // Groups are separated by gaps; the words of a group are adjacent.
        var groups: [String] = []
        var inBraces = false
        var current: [String] = []
        var stars = 0
        let spaced = body.replacingStars().filter { $0 != "(" && $0 != ")" }
        for token in spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = Substring(token)
            if word.hasPrefix("{") {
                inBraces = true
                word = word.dropFirst()
            }
            let closes = word.hasSuffix("}")
            if closes { word = word.dropLast() }
            var parts = word.split(separator: "_").map(String.init)
            if parts == ["*"] {
                stars += 1
                if block.single.isEmpty { break }
                parts = [block.single.joined(separator: "|")]
            }
            current += parts
            if closes { inBraces = false }
            if !inBraces && !current.isEmpty {
                groups.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { groups.append(current.joined(separator: " ")) }
        guard stars == 1 else {
            report.skip("pattern without exactly one verb position (*)")
            return
        }
        guard !block.single.isEmpty else {
            report.skip("pattern of a block with no single-word verb")
            return
        }
        report.emit("triggers", "\(code.code)\tphrase\t\(groups.joined(separator: " ... "))")
    }
}

extension Substring {
    /// `*(في محكمة)` → ` * (في محكمة)`: the verb position is its own token.
    fileprivate func replacingStars() -> String {
        var out = ""
        for c in self {
            if c == "*" { out += " * " } else { out.append(c) }
        }
        return out
    }
}

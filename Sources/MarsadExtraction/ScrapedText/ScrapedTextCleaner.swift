public import MarsadCore

/// Removes page furniture from text a scraper already pulled out of a page, line by line: JavaScript and
/// cookie notices, «اقرأ المزيد» and the related headlines after it, labels such as «ملخص», image
/// captions ending in a credit «(إرنا)», the «عن "…"» attribution (kept as metadata) and short trailing
/// lines after the last paragraph. The first headline-like lines become title and subtitle; subheadings
/// inside the article stay as section breaks.
///
/// ```swift
/// let article = try ScrapedTextCleaner().clean(text)
/// article.metadata.title?.value  // the headline
/// article.text                   // paragraphs separated by blank lines
/// ```
public struct ScrapedTextCleaner: Sendable {
    public let rules: ContentRules

    public init(rules: ContentRules) {
        self.rules = rules
    }

    public init() throws(MarsadError) {
        self.rules = try ContentRules.bundled()
    }

    /// Why a line was removed (for `marsad extract --format json` and tests).
    public enum Removal: String, Sendable {
        case boilerplate, related, label, caption, attribution, trailing
    }

    enum Role: Equatable {
        case content
        case removed(Removal)
    }

    /// True when a line reads as a sentence or paragraph rather than a headline or a label: it is long, or it
    /// ends with a sentence mark (possibly inside a closing quote or parenthesis) and has six or more words.
    static func isSentence(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let last = scalars.last else { return false }
        // NB: more than 150 scalars, counted on UTF-8 lead bytes and only as far as needed; the words below
        // are counted up to six (counting all scalars and splitting every block showed in profiles).
        if line.utf8.count > 150 {
            var count = 0
            for b in line.utf8 where b & 0xC0 != 0x80 {
                count += 1
                if count > 150 { return true }
            }
        }
        let terminators = ".!?؟…:".unicodeScalars
        let closers = "\"»”')".unicodeScalars
        var ends = terminators.contains(last)
        if !ends && closers.contains(last) {
            ends = scalars.suffix(3).dropLast().contains { terminators.contains($0) }
        }
        guard ends else { return false }
        // Six or more words: runs of characters other than a space (as `split(separator: " ")` cuts them).
        var words = 0
        var inWord = false
        for c in line {
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= 6 { return true }
            }
        }
        return false
    }

    /// The article in a scraped text; `lines` of the result lists what was removed and why.
    public func clean(_ text: String) -> ExtractedArticle {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var c = WhitespaceCollapser()
            c.append(String(raw))
            if !c.isEmpty { lines.append(c.result) }
        }
        var roles = [Role](repeating: .content, count: lines.count)
        var metadata = ArticleMetadata()
        var inRelated = false
        for (i, line) in lines.enumerated() {
            if rules.lines.isRelatedMarker(line) {
                roles[i] = .removed(.related)
                inRelated = true
                continue
            }
            if inRelated {
                // Headlines after a «read more» marker belong to it, up to the next real paragraph.
                if !Self.isSentence(line) && line.unicodeScalars.count <= 150 && !rules.lines.isLabel(line) {
                    roles[i] = .removed(.related)
                    continue
                }
                inRelated = false
            }
            if rules.lines.isBoilerplate(line) {
                roles[i] = .removed(.boilerplate)
            } else if rules.lines.isLabel(line) {
                roles[i] = .removed(.label)
            } else if rules.lines.isCaption(line) {
                roles[i] = .removed(.caption)
            } else if let source = rules.lines.attribution(line) {
                roles[i] = .removed(.attribution)
                if metadata.attribution == nil {
                    metadata.attribution = MetadataField(source, source: "text:attribution")
                }
            }
        }
        // Short lines after the last paragraph are page furniture (tags, «more from …», share labels).
        if let lastSentence = lines.indices.last(where: { roles[$0] == .content && Self.isSentence(lines[$0]) }) {
            for i in lines.indices where i > lastSentence && roles[i] == .content {
                if lines[i].split(separator: " ").count <= 8 { roles[i] = .removed(.trailing) }
            }
        }
        // Title and subtitle: headline-like lines before the first paragraph, when a paragraph follows.
        let content = lines.indices.filter { roles[$0] == .content }
        var bodyStart = 0
        if let firstSentence = content.firstIndex(where: { Self.isSentence(lines[$0]) }), firstSentence > 0 {
            let head = content[0..<firstSentence]
            if let t = head.first, lines[t].unicodeScalars.count <= 200 {
                metadata.title = MetadataField(lines[t], source: "text:first-line")
                bodyStart = 1
                if head.count >= 2, lines[head[head.startIndex + 1]].unicodeScalars.count <= 300 {
                    metadata.subtitle = MetadataField(lines[head[head.startIndex + 1]], source: "text:second-line")
                    bodyStart = 2
                }
            }
        }
        let kept = content.dropFirst(bodyStart)
        var blocks: [TextBlock] = []
        for i in kept {
            let kind: TextBlock.Kind =
                Self.isSentence(lines[i]) || lines[i].unicodeScalars.count > 120 ? .paragraph : .heading
            blocks.append(TextBlock(kind: kind, text: lines[i]))
        }
        if let dateline = DatelineFinder(agencies: rules.lines.datelineAgencies).find(in: blocks.first?.text ?? "") {
            metadata.dateline = MetadataField(dateline, source: "text:dateline")
        }
        return ExtractedArticle(blocks: blocks, metadata: metadata, method: "lines")
    }
}

import Foundation
public import MarsadCore
import MarsadText

/// Arabic-aware terms for the full-text index: each word folded (harakat and tatweel dropped, alef forms
/// unified, digits ASCII) plus its clitic-stripped stems, so that «اتفاقية» finds «الاتفاقية» and «واتفاقية».
///
/// ```swift
/// SearchTerms.indexText("وقّعت الاتفاقيةَ")   // "وقعت الاتفاقية اتفاقية ..." (the FTS5 column)
/// SearchTerms.matchExpression("الاتفاقية")  // "(\"الاتفاقية\" OR \"اتفاقية\")"
/// ```
///
/// NB: SQLite's `remove_diacritics` does not strip Arabic harakat, so the text is folded here, before
/// FTS5's `unicode61` tokenizer sees it; documents and queries go through the same folding.
public enum SearchTerms {
    /// The words of a text as the index stores them: per word, the folded form and every stem left after
    /// removing proclitics (و ف ب ك ل ال س) and third-person pronoun suffixes, each once.
    public static func indexText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        forEachWord(text) { forms, _ in
            for form in forms {
                if !out.isEmpty { out += " " }
                out += form
            }
        }
        return out
    }

    /// An FTS5 `MATCH` expression for a user query: every word must occur, as its folded form or as the
    /// stem its default clitic analysis gives. Returns nil when the query has no word. Terms are quoted, so
    /// FTS5 operators typed by a user are searched as text, never interpreted.
    public static func matchExpression(_ query: String) -> String? {
        var clauses: [String] = []
        forEachWord(query) { _, preferred in
            let quoted = preferred.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            clauses.append(quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")")
        }
        return clauses.isEmpty ? nil : clauses.joined(separator: " AND ")
    }

    /// The index text of a document the pipeline analyzed already (its tokens and clitic candidates are
    /// reused, nothing is tokenized again).
    public static func indexText(document: Document) -> String {
        var out = ""
        out.reserveCapacity(document.text.utf8.count * 2)
        forEachWord(of: document) { forms, _ in
            for form in forms {
                if !out.isEmpty { out += " " }
                out += form
            }
        }
        return out
    }

    /// Calls `body` for each word token with (all index forms, the forms a query should accept).
    static func forEachWord(_ text: String, _ body: ([String], [String]) -> Void) {
        var doc = Document(id: "", text: text)
        do {
            try Tokenizer().process(&doc)
            try CliticAnalyzer().process(&doc)
        } catch {
            return  // NB: both stages only annotate; they report no error for any text.
        }
        forEachWord(of: doc, body)
    }

    static func forEachWord(of doc: Document, _ body: ([String], [String]) -> Void) {
        doc.normalized.withUnsafeBufferPointer { norm in
            func string(_ r: Range<Int32>) -> String {
                String(
                    decoding: UnsafeBufferPointer(rebasing: norm[Int(r.lowerBound)..<Int(r.upperBound)]), as: UTF8.self)
            }
            for (t, token) in doc.tokens.enumerated() where token.kind != .punctuation {
                let whole = string(token.normalized)
                var forms = [whole]
                for c in doc.candidates[Int(token.candidates.lowerBound)..<Int(token.candidates.upperBound)] {
                    let stem = string(c.stem)
                    if c.encliticLength > 0, stem.hasSuffix("ت") {
                        // «زيارته» is زيارة + ه: before a pronoun ة is written ت.
                        let marbuta = String(stem.dropLast()) + "ة"
                        if !forms.contains(marbuta) { forms.append(marbuta) }
                    }
                    if !forms.contains(stem) { forms.append(stem) }
                }
                let word = doc.words.indices.contains(t) ? string(doc.words[t].stem) : whole
                body(forms, word == whole ? [whole] : [whole, word])
            }
        }
    }
}

import MarsadCore

extension Document {
    /// Whether token `t` is written with the article «ال», after «و»/«ف» if any; with `prepositions`, also after «بـ»
    /// and as «لل» («بالمنطقة»، «للمنطقة»). Read on the folded bytes: no string is built.
    func writesArticle(_ t: Int, prepositions: Bool = false) -> Bool {
        let r = tokens[t].normalized
        var bytes = normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        if bytes.starts(with: ArticleBytes.wa) || bytes.starts(with: ArticleBytes.fa) { bytes = bytes.dropFirst(2) }
        guard prepositions else { return bytes.starts(with: ArticleBytes.article) }
        if bytes.starts(with: ArticleBytes.bi) { bytes = bytes.dropFirst(2) }
        return bytes.starts(with: ArticleBytes.article) || bytes.starts(with: ArticleBytes.lamLam)
    }
}

/// The UTF-8 bytes `Document.writesArticle` compares (each letter is two bytes).
enum ArticleBytes {
    static let article: [UInt8] = Array("ال".utf8)
    static let lamLam: [UInt8] = Array("لل".utf8)
    static let wa: [UInt8] = Array("و".utf8)
    static let fa: [UInt8] = Array("ف".utf8)
    static let bi: [UInt8] = Array("ب".utf8)
}

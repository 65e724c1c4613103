/// The hashes a dictionary word form is indexed under, so that it matches the clitic analyses of tokens.
///
/// ```swift
/// LexiconForm.hashes(of: "الولايات")  // «الولايات» and «ولايات» (after «للولايات», «بالولايات»)
/// LexiconForm.hashes(of: "زيارة")     // «زيارة»; «زيارته» is matched by the analyzer, which restores ة when
///                                     // it splits off a pronoun. NB: no «زياره» variant for careless
///                                     // spelling: it would read «نظيره» (his counterpart) as «نظيرة».
/// ```
public enum LexiconForm {
    static let article: [UInt8] = Array("ال".utf8)
    static let tehMarbuta: [UInt8] = Array("ة".utf8)
    static let alef: [UInt8] = Array("ا".utf8)
    static let yeh: [UInt8] = Array("ي".utf8)
    static let waw: [UInt8] = Array("و".utf8)
    static let heh: [UInt8] = Array("ه".utf8)
    static let teh: [UInt8] = Array("ت".utf8)

    /// The folded spelling variants a written form is indexed under.
    /// `stripArticle`: also index the form without a leading «ال» (for nouns written with the article that
    /// also occur in construct state, «الحكومة» / «حكومة بوتين»); never for verbs («التقى»).
    /// `nisbaAccusative`: also the accusative of a word ending in a written «ي» («إيراني» → «إيرانيا»، «صحفي» →
    /// «صحفيا»): right for the names of people and their origins, not for verbs («نفى» / «نفيا»).
    public static func variants(of form: String, stripArticle: Bool = true, nisbaAccusative: Bool = false)
        -> [[UInt8]]
    {
        let folded = Array(FoldedText.fold(form).utf8)
        guard !folded.isEmpty else { return [] }
        var out: [[UInt8]] = [folded]
        // NB: only a written «ال» is an article; «ألبان» folds to «البان» but is not «ال» + «بان».
        if stripArticle, folded.count >= 8, form.hasPrefix("ال") {
            out.append(Array(folded.dropFirst(4)))
        }
        // The indefinite accusative («إضرابا»، «تحقيقا»): an alef after a word that does not end in a vowel
        // letter or teh marbuta.
        if let last = out.first?.suffix(2), out[0].count >= 6, ![alef, yeh, tehMarbuta, heh, waw].contains(Array(last))
        {
            out.append(out[0] + alef)
        } else if nisbaAccusative, form.hasSuffix("ي"), out[0].count >= 6 {
            out.append(out[0] + alef)
        }
        return out
    }

    public static func hashes(of form: String, stripArticle: Bool = true, nisbaAccusative: Bool = false) -> [UInt64] {
        variants(of: form, stripArticle: stripArticle, nisbaAccusative: nisbaAccusative).map { FormHash.hash($0) }
    }
}

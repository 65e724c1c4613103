/// The hashes a dictionary word form is indexed under, so that it matches the clitic analyses of tokens.
///
/// ```swift
/// LexiconForm.hashes(of: "الولايات")  // «الولايات» and «ولايات» (after «للولايات», «بالولايات»)
/// LexiconForm.hashes(of: "زيارة")     // «زياره» and «زيارت» (before a pronoun: «زيارته»)
/// ```
public enum LexiconForm {
    static let article: [UInt8] = Array("ال".utf8)
    static let heh: [UInt8] = Array("ه".utf8)
    static let teh: [UInt8] = Array("ت".utf8)

    /// The folded spelling variants a written form is indexed under.
    public static func variants(of form: String) -> [[UInt8]] {
        let folded = Array(FoldedText.fold(form).utf8)
        guard !folded.isEmpty else { return [] }
        var out: [[UInt8]] = [folded]
        if folded.count >= 8, Array(folded.prefix(4)) == article {
            out.append(Array(folded.dropFirst(4)))
        }
        for f in out where f.count >= 6 && Array(f.suffix(2)) == heh {
            out.append(Array(f.dropLast(2)) + teh)
        }
        return out
    }

    public static func hashes(of form: String) -> [UInt64] {
        variants(of: form).map { FormHash.hash($0) }
    }
}

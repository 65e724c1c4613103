/// A vocabulary phrase found at a token: where it ends and what it means.
///
/// ```swift
/// // «وأول أمس» at token 0: clitic 2 bytes («و»), end token 2, words [.day(-2)]
/// ```
struct DateLexeme: Sendable {
    /// The token after the phrase.
    var end: Int
    /// UTF-8 bytes of proclitics («و»، «ب»، …) at the start of the first token, outside the phrase.
    var clitic: Int
    var words: [DateWord]
}

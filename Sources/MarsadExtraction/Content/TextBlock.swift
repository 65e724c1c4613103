/// One block of an extracted article: a heading, a paragraph, a list item, a quotation, …
///
/// ```swift
/// TextBlock(kind: .heading, text: "شنغهاي وبريكس")
/// ```
public struct TextBlock: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case heading, paragraph, item, quote, preformatted, cell
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

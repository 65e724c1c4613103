/// A block of text found in the page with the facts the extractor judges it by.
struct CollectedBlock {
    var block: TextBlock
    /// The element the block's text belongs to (its nearest block-level ancestor).
    var node: Int
    /// Characters, and characters inside links.
    var chars: Int
    var linkChars: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

public import MarsadCore

extension Document {
    /// Whether token `t` is an opening quotation mark («, “ or "): the press quotes a name after the kind of group
    /// it is («جماعة «الشباب»»، «عناصر من “بوكو حرام”»).
    @inline(__always)
    public func isOpeningQuote(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .punctuation else { return false }
        let r = tokens[t].normalized
        let bytes = normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        return bytes.elementsEqual([0x22]) || bytes.elementsEqual([0xC2, 0xAB])
            || bytes.elementsEqual([0xE2, 0x80, 0x9C])
    }
}

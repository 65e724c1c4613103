public import MarsadCore

extension Document {
    /// The mark at token `t` as one byte when it is a dash or a bracket: «-» (0x2D, also for «–» and «—»), «(» (0x28)
    /// or «)» (0x29); nil otherwise. Read from the token's bytes, no text is made (datelines and the prayer after a
    /// name, «- حفظه الله -», are told by these marks).
    public func dashOrBracket(_ t: Int) -> UInt8? {
        guard tokens[t].kind == .punctuation else { return nil }
        let r = tokens[t].normalized
        switch r.count {
        case 1:
            let b = normalized[Int(r.lowerBound)]
            return b == 0x2D || b == 0x28 || b == 0x29 ? b : nil
        case 3:  // EN DASH, EM DASH
            let (a, b, c) = (
                normalized[Int(r.lowerBound)], normalized[Int(r.lowerBound) + 1], normalized[Int(r.lowerBound) + 2]
            )
            return a == 0xE2 && b == 0x80 && (c == 0x93 || c == 0x94) ? 0x2D : nil
        default: return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, TABs and carriage returns (no Foundation needed).
    ///
    /// ```swift
    /// "\t[IGOUNO] \r".trimmingWhitespace()   // "[IGOUNO]"
    /// ```
    public func trimmingWhitespace() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}

/// An analyzed word: one token split into proclitics, stem and enclitic (`وبالاتفاق` → و + ب + ال + اتفاق).
///
/// Offsets are into ``Document/normalized``. A token may have several orthographically possible analyses;
/// ``Document/words`` keeps the one chosen by the lexicon-aware analyzer, `token` links back.
public struct Word: Hashable, Sendable {
    public var token: Int
    public var stem: Range<Int32>
    /// Proclitic letters that were split off, as a bit set of ``Clitic`` values.
    public var proclitics: Clitic
    /// Length in bytes of the pronoun suffix that was split off (0 when none).
    public var encliticLength: Int8

    public init(token: Int, stem: Range<Int32>, proclitics: Clitic, encliticLength: Int8) {
        self.token = token
        self.stem = stem
        self.proclitics = proclitics
        self.encliticLength = encliticLength
    }
}

/// Proclitics of Arabic words, as a bit set.
public struct Clitic: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// و "and"
    public static let wa = Clitic(rawValue: 1 << 0)
    /// ف "so, then"
    public static let fa = Clitic(rawValue: 1 << 1)
    /// ب "with, by, in"
    public static let bi = Clitic(rawValue: 1 << 2)
    /// ك "like"
    public static let ka = Clitic(rawValue: 1 << 3)
    /// ل "to, for"
    public static let li = Clitic(rawValue: 1 << 4)
    /// ال "the"
    public static let al = Clitic(rawValue: 1 << 5)
    /// س future marker
    public static let sa = Clitic(rawValue: 1 << 6)
}

/// One orthographically possible analysis of a token: the stem left after removing some clitics, and the
/// hash of its folded bytes that lexicons are keyed by.
public struct WordCandidate: Hashable, Sendable {
    /// 64-bit FNV-1a hash of the stem's folded UTF-8 bytes (see `FormHash` in MarsadText).
    public var hash: UInt64
    public var stem: Range<Int32>
    public var proclitics: Clitic
    public var encliticLength: Int8

    public init(hash: UInt64, stem: Range<Int32>, proclitics: Clitic, encliticLength: Int8) {
        self.hash = hash
        self.stem = stem
        self.proclitics = proclitics
        self.encliticLength = encliticLength
    }
}

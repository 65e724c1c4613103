public import MarsadCore

/// Tells Arabic, Persian and English apart from the raw text, before any Arabic folding.
///
/// ```swift
/// LanguageIdentifier.identify("این گزارش درباره ایران است")  // .persian
/// LanguageIdentifier.identify("قال الوزير إن")               // .arabic
/// ```
///
/// Persian is recognised by its own letters (پ چ ژ گ ک ی) against the Arabic-only letters (ة ى ي ك); English
/// by Latin letters outnumbering Arabic-script ones.
public struct LanguageIdentifier: Stage {
    public let name = "text.langid.v1"
    public let requires: Set<Annotation> = []
    public let provides: Set<Annotation> = [.language]

    public init() {}

    public func process(_ document: inout Document) throws(MarsadError) {
        if let declared = document.declaredLanguage {
            document.language = declared
        } else {
            document.language = LanguageIdentifier.identify(document.text)
        }
    }

    /// How much of the text is read: about 500 letters of Arabic script, plenty to tell the three apart. NB: it was
    /// 4 KB, which cost 2% of the coder's time on SaudiNewsNet for the same answers.
    static let prefixBytes = 1024

    /// Looks at the first ``prefixBytes`` bytes, byte pairs only (no scalar decoding): Arabic-script lead bytes
    /// D8–DB, and the two-byte codes of the letters that tell Persian from Arabic.
    public static func identify(_ text: String) -> Language {
        // NB: over contiguous storage: iterating `String.UTF8View` byte by byte is several times slower.
        let counts =
            text.utf8.withContiguousStorageIfAvailable {
                count(UnsafeBufferPointer(rebasing: $0.prefix(Self.prefixBytes)))
            }
            ?? Array(text.utf8.prefix(Self.prefixBytes)).withUnsafeBufferPointer { count($0) }
        let (arabicScript, latin, persianLetters, arabicOnly) = counts
        if arabicScript == 0 && latin == 0 { return .arabic }
        if latin > arabicScript * 2 { return .english }
        // Persian text uses ی and ک throughout; Arabic text almost never has پ چ ژ گ.
        if persianLetters > 0 && Double(persianLetters) >= Double(arabicOnly) * 0.5 { return .persian }
        return .arabic
    }

    /// Counts Arabic-script lead bytes, Latin letters, Persian-only letters and Arabic-only letters.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int, Int) {
        var arabicScript = 0
        var latin = 0
        var persianLetters = 0
        var arabicOnly = 0
        var previous: UInt8 = 0
        let letters = letterClasses
        // NB: branch-light: the two counts every byte may add to are added without a branch, and only a
        // continuation byte after an Arabic lead byte (D8–DB) looks up the letter it ends (a switch over the letters
        // there mispredicted on most Arabic letters).
        for b in bytes {
            // A–Z and a–z: setting bit 0x20 maps A–Z onto a–z and nothing else into that range.
            latin &+= (b | 0x20) &- 0x61 < 26 ? 1 : 0
            arabicScript &+= b &- 0xD8 < 4 ? 1 : 0
            let lead = previous &- 0xD8
            let continuation = b &- 0x80
            if lead < 4 && continuation < 0x40 {
                let letter = letters[Int(lead) << 6 | Int(continuation)]
                persianLetters &+= Int(letter & 1)
                arabicOnly &+= Int(letter >> 1)
            }
            previous = b
        }
        return (arabicScript, latin, persianLetters, arabicOnly)
    }

    /// For the two-byte letters U+0600…U+06FF (lead byte D8–DB, then a continuation byte), indexed by
    /// `(lead - 0xD8) << 6 | (continuation - 0x80)`: 1 for a Persian-only letter, 2 for an Arabic-only one, else 0.
    private static let letterClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 4 << 6)
        func set(_ lead: UInt8, _ continuation: UInt8, _ value: UInt8) {
            table[Int(lead - 0xD8) << 6 | Int(continuation - 0x80)] = value
        }
        // پ U+067E, چ U+0686, ژ U+0698, گ U+06AF, ک U+06A9, ی U+06CC
        for (lead, continuation) in [
            (0xD9, 0xBE), (0xDA, 0x86), (0xDA, 0x98), (0xDA, 0xAF), (0xDA, 0xA9), (0xDB, 0x8C),
        ] {
            set(UInt8(lead), UInt8(continuation), 1)
        }
        // ة U+0629, ى U+0649, ي U+064A, ك U+0643
        for (lead, continuation) in [(0xD8, 0xA9), (0xD9, 0x89), (0xD9, 0x8A), (0xD9, 0x83)] {
            set(UInt8(lead), UInt8(continuation), 2)
        }
        return table
    }()
}

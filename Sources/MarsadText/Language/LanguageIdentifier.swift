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

    /// Looks at the first 4 KB, byte pairs only (no scalar decoding): Arabic-script lead bytes D8–DB, and the
    /// two-byte codes of the letters that tell Persian from Arabic.
    public static func identify(_ text: String) -> Language {
        // NB: over contiguous storage: iterating `String.UTF8View` byte by byte is several times slower.
        let counts =
            text.utf8.withContiguousStorageIfAvailable { count(UnsafeBufferPointer(rebasing: $0.prefix(4096))) }
            ?? Array(text.utf8.prefix(4096)).withUnsafeBufferPointer { count($0) }
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
        // NB: branch-light: most bytes are Arabic lead bytes or ASCII; only a continuation byte after an Arabic
        // lead byte (D8–DB) can be one of the letters counted below.
        for b in bytes {
            if b < 0x80 {
                // A–Z and a–z: setting bit 0x20 maps A–Z onto a–z and nothing else into that range.
                if (b | 0x20) &- 0x61 < 26 { latin += 1 }
            } else if b >= 0xD8 && b <= 0xDB {
                arabicScript += 1
            } else if previous >= 0xD8 && previous <= 0xDB {
                switch (previous, b) {
                // پ U+067E, چ U+0686, ژ U+0698, گ U+06AF, ک U+06A9, ی U+06CC
                case (0xD9, 0xBE), (0xDA, 0x86), (0xDA, 0x98), (0xDA, 0xAF), (0xDA, 0xA9), (0xDB, 0x8C):
                    persianLetters += 1
                // ة U+0629, ى U+0649, ي U+064A, ك U+0643
                case (0xD8, 0xA9), (0xD9, 0x89), (0xD9, 0x8A), (0xD9, 0x83):
                    arabicOnly += 1
                default: break
                }
            }
            previous = b
        }
        return (arabicScript, latin, persianLetters, arabicOnly)
    }
}

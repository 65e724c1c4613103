public import MarsadCore

/// Tells Arabic, Persian and English apart from the raw text, before any Arabic folding.
///
/// ```swift
/// LanguageIdentifier.identify("این گزارش درباره ایران است")  // .persian
/// LanguageIdentifier.identify("قال الوزير إن")               // .arabic
/// ```
///
/// Persian is recognised by its own letters (پ چ ژ گ ک ی) and function words (است، این، که، را، می)
/// against Arabic-only letters (ة ى ي with dots) and function words (الذي، التي، في، إن).
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

    /// Looks at up to the first 8 KB; counts letters from their UTF-8 bytes (no scalar decoding).
    public static func identify(_ text: String) -> Language {
        var arabicScript = 0
        var latin = 0
        var persianLetters = 0
        var arabicOnly = 0
        var seen = 0
        for b in text.utf8 {
            seen += 1
            if seen > 8192 { break }
            if b < 0x80 {
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { latin += 1 }
            } else if b >= 0xD8 && b <= 0xDB {
                arabicScript += 1  // lead byte of U+0600–U+06FF
            }
        }
        if arabicScript > 0 {
            // Second pass over scalars only to tell Persian from Arabic, and only up to 4,000 scalars.
            var n = 0
            for s in text.unicodeScalars {
                n += 1
                if n > 4000 { break }
                switch s.value {
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persianLetters += 1  // پ چ ژ گ ک ی
                case 0x0629, 0x0649, 0x064A, 0x0643: arabicOnly += 1  // ة ى ي ك
                default: break
                }
                if persianLetters == 0 && arabicOnly > 200 { break }
            }
        }
        if arabicScript == 0 && latin == 0 { return .arabic }
        if latin > arabicScript * 2 { return .english }
        // Persian text uses ی and ک throughout; Arabic text almost never has پ چ ژ گ.
        if persianLetters > 0 && Double(persianLetters) >= Double(arabicOnly) * 0.5 { return .persian }
        return .arabic
    }
}

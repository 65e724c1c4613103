/// Folding of single Unicode scalars for matching: the one table every matcher in Marsad uses.
///
/// ```swift
/// ScalarFolding.fold("أ")   // .replace("ا")
/// ScalarFolding.fold("\u{064E}")  // .drop (FATHA)
/// ScalarFolding.fold("٣")   // .replace("3")
/// ```
///
/// NB: folding is for matching only. Output always quotes the original text through spans.
public enum ScalarFolding {
    public enum Result: Equatable, Sendable {
        case keep
        case drop
        case replace(Unicode.Scalar)
        /// A separator that should break tokens (NBSP, bidi marks are dropped instead).
        case space
    }

    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Result {
        let v = s.value
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:  // آ أ إ ٱ ٲ ٳ → ا
            return .replace("\u{0627}")
        case 0x0649, 0x06CC, 0x064A, 0x06D0:  // ى ی ي ې → ي (Persian yeh folds with Arabic yeh)
            return v == 0x064A ? .keep : .replace("\u{064A}")
        // NB: TEH MARBUTA (ة) is kept: folding it into heh makes «وزارة» look like «و + زار + ه» (and he
        // visited him).
        case 0x06A9, 0x06AA: return .replace("\u{0643}")  // Persian keheh → kaf
        case 0x0624: return .replace("\u{0648}")  // WAW WITH HAMZA → waw
        case 0x0626: return .replace("\u{064A}")  // YEH WITH HAMZA → yeh
        case 0x06C0, 0x06C1, 0x06D5: return .replace("\u{0647}")  // heh goal, ae → heh
        case 0x0640: return .drop  // TATWEEL
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0610...0x061A: return .drop  // harakat, Quranic marks
        case 0x0660...0x0669: return .replace(Unicode.Scalar(v - 0x0660 + 0x30)!)  // Arabic-Indic digits
        case 0x06F0...0x06F9: return .replace(Unicode.Scalar(v - 0x06F0 + 0x30)!)  // Persian digits
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space  // NBSP and other spaces
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return .drop  // zero width space/joiner, bidi marks, BOM
        case 0x200C: return .drop  // ZERO WIDTH NON-JOINER — Persian spelling, but invisible to matching
        case 0x0041...0x005A: return .replace(Unicode.Scalar(v + 0x20)!)  // ASCII upper → lower
        default:
            if v >= 0xFE70 && v <= 0xFEFC { return presentationForm(v) }
            return .keep
        }
    }

    /// Arabic presentation forms B: map the common letters back to their base letters.
    private static func presentationForm(_ v: UInt32) -> Result {
        // Each base letter has 2 or 4 presentation forms in a fixed order; a small table is enough for
        // text copied from PDFs.
        let table: [(UInt32, UInt32, UInt32)] = [
            (0xFE80, 0xFE80, 0x0621), (0xFE81, 0xFE88, 0x0627), (0xFE89, 0xFE8C, 0x064A), (0xFE8D, 0xFE8E, 0x0627),
            (0xFE8F, 0xFE92, 0x0628), (0xFE93, 0xFE94, 0x0647), (0xFE95, 0xFE98, 0x062A), (0xFE99, 0xFE9C, 0x062B),
            (0xFE9D, 0xFEA0, 0x062C), (0xFEA1, 0xFEA4, 0x062D), (0xFEA5, 0xFEA8, 0x062E), (0xFEA9, 0xFEAA, 0x062F),
            (0xFEAB, 0xFEAC, 0x0630), (0xFEAD, 0xFEAE, 0x0631), (0xFEAF, 0xFEB0, 0x0632), (0xFEB1, 0xFEB4, 0x0633),
            (0xFEB5, 0xFEB8, 0x0634), (0xFEB9, 0xFEBC, 0x0635), (0xFEBD, 0xFEC0, 0x0636), (0xFEC1, 0xFEC4, 0x0637),
            (0xFEC5, 0xFEC8, 0x0638), (0xFEC9, 0xFECC, 0x0639), (0xFECD, 0xFED0, 0x063A), (0xFED1, 0xFED4, 0x0641),
            (0xFED5, 0xFED8, 0x0642), (0xFED9, 0xFEDC, 0x0643), (0xFEDD, 0xFEE0, 0x0644), (0xFEE1, 0xFEE4, 0x0645),
            (0xFEE5, 0xFEE8, 0x0646), (0xFEE9, 0xFEEC, 0x0647), (0xFEED, 0xFEEE, 0x0648), (0xFEEF, 0xFEF0, 0x064A),
            (0xFEF1, 0xFEF4, 0x064A),
        ]
        for (lo, hi, base) in table where v >= lo && v <= hi {
            return .replace(Unicode.Scalar(base)!)
        }
        return .keep
    }

    /// Whether the two UTF-8 bytes `b0 b1` are a plain Arabic letter (ا…غ، ف…و، ي: D8 A7–BA, D9 81–88, D9 8A): one that
    /// folds to itself and belongs inside a word, so that the tokenizer and the folder copy it without decoding it.
    @inline(__always)
    static func isPlainArabicLetter(_ b0: UInt8, _ b1: UInt8) -> Bool {
        b0 == 0xD8 ? (b1 >= 0xA7 && b1 <= 0xBA) : (b0 == 0xD9 && ((b1 >= 0x81 && b1 <= 0x88) || b1 == 0x8A))
    }

    /// Whether a scalar is a letter or digit that belongs inside a token (after folding).
    /// NB: inlinable: the date tokenizer in MarsadTime calls it for every scalar of a sentence.
    @inlinable @inline(__always)
    public static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x06D3, 0x06D5, 0x06FA...0x06FF: return true
        case 0x00C0...0x024F, 0x0370...0x03FF, 0x0400...0x04FF: return true
        default: return false
        }
    }
}

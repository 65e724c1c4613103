import Foundation

/// One iconv conversion from a legacy encoding to UTF-8; undecodable bytes become U+FFFD.
///
/// ```swift
/// let (utf8, bad) = IconvConverter(from: "windows-1256")!.convert([0xC7, 0xE1])  // «ال»
/// ```
struct IconvConverter {
    let charset: String

    /// Nil when iconv does not know the encoding.
    init?(from charset: String) {
        let probe = iconv_open("UTF-8", charset)
        if probe == iconv_t(bitPattern: -1) { return nil }
        iconv_close(probe)
        self.charset = charset
    }

    func convert(_ input: [UInt8]) -> ([UInt8], Int) {
        let cd = iconv_open("UTF-8", charset)
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: max(64, input.count * 3 + 16))
        var replacements = 0
        var written = 0
        var inputCopy = input
        inputCopy.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result != -1 { break }
                    // EILSEQ / EINVAL: skip one byte and write U+FFFD (needs 3 bytes; the buffer has room
                    // since every input byte reserves 3 output bytes).
                    guard outLeft >= 3, inLeft > 0 else { break }
                    for b: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: b)
                        outPointer = outPointer?.advanced(by: 1)
                    }
                    outLeft -= 3
                    inPointer = inPointer?.advanced(by: 1)
                    inLeft -= 1
                    replacements += 1
                }
                written = outBuffer.count - outLeft
            }
        }
        output.removeSubrange(written...)
        return (output, replacements)
    }
}

import MarsadCore
import MarsadText

/// A word-list file in sections, read by the cue and domain vocabularies: «[name]» opens a section, other lines hold
/// words separated by spaces or tabs (kept as hashes of their folded forms), «#» starts a comment line. Errors name
/// the file and line; what a section's name may be is for the caller to check.
struct SectionedWordList {
    struct Section {
        var name: String
        /// The line of the «[name]» header, for the caller's errors.
        var line: Int
        var words: [UInt64]
    }

    var sections: [Section] = []

    init(text: String, file: String) throws(MarsadError) {
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw MarsadError(.invalidInput, "bad section name \(line)", location: "\(file):\(number)")
                }
                sections.append(Section(name: String(line.dropFirst().dropLast()), line: number, words: []))
                continue
            }
            guard !sections.isEmpty else {
                throw MarsadError(.invalidInput, "words before the first [section]", location: "\(file):\(number)")
            }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                sections[sections.count - 1].words.append(FormHash.hash(FoldedText.fold(String(word))))
            }
        }
    }
}

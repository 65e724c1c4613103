public import Foundation
public import MarsadCore
public import MarsadText

/// The words of generic, non-political domains of news (`Resources/domains.ar.txt`): sport, film and
/// television, music. A sports report or a film synopsis uses the verbs of political news («أعلن النادي»،
/// «طالب المدرب الجماهير بالصبر»، «بطل الفيلم يحذر») but tells no political event; the coder counts these
/// words around a trigger to tell such text apart.
///
/// ```swift
/// let domains = try DomainVocabulary(text: "[sport]\nمباراة لاعب\n[screen]\nفيلم\n", file: "mine.txt")
/// domains.names   // ["sport", "screen"]
/// ```
///
/// One table of folded word forms for every domain (a token is looked up once, through its clitic analyses);
/// each entry is the index of its domain in ``names``.
public struct DomainVocabulary: Sendable {
    /// The domains, in the order the file gives them.
    public private(set) var names: [String] = []
    /// Every word of every domain; the entry is the domain's index in `names`.
    public private(set) var words = FormTable.Builder().build()
    /// Titles that name the officials of any body («رئيس»، «قائد»، «الأمير»): the list «[titles]», which is no domain.
    public private(set) var titles = FormTable.Builder().build()
    /// The name of the list of titles.
    public static let titlesName = "titles"

    /// No domain.
    public init() {}

    /// Reads the domains from a file («domains.ar.txt» or a user's own, in the same format).
    public init(contentsOf url: URL) throws(MarsadError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(
                .unreadable, "cannot read domain words: \(error.localizedDescription)", location: url.path)
        }
        try self.init(text: text, file: url.lastPathComponent)
    }

    /// Reads the domains from text: «[name]» opens a domain (ASCII letters), other lines hold its words separated
    /// by spaces, «#» starts a comment line. Errors name the file and line.
    public init(text: String, file: String) throws(MarsadError) {
        var builder = FormTable.Builder()
        var titleBuilder = FormTable.Builder()
        var sawTitles = false
        for section in try SectionedWordList(text: text, file: file).sections {
            let name = section.name
            guard name.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw MarsadError(.invalidInput, "bad domain name [\(name)]", location: "\(file):\(section.line)")
            }
            let isTitles = name == Self.titlesName
            guard !names.contains(name), !(isTitles && sawTitles) else {
                throw MarsadError(.invalidInput, "domain [\(name)] given twice", location: "\(file):\(section.line)")
            }
            if isTitles {
                sawTitles = true
                for hash in section.words { titleBuilder.add(hash, entry: 0) }
            } else {
                names.append(name)
                for hash in section.words { builder.add(hash, entry: Int32(names.count - 1)) }
            }
        }
        words = builder.build()
        titles = titleBuilder.build()
    }

    /// The domain of a folded form's hash, if it is one of the words.
    public func domain(of hash: UInt64) -> String? {
        words.entries(for: hash).first.map { names[Int($0)] }
    }
}

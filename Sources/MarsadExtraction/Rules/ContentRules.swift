import Foundation
public import MarsadCore

/// The site-independent rules of main-content extraction, read from `Resources/content-rules.txt` and
/// `Resources/boilerplate-lines.txt`.
///
/// ```swift
/// let rules = try ContentRules.bundled()
/// rules.dropElements.contains("nav")  // true
/// ```
public struct ContentRules: Sendable {
    public var dropElements: Set<String>
    public var dropRoles: Set<String>
    public var blockElements: Set<String>
    public var strongRoles: Set<String>
    public var boilerplateWords: WordPatternSet
    /// Class and id words of captions and credits: boilerplate only on elements with less text than
    /// ``maxCaptionChars``.
    public var captionWords: WordPatternSet
    /// Caption elements (`figcaption`), boilerplate on the same terms as caption words.
    public var captionElements: Set<String>
    /// Dropped elements that are kept inside an `<article>` (its `<header>`).
    public var articleParts: Set<String>
    public var contentWords: WordPatternSet
    /// Content-root words (lower-case UTF-8) and their priority (0 = best).
    public var contentRoots: [ByteWord: Int]
    public var lines: BoilerplateLines
    /// The boilerplate, caption, content and content-root words in one lookup table.
    let classWords: ClassWordTable
    /// Class, id and itemprop words (lower-case UTF-8, matched as substrings) of elements that show a date.
    public var dateElementWords: [[UInt8]]
    /// Elements that show a date whatever their class (`footer`, `small`).
    public var dateElementNames: Set<String>
    /// Elements, and class and id words, of the furniture whose dates are not the page's (sidebars, teasers,
    /// comments).
    public var dateSkipElements: Set<String>
    public var dateSkipWords: WordPatternSet
    /// The most characters an element marked as a caption holds.
    public static let maxCaptionChars = 400

    public init(contentRules: RuleFile, boilerplateLines: RuleFile) {
        dropElements = Set(contentRules.words("drop-elements"))
        dropRoles = Set(contentRules.words("drop-roles"))
        blockElements = Set(contentRules.words("block-elements"))
        strongRoles = Set(contentRules.words("strong-roles"))
        boilerplateWords = WordPatternSet(contentRules.words("boilerplate-words"))
        captionWords = WordPatternSet(contentRules.words("caption-words"))
        captionElements = Set(contentRules.words("caption-elements"))
        articleParts = Set(contentRules.words("article-parts"))
        contentWords = WordPatternSet(contentRules.words("content-words"))
        contentRoots = [:]
        for (rank, word) in contentRules.words("content-roots").enumerated() {
            let key = ByteWord(Array(word.lowercased().utf8))
            if contentRoots[key] == nil { contentRoots[key] = rank }
        }
        lines = BoilerplateLines(boilerplateLines)
        classWords = ClassWordTable(
            boilerplate: contentRules.words("boilerplate-words"), caption: contentRules.words("caption-words"),
            content: contentRules.words("content-words"), roots: contentRoots)
        dateElementWords = contentRules.words("date-element-words").map { Array($0.lowercased().utf8) }
        dateElementNames = Set(contentRules.words("date-element-names"))
        dateSkipElements = Set(contentRules.words("date-skip-elements"))
        dateSkipWords = WordPatternSet(contentRules.words("date-skip-words"))
    }

    private static let shared: Result<ContentRules, MarsadError> = {
        do throws(MarsadError) {
            return .success(
                ContentRules(
                    contentRules: try load("content-rules.txt"), boilerplateLines: try load("boilerplate-lines.txt")))
        } catch {
            return .failure(error)
        }
    }()

    static func load(_ file: String) throws(MarsadError) -> RuleFile {
        guard let url = Bundle.module.url(forResource: "Resources/" + file, withExtension: nil),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw MarsadError(.unreadable, "the bundled extraction rules are missing", location: file) }
        return try RuleFile(text: text, name: file)
    }

    /// The rules that ship with Marsad, loaded once.
    public static func bundled() throws(MarsadError) -> ContentRules { try shared.get() }
}

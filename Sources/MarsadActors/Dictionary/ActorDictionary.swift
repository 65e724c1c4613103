public import Foundation
public import MarsadCore
public import MarsadText

/// The actor dictionaries compiled into one phrase lexicon: countries, organizations, agents, people.
///
/// ```swift
/// let dict = try ActorDictionary.bundled()       // Resources/*.ar.txt, loaded once
/// var mine = try ActorDictionary.bundled()
/// try mine.load(contentsOf: URL(fileURLWithPath: "countries.mine.txt"))  // add a user's file
/// ```
///
/// File formats (TAB-separated, one entry a line) are documented at the top of each file in `Resources/`. In
/// agents.ar.txt a sector may carry a fixed country, `CVL@ISR` («المستوطنين»): the collective is that country's
/// whatever the story is about (``ActorEntry/agent(sector:kind:country:)``), and the mention is marked
/// ``Mention/hasFixedCountry`` so that it does not vote for the story's home country.
public struct ActorDictionary: Sendable {
    public private(set) var lexicon: PhraseLexicon = {
        var lexicon = PhraseLexicon()
        lexicon.skipsQuotes = true
        return lexicon
    }()
    /// What each lexicon phrase stands for, by phrase id.
    public private(set) var entries: [ActorEntry] = []
    /// Country code → Arabic name, for output and places.
    public private(set) var countryNames: [String: String] = [:]
    /// Nouns for members or parts of a group («عناصر»، «قادة»، «ضباط»): before an actor, with or without
    /// «من»/«في», they name that actor («قادة في القوات العراقية» is IRQMIL). Folded-form hashes.
    public private(set) var partitives: Set<UInt64> = []
    /// Nouns of a group's members that with a third-person pronoun suffix stand for the group the pronoun points back
    /// to («على بعض عناصره»). Folded-form hashes.
    public private(set) var memberNouns: Set<UInt64> = []
    /// Words of quantity before a group («أحد»، «عدد»، «بعض»): «عدد من قيادات الجماعة» is the group.
    public private(set) var quantifiers: Set<UInt64> = []
    /// Number words, taken into a member phrase only before «من» («ثلاثة من عناصر الحركة»).
    public private(set) var counts: Set<UInt64> = []
    /// Nouns that with a pronoun suffix stand for the antecedent's country or one of its organs («بلاده» → the
    /// country, «حكومته» → GOV): form hash → sector ("" for the country itself).
    public private(set) var possessives: [UInt64: String] = [:]
    /// Nouns that head the name of an institution or place named after a person («جامعة الملك سعود»، «مطار الملك
    /// خالد»): form hash → the institution's sector ("" for a place, which names no actor).
    public private(set) var eponyms: [UInt64: String] = [:]
    /// Phrase ids of the people file's forms marked «~»: surnames that are also common words («رئيسي» "main",
    /// «آبي» and «أبي» "my father"): they name the person only after a title or after the full name in the article.
    public private(set) var needsIntroduction: Set<Int> = []

    public init() {}

    public static let bundledFiles = [
        "organizations.ar.txt", "countries.ar.txt", "people.ar.txt", "agents.ar.txt", "references.ar.txt",
    ]

    private static let shared: Result<ActorDictionary, MarsadError> = {
        do throws(MarsadError) {
            var dict = ActorDictionary()
            for file in bundledFiles {
                guard let url = DataFile.optionalBundled(file) else {
                    continue  // NB: a dictionary may be absent in a partial checkout; the others still load
                }
                try dict.load(contentsOf: url)
            }
            return .success(dict)
        } catch {
            return .failure(error)
        }
    }()

    /// The dictionaries that ship with Marsad (loaded once per process).
    public static func bundled() throws(MarsadError) -> ActorDictionary { try shared.get() }

    /// Loads a dictionary file; its kind is taken from its name (`countries`, `organizations`, `agents`,
    /// `people`, `references`).
    public mutating func load(contentsOf url: URL) throws(MarsadError) {
        try load(text: DataFile.text(of: url, what: "dictionary"), file: url.lastPathComponent)
    }

    public mutating func load(text: String, file: String) throws(MarsadError) {
        let lines = DictionaryLines(text: text, file: file)
        let kind = file.split(separator: ".").first.map(String.init) ?? file
        for line in lines {
            switch kind {
            case "countries": try addCountry(line)
            case "organizations": try addOrganization(line)
            case "agents": try addAgent(line)
            case "people": try addPerson(line)
            case "references": try addReference(line)
            default:
                throw line.error(
                    "unknown dictionary kind \"\(kind)\"; name the file countries/organizations/agents/people/references.*.txt"
                )
            }
        }
        lexicon.finish()
    }

    @discardableResult
    private mutating func add(_ words: [[String]], _ entry: ActorEntry) -> Int {
        // Names keep their article («الهند» is not «هند»، «البشير» is not «بشير»); agents and titles are also used in
        // construct state without it («حكومة بوتين»).
        let keepArticle: Bool
        switch entry {
        case .state, .capital, .named, .person: keepArticle = true
        default: keepArticle = false
        }
        // «اعتقلت الشرطة صحفيا إيرانيا»: an origin is an object's adjective in the accusative too. (Not titles:
        // «مؤتمرا صحافيا» is a press conference; their accusatives are written in the file where they are used.)
        let isOrigin: Bool
        if case .adjective = entry { isOrigin = true } else { isOrigin = false }
        let id = lexicon.add(words, keepArticle: keepArticle, nisbaAccusative: isOrigin)
        entries.append(entry)
        return id
    }

    private static func words(_ form: String) -> [[String]] {
        form.split(separator: " ").map { [String($0)] }
    }

    private func checkCountry(_ code: String, _ line: DictionaryLines.Line) throws(MarsadError) {
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw line.error("\"\(code)\" is not a three-letter country code")
        }
    }

    private func actorCode(_ code: String, _ line: DictionaryLines.Line) throws(MarsadError) -> ActorCode {
        guard let a = ActorCode(code: code) else {
            throw line.error("\"\(code)\" is not an actor code (country + sector such as IRNCOP, or IGO…)")
        }
        return a
    }

    private mutating func addCountry(_ line: DictionaryLines.Line) throws(MarsadError) {
        let f = line.fields
        guard f.count >= 3, !f[2].isEmpty else { throw line.error("expected CODE<TAB>ROLE<TAB>FORM") }
        let role = f[1]
        let form = f[2]
        switch role {
        case "name":
            try checkCountry(f[0], line)
            if countryNames[f[0]] == nil { countryNames[f[0]] = form }
            add(Self.words(form), .state(country: f[0]))
        case "adj":
            try checkCountry(f[0], line)
            add(Self.words(form), .adjective(country: f[0]))
            // The dual of a masculine nisba («مسلحان تونسيان»، «امرأتان تونسيتان»; the oblique masculine dual
            // «تونسيين» is the plural's, listed in the file), and the oblique dual or plural in construct
            // («سعوديي الجنسية»).
            if !form.contains(" "), form.hasSuffix("ي") {
                for dual in [form + "ان", form + "تان", form + "تين", form + "ي"] {
                    add(Self.words(dual), .adjective(country: f[0]))
                }
            }
        case "capital":
            try checkCountry(f[0], line)
            add(Self.words(form), .capital(country: f[0]))
        case "metonym":
            add(Self.words(form), .named(try actorCode(f[0], line), name: form))
        default:
            throw line.error("unknown role \"\(role)\"; expected name, adj, capital or metonym", column: f[0].count + 2)
        }
    }

    private mutating func addOrganization(_ line: DictionaryLines.Line) throws(MarsadError) {
        let f = line.fields
        guard f.count >= 2, !f[1].isEmpty else { throw line.error("expected CODE<TAB>FORM[<TAB>NAME]") }
        let name = f.count >= 3 && !f[2].isEmpty ? f[2] : nil
        add(Self.words(f[1]), .named(try actorCode(f[0], line), name: name))
    }

    private mutating func addAgent(_ line: DictionaryLines.Line) throws(MarsadError) {
        let f = line.fields
        guard f.count >= 3, !f[2].isEmpty else { throw line.error("expected SECTOR[@COUNTRY]<TAB>KIND<TAB>FORM") }
        // «CVL@ISR»: a collective whose people are always of one country («المستوطنون»).
        let parts = f[0].split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        let sector = parts[0]
        guard ActorCode.sectors.contains(sector), parts.count <= 2 else {
            throw line.error("unknown sector \"\(f[0])\"")
        }
        let country = parts.count == 2 ? parts[1] : nil
        if let country { try checkCountry(country, line) }
        guard let kind = AgentKind(rawValue: f[1]) else {
            throw line.error("unknown agent kind \"\(f[1])\"; expected title, body, people or anonymous", column: 5)
        }
        add(Self.words(f[2]), .agent(sector: sector, kind: kind, country: country))
    }

    private mutating func addPerson(_ line: DictionaryLines.Line) throws(MarsadError) {
        let f = line.fields
        guard f.count >= 4 else { throw line.error("expected CODE<TAB>FROM<TAB>TO<TAB>FORMS[<TAB>NAME]") }
        let code = try actorCode(f[0], line)
        let from = f[1].isEmpty ? nil : CalendarDate.partial(f[1], end: false)
        let to = f[2].isEmpty ? nil : CalendarDate.partial(f[2], end: true)
        if !f[1].isEmpty && from == nil { throw line.error("FROM \"\(f[1])\" is not YYYY[-MM[-DD]]") }
        if !f[2].isEmpty && to == nil { throw line.error("TO \"\(f[2])\" is not YYYY[-MM[-DD]]") }
        let forms = f[3].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        guard let first = forms.first else { throw line.error("no name forms") }
        let name = f.count >= 5 && !f[4].isEmpty ? f[4] : first
        for form in forms {
            // «~رئيسي»: a surname that is also a common word, the person's only after a title or the full name.
            let marked = form.hasPrefix("~")
            let written = marked ? String(form.dropFirst()) : form
            guard !written.isEmpty else { throw line.error("«~» without a form") }
            let id = add(Self.words(written), .person(code, name: name, from: from, to: to))
            if marked { needsIntroduction.insert(id) }
        }
    }

    private mutating func addReference(_ line: DictionaryLines.Line) throws(MarsadError) {
        let f = line.fields
        func hash(_ form: String) -> UInt64 { FormHash.hash(FoldedText.fold(form)) }
        switch (f.first, f.count) {
        case ("pair", 2...): add(Self.words(f[1]), .pair)
        case ("part", 2...): partitives.insert(hash(f[1]))
        case ("members", 2...): memberNouns.insert(hash(f[1]))
        case ("quantity", 2...): quantifiers.insert(hash(f[1]))
        case ("count", 2...): counts.insert(hash(f[1]))
        case ("own", 3...):
            let sector = f[1] == "-" ? "" : f[1]
            guard sector.isEmpty || (sector.count == 3 && sector.allSatisfy { $0.isASCII && $0.isUppercase }) else {
                throw line.error("\"\(f[1])\" is not a sector code or «-»")
            }
            possessives[hash(f[2])] = sector
        case ("eponym", 3...):
            let sector = f[1] == "-" ? "" : f[1]
            guard sector.isEmpty || ActorCode.sectors.contains(sector) else {
                throw line.error("\"\(f[1])\" is not a sector code or «-»")
            }
            eponyms[hash(f[2])] = sector
        default:
            throw line.error(
                "expected pair<TAB>FORM, part<TAB>FORM, members<TAB>FORM, quantity<TAB>FORM, count<TAB>FORM, own<TAB>SECTOR|-<TAB>FORM or eponym<TAB>SECTOR|-<TAB>FORM"
            )
        }
    }
}

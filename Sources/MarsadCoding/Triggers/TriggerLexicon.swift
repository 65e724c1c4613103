public import Foundation
public import MarsadCore
public import MarsadText

/// The trigger patterns compiled into one phrase lexicon.
///
/// ```swift
/// let triggers = try TriggerLexicon.bundled()
/// let extra = try TriggerLexicon(text: "112\tverb\tاتهم/يتهم\n", file: "mine.txt", codebook: .bundled())
/// ```
///
/// Line format (TAB-separated; see the header of `Resources/triggers.ar.txt`):
/// `CODE  KIND  PATTERN  [OPTIONS]` where KIND is `verb`, `noun` or `phrase`; a verb is written
/// `PAST/PRESENT` with `|` alternatives; `...` is a gap of up to six words; OPTIONS are `target=على|مع`,
/// `source=من|ل`, `symmetric`, `weak`, `says`, `dyadic`, `reported`, `occurrence`, `circumstantial`, `verbal`, `seizure`, `crowd`, `agentive`,
/// `alongside`, `subject`, `light`, `court`, `refugees`, `open`, `hamza`, `unless=…`, `unlessBefore=…`.
public struct TriggerLexicon: Sendable {
    public private(set) var lexicon = PhraseLexicon()
    /// The pattern of each lexicon phrase, by phrase id.
    public private(set) var patterns: [TriggerPattern] = []
    /// «express intent to meet» (036): what a future consult or visit («سيزور»، «سيلتقي») is coded as.
    public private(set) var intentToMeet: EventCode?
    /// What a future act of support, cooperation or aid («سنقف إلى جانب»، «ستقدم مساعدات») is coded as, by the act's
    /// root: an intent to support (05 → 032), to cooperate materially (06 → 031) or to give aid (07 → 033).
    public private(set) var intentToCooperate: [String: EventCode] = [:]
    /// «threaten with military force» (138): what an announced future act of force («سيصعد الهجمات») is coded as.
    public private(set) var threatOfForce: EventCode?
    /// «criticize or denounce» (111): what an attack made in words is coded as (patterns with `verbal`).
    public private(set) var criticize: EventCode?
    /// «accuse» (112): what a hostile act that a speaker says someone keeps doing («قال إن إيران تقاتل في
    /// سوريا») is coded as: the speaker's accusation, not an act the text reports.
    public private(set) var accuse: EventCode?
    /// «employ aerial weapons» (195): what an act of military force (190) done from the air is coded as
    /// («قصف طيران التحالف …»; nouns in the `[aerial]` cue list).
    public private(set) var aerialForce: EventCode?
    /// «use unconventional violence» (180): what an attack called terrorist or criminal is coded as when its noun says
    /// no more («العمل الإرهابي الذي استهدف …»).
    public private(set) var assault: EventCode?
    /// Words that report an act of force or a protest as having happened («مقتل»، «أسفر»، «وقع»): with one of
    /// them in its sentence, a noun trigger of roots 14 and 18–20 is coded even without a named actor
    /// (hashes of folded forms; `Resources/occurrence.ar.txt`).
    public private(set) var occurrenceCues = FormTable.Builder().build()
    /// The cue words around a trigger that are vocabulary (`Resources/cues.ar.txt`).
    public var cues = CueVocabulary()
    /// The words of generic, non-political domains (sport, film, music; `Resources/domains.ar.txt`).
    public var domains = DomainVocabulary()

    public init() {}

    private static let shared: Result<TriggerLexicon, MarsadError> = {
        do throws(MarsadError) {
            let codebook = try Codebook.bundled()
            guard let url = Bundle.module.url(forResource: "Resources/triggers.ar.txt", withExtension: nil),
                let cues = Bundle.module.url(forResource: "Resources/occurrence.ar.txt", withExtension: nil),
                let vocabulary = Bundle.module.url(forResource: "Resources/cues.ar.txt", withExtension: nil),
                let domains = Bundle.module.url(forResource: "Resources/domains.ar.txt", withExtension: nil)
            else {
                return .failure(
                    MarsadError(.unreadable, "the bundled trigger patterns are missing", location: "triggers.ar.txt"))
            }
            var lexicon = try TriggerLexicon(contentsOf: url, codebook: codebook)
            try lexicon.addOccurrenceCues(contentsOf: cues)
            lexicon.cues = try CueVocabulary(contentsOf: vocabulary)
            lexicon.domains = try DomainVocabulary(contentsOf: domains)
            return .success(lexicon)
        } catch {
            return .failure(error)
        }
    }()

    /// The patterns that ship with Marsad (loaded once per process).
    public static func bundled() throws(MarsadError) -> TriggerLexicon { try shared.get() }

    public init(contentsOf url: URL, codebook: Codebook) throws(MarsadError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(
                .unreadable, "cannot read trigger patterns: \(error.localizedDescription)", location: url.path)
        }
        try self.init(text: text, file: url.lastPathComponent, codebook: codebook)
    }

    public init(text: String, file: String, codebook: Codebook) throws(MarsadError) {
        try add(text: text, file: file, codebook: codebook)
    }

    /// Adds occurrence cue words (one word per line; `#` comments), e.g. `Resources/occurrence.ar.txt`.
    public mutating func addOccurrenceCues(contentsOf url: URL) throws(MarsadError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(
                .unreadable, "cannot read occurrence cues: \(error.localizedDescription)", location: url.path)
        }
        addOccurrenceCues(text: text)
    }

    /// Adds occurrence cue words from text (one word per line; `#` comments).
    public mutating func addOccurrenceCues(text: String) {
        for line in DictionaryLines(text: text, file: "occurrence") {
            if let word = line.fields.first, !word.isEmpty {
                occurrenceHashes.append(FormHash.hash(FoldedText.fold(word)))
            }
        }
        var builder = FormTable.Builder()
        for h in occurrenceHashes { builder.add(h, entry: 0) }
        occurrenceCues = builder.build()
    }

    /// The cue words added so far (the table is rebuilt from them once per file).
    private var occurrenceHashes: [UInt64] = []

    public mutating func add(text: String, file: String, codebook: Codebook) throws(MarsadError) {
        intentToMeet = codebook["036"]
        threatOfForce = codebook["138"]
        intentToCooperate = ["05": "032", "06": "031", "07": "033"].compactMapValues { codebook[$0] }
        criticize = codebook["111"]
        accuse = codebook["112"]
        aerialForce = codebook["195"]
        assault = codebook["180"]
        for line in DictionaryLines(text: text, file: file) {
            try addLine(line.fields, number: line.number, file: file, codebook: codebook)
        }
        lexicon.finish()
    }

    /// The dual forms of a noun or adjective written in the singular: «هجوم» → «هجومان»، «هجومين»; «عبوة» →
    /// «عبوتان»، «عبوتين»; «انتحاري» → «انتحاريان»، «انتحاريين»; «اعتداء» → «اعتداءان»، «اعتداءين». None for plurals
    /// and words ending in a long vowel, and none for stems of fewer than four letters, whose dual endings make
    /// other words too («حز» → «حزين» 'sad', «قطع» → «قطعان» 'herds').
    public static func duals(of form: String) -> [String] {
        let stem = form.hasPrefix("ال") && form.count > 3 ? form.dropFirst(2) : Substring(form)
        guard stem.count >= 4, let last = form.last else { return [] }
        if ["ا", "ى", "و"].contains(last) { return [] }
        for plural in ["ات", "ين", "ون", "ان"] where form.hasSuffix(plural) { return [] }
        let base = last == "ة" ? form.dropLast() + "ت" : form
        return [base + "ان", base + "ين"]
    }

    private mutating func addLine(_ f: [String], number: Int, file: String, codebook: Codebook) throws(MarsadError) {
        func error(_ message: String, column: Int = 1) -> MarsadError {
            MarsadError(.dictionarySyntax, message, location: "\(file):\(number):\(column)")
        }
        guard f.count >= 3 else { throw error("expected CODE<TAB>KIND<TAB>PATTERN[<TAB>OPTIONS]") }
        let codeText = f[0].trimmingCharacters(in: .whitespaces)
        guard let code = codebook[codeText] else {
            let hint = codebook.suggestion(for: codeText).map { "; did you mean \"\($0)\"?" } ?? ""
            throw error("unknown CAMEO code \"\(codeText)\"\(hint)")
        }
        guard let kind = TriggerPattern.Kind(rawValue: f[1].trimmingCharacters(in: .whitespaces)) else {
            throw error("unknown kind \"\(f[1])\"; expected verb, noun or phrase", column: f[0].count + 2)
        }
        let words = f[2].split(separator: " ").map(String.init)
        guard let head = words.first else { throw error("empty pattern", column: f[0].count + f[1].count + 3) }
        var phrase: [[String]] = []
        var startsWithVerb = false
        var firstPerson = Set<UInt64>()
        var plural = Set<UInt64>()
        var pastForms = Set<UInt64>()
        if head.contains("/") {
            let parts = head.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw error("a verb is written PAST/PRESENT, e.g. اتهم/يتهم") }
            let past = parts[0].split(separator: "|").map(String.init)
            let present = parts[1].split(separator: "|").map(String.init)
            phrase.append(VerbInflector.forms(past: past, present: present))
            firstPerson = Set(VerbInflector.firstPersonForms(past: past, present: present).map(FormHash.hash))
            plural = Set(VerbInflector.pluralForms(past: past).map(FormHash.hash))
            pastForms = Set(VerbInflector.forms(past: past, present: []).map(FormHash.hash))
            startsWithVerb = true
        } else {
            guard kind != .verb else { throw error("a verb pattern starts with PAST/PRESENT, e.g. اتهم/يتهم") }
            phrase.append(head.split(separator: "|").map(String.init))
        }
        for w in words.dropFirst() {
            phrase.append(w == "..." ? ["..."] : w.split(separator: "|").map(String.init))
        }
        // «هجومان انتحاريان»، «في انفجارين»: a noun pattern's words in the dual too.
        if kind == .noun {
            phrase = phrase.map { $0 == ["..."] ? $0 : $0 + $0.flatMap(Self.duals) }
        }
        var pattern = TriggerPattern(
            code: code, kind: kind, rule: "\(file):\(number) \(f[2])", startsWithVerb: startsWithVerb)
        pattern.firstPersonForms = firstPerson
        pattern.pluralForms = plural
        pattern.pastForms = pastForms
        pattern.innerWords = max(0, phrase.count(where: { $0 != ["..."] }) - 2)
        if f.count >= 4 {
            for option in f[3].split(separator: " ") {
                let kv = option.split(separator: "=", maxSplits: 1).map(String.init)
                switch kv[0] {
                case "target", "source":
                    guard kv.count == 2 else { throw error("\(kv[0])= needs prepositions, e.g. target=على|مع") }
                    var words = Set<UInt64>()
                    var clitics: Clitic = []
                    for p in kv[1].split(separator: "|").map(String.init) {
                        // «من_قبل»: a multiword preposition is recognized by its last word, the one right before
                        // the actor.
                        let word = p.split(separator: "_").last.map(String.init) ?? p
                        switch FoldedText.fold(word) {
                        case "ب", "بـ": clitics.insert(.bi)
                        case "ل", "لـ": clitics.insert(.li)
                        case "ك", "كـ": clitics.insert(.ka)
                        default: words.insert(FormHash.hash(FoldedText.fold(word)))
                        }
                    }
                    if kv[0] == "target" {
                        pattern.targetWords = words
                        pattern.targetClitics = clitics
                    } else {
                        pattern.sourceWords = words
                        pattern.sourceClitics = clitics
                    }
                case "unless":
                    guard kv.count == 2 else { throw error("unless= needs words, e.g. unless=بالصمت|ثقافية") }
                    pattern.unlessNext = CueWords.set(kv[1].split(separator: "|").map(String.init))
                case "unlessBefore":
                    guard kv.count == 2 else { throw error("unlessBefore= needs words, e.g. unlessBefore=ما|مما") }
                    pattern.unlessPrevious = CueWords.set(kv[1].split(separator: "|").map(String.init))
                case "unlessGap":
                    guard kv.count == 2 else { throw error("unlessGap= needs words, e.g. unlessGap=أن|انتهاء") }
                    pattern.unlessGap = CueWords.set(kv[1].split(separator: "|").map(String.init))
                case "symmetric": pattern.symmetric = true
                case "weak": pattern.weak = true
                case "dyadic": pattern.dyadic = true
                case "reported": pattern.reported = true
                case "occurrence": pattern.occurrenceOnly = true
                case "circumstantial": pattern.circumstantial = true
                case "verbal": pattern.verbalByPersons = true
                case "seizure": pattern.seizure = true
                case "crowd": pattern.crowd = true
                case "alongside": pattern.alongside = true
                case "subject": pattern.subjectGap = true
                case "light": pattern.lightVerb = true
                case "hosted": pattern.hosted = true
                case "refugees": pattern.refugees = true
                case "court": pattern.court = true
                case "custody": pattern.custody = true
                case "open": pattern.open = true
                case "hamza": pattern.needsHamza = true
                case "object": pattern.objectLast = true
                case "agentive": pattern.agentive = true
                case "says": pattern.says = true
                case "pronoun": pattern.pronounObject = true
                default: throw error("unknown option \"\(option)\"")
                }
            }
        }
        lexicon.add(phrase, verbFirst: startsWithVerb)
        patterns.append(pattern)
    }
}

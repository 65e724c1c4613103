public import Foundation
public import MarsadCore
public import MarsadText

/// The cue words of the coder that are vocabulary rather than grammar (`Resources/cues.ar.txt`): words that
/// tell an act around them as background, a plan, a possibility or a reaction rather than a report, and words
/// that tell it as done.
///
/// ```swift
/// let cues = try CueVocabulary(text: "[toll]\nقتل اصيب\n…", file: "cues.txt")   // every section is required
/// ```
///
/// Each list is a table of folded word forms, looked up through the word analysis like the trigger words.
public struct CueVocabulary: Sendable {
    /// Verbs of a toll («قتل 20 شخصا»): with a number after them, an act of force in the sentence took place.
    public private(set) var toll: FormTable
    /// The toll verbs that report a death or a wound with no count, as a passive opening its clause («وقتل شخص
    /// بعد تعرضه للضرب»): not those with other common senses («سقط»، «لقي»، «قضى»).
    public private(set) var killed: FormTable
    /// Words marking a plan rather than an act («من المقرر أن»، «يعتزم»).
    public private(set) var plans: FormTable
    /// Words that undo or stop what follows in their clause («ألغى زيارة»، «منعت السلطات مظاهرة»).
    public private(set) var cancellers: FormTable
    /// Words before a verbal noun that make it a possibility («أي هجوم»، «خشية تعرضهم للاغتيال»).
    public private(set) var potential: FormTable
    /// Documents that speak for their issuer («ودعا البيان …»).
    public private(set) var documents: FormTable
    /// Words of aim before an act («تستهدف قمع المعارضة»، «بهدف تفجير»).
    public private(set) var aims: FormTable
    /// Words that make an act the anchor of another in time («بعد الهجوم»، «على خلفية التفجيرات»).
    public private(set) var anchors: FormTable
    /// Words of reaction to an act told elsewhere, or of looking into it («تدين الاعتداء»، «التحقيق في التفجير»).
    public private(set) var reactions: FormTable
    /// Relative verbs after an act's noun that name who did it («نفذها»، «تبنته»).
    public private(set) var perpetrated: FormTable
    /// Words after a trigger that make it a plan («زيارة كانت مقررة»، «اجتماع مرتقب»).
    public private(set) var plannedAfter: FormTable
    /// Nouns of places and things that put the actor after them in the object («ستقصف مواقع حزب الله»).
    public private(set) var objectNouns: FormTable
    /// Words of an unproven claim («زعم أنه تعرض للتعذيب»، «مزاعم اغتصاب»): an act of force or a protest later in
    /// their clause is what someone alleges, not a report.
    public private(set) var claims: FormTable
    /// Nouns of aircraft and air strikes and the adjective «جوي» («طيران التحالف»، «غارة أمريكية»، «عملية جوية»): an
    /// act of military force done by them, or named with them, is an aerial attack (195).
    public private(set) var aerial: FormTable
    /// Words of air defence («الدفاعات»، «مضادات»): an aerial word right after one names the defence, not an attacker.
    public private(set) var airDefence: FormTable
    /// Words that place a meeting ahead («الاجتماع المقبل»، «القمة المرتقبة»، «لقاؤه المقرر»), written whole: a meeting
    /// noun with one of them in the two words after it is an intent to meet (036), not a meeting held.
    public private(set) var ahead: FormTable
    /// Verbs that attribute an act of force to a group named after «إلى» or «لـ» («تفجير نسب إلى تنظيم داعش»).
    public private(set) var attributed: FormTable
    /// Verbs of suspicion that, with «أنه» after an unnamed attacker or an act, name the group it belongs to
    /// («انتحاري يعتقد أنه ينتمي إلى تنظيم داعش»).
    public private(set) var suspected: FormTable
    /// Head nouns of an armed group before its name («لحركة بوكو حرام»، «لطيران التحالف»).
    public private(set) var groupHeads: FormTable
    /// Verbs of holding a place that, with «عليه/عليها» after them, name its holder («قرية تسيطر عليها المعارضة»).
    public private(set) var holding: FormTable
    /// Verbal nouns of taking a place back («لاستعادة المدينة من تنظيم داعش»، «لطرد المتمردين»).
    public private(set) var retaking: FormTable
    /// Verbal nouns of driving a party out of a place («لطرد المتمردين من البلدة»).
    public private(set) var expelling: FormTable
    /// Nouns of a death told after an act of force («أسفرت عن مقتل عشرين من عناصر التنظيم»).
    public private(set) var slain: FormTable
    /// Participles of aim after an act of force («غارات مستهدفة تجمعات المتمردين»).
    public private(set) var aimedAt: FormTable

    /// The section names of the file, in the order the file gives them.
    public static let sections = [
        "toll", "plans", "cancellers", "potential", "documents", "aims", "anchors", "reactions", "perpetrated",
        "plannedAfter", "objectNouns", "claims", "killed", "aerial", "airDefence", "ahead", "attributed", "suspected",
        "groupHeads", "holding", "retaking", "expelling", "slain", "aimedAt",
    ]

    /// Empty lists.
    public init() {
        let empty = FormTable.Builder().build()
        (toll, plans, cancellers, potential, documents, aims) = (empty, empty, empty, empty, empty, empty)
        (anchors, reactions, perpetrated, plannedAfter, objectNouns, claims) = (
            empty, empty, empty, empty, empty, empty
        )
        (killed, aerial, airDefence, ahead, attributed, suspected) = (empty, empty, empty, empty, empty, empty)
        groupHeads = empty
        (holding, retaking, expelling, slain, aimedAt) = (empty, empty, empty, empty, empty)
    }

    /// Reads the lists from a cue file («cues.ar.txt» or a user's own, in the same format).
    public init(contentsOf url: URL) throws(MarsadError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot read cue words: \(error.localizedDescription)", location: url.path)
        }
        try self.init(text: text, file: url.lastPathComponent)
    }

    /// Reads the lists from the text of a cue file: «[section]» lines open a list, other lines hold words
    /// separated by spaces, «#» starts a comment line. Errors name the file and line.
    public init(text: String, file: String) throws(MarsadError) {
        var words: [String: [UInt64]] = [:]
        for section in try SectionedWordList(text: text, file: file).sections {
            guard Self.sections.contains(section.name) else {
                throw MarsadError(
                    .invalidInput, "unknown section [\(section.name)]", location: "\(file):\(section.line)")
            }
            words[section.name, default: []] += section.words
        }
        if let missing = Self.sections.first(where: { words[$0] == nil }) {
            throw MarsadError(.invalidInput, "missing section [\(missing)]", location: file)
        }
        func table(_ name: String) -> FormTable {
            var builder = FormTable.Builder()
            for h in words[name] ?? [] { builder.add(h, entry: 0) }
            return builder.build()
        }
        toll = table("toll")
        plans = table("plans")
        cancellers = table("cancellers")
        potential = table("potential")
        documents = table("documents")
        aims = table("aims")
        anchors = table("anchors")
        reactions = table("reactions")
        perpetrated = table("perpetrated")
        plannedAfter = table("plannedAfter")
        objectNouns = table("objectNouns")
        claims = table("claims")
        killed = table("killed")
        aerial = table("aerial")
        airDefence = table("airDefence")
        ahead = table("ahead")
        attributed = table("attributed")
        suspected = table("suspected")
        groupHeads = table("groupHeads")
        holding = table("holding")
        retaking = table("retaking")
        expelling = table("expelling")
        slain = table("slain")
        aimedAt = table("aimedAt")
    }
}

import MarsadCore
import MarsadText

extension EventCoder {
    /// Whether a verb of force describes an act just named by a noun the coder set aside as background or as
    /// reacted to: «في أعقاب هجوم انتحاري استهدف مدرسة»، «قبل الهجوم الإرهابي الذي استهدف الولايات المتحدة». The verb
    /// is the noun's relative clause (after «الذي/التي», or right after an indefinite noun and its adjectives), so it
    /// tells the same act and is background with it.
    ///
    /// `blockedAct` is the last noun trigger of an act of force in the sentence that ``isBlocked(_:_:_:)`` set aside.
    func describesBlockedAct(_ hit: Hit, after blockedAct: Hit?, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard let act = blockedAct, hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root) else {
            return false
        }
        let start = hit.tokens.lowerBound
        // Up to three words between the noun and the verb: adjectives («الإرهابي»، «الانتحاري») and the relative pronoun.
        guard start >= act.tokens.upperBound, start - act.tokens.upperBound <= 3 else { return false }
        for t in act.tokens.upperBound..<start where doc.tokens[t].kind != .word { return false }
        if start > act.tokens.upperBound && opensRelativeClause(start - 1, doc) { return true }
        // Without a relative pronoun the clause qualifies only an indefinite noun, right after it or after one
        // adjective («هجوم انتحاري استهدف»); after a definite noun («بعد الهجوم قصفت …») or a longer genitive («ضحايا تفجير
        // خان بني سعد اقتحموا …») the verb opens a new clause with its own subject.
        guard start - act.tokens.upperBound <= 1, !act.analysis.proclitics.contains(.al) else { return false }
        // An actor between them is the verb's subject: «بعد هجوم مسلحين قتلوا …» is a new act.
        return !context.mentions.contains(where: { $0.tokens.contains(start - 1) && start > act.tokens.upperBound })
    }

    /// Whether a verb of aim is followed right away by the verbal noun of another act («تستهدف قمع المعارضة»،
    /// «يستهدف اغتيال قادة»): it tells what someone means to do, not an act of force of its own.
    func isAimOfNextAct(_ k: Int, _ hits: [Hit], _ doc: Document) -> Bool {
        let hit = hits[k]
        // NB: not before a weapon («قبل أن تستهدف بقنابل يدوية»: was targeted with grenades).
        guard hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root), k + 1 < hits.count,
            hits[k + 1].tokens.lowerBound == hit.tokens.upperBound, !hits[k + 1].analysis.proclitics.contains(.bi)
        else { return false }
        return hasAnalysis(hit.tokens.lowerBound, in: triggers.cues.aims, doc)
    }

    /// Roots of acts of force: assault (18), fight (19), mass violence (20).
    static func isForce(_ root: String) -> Bool { root == "18" || root == "19" || root == "20" }
}

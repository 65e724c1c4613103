import MarsadCore
import MarsadText

extension EventCoder {
    /// Whether a verb of force describes an act just named by a noun the coder set aside as background: «في أعقاب هجوم
    /// انتحاري استهدف مدرسة»، «قبل الهجوم الإرهابي الذي استهدف الولايات المتحدة». The verb
    /// is the noun's relative clause (after «الذي/التي», or right after an indefinite noun and its adjectives), so it
    /// tells the same act and is background with it.
    ///
    /// `blockedAct` is the last noun trigger of an act of force in the sentence that ``isBlocked(_:_:_:)`` set aside.
    func describesBlockedAct(_ hit: Hit, after blockedAct: Hit?, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard let act = blockedAct, hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root) else {
            return false
        }
        // NB: not after a reaction («أدانت الكويت التفجير الإرهابي الذي استهدف مسجدا … اليوم»): the reaction names the act
        // without telling it, so its relative verb is where the act is told (the dev gold codes such an act once).
        if isReactedTo(act, context, doc) { return false }
        return describesAct(hit, act: act, context, doc)
    }

    /// Whether a verb of force right after the noun of an act of force describes it: after a relative pronoun
    /// («التفجير الذي استهدف مسجدا»), or right after an indefinite noun or its one adjective («هجوم انتحاري استهدف
    /// مركزا»), with no actor of its own between them.
    func describesAct(_ hit: Hit, act: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root) else { return false }
        let start = hit.tokens.lowerBound
        // Up to three words between the noun and the verb: adjectives («الإرهابي»، «الانتحاري») and the relative pronoun.
        guard start >= act.tokens.upperBound, start - act.tokens.upperBound <= 3 else { return false }
        for t in act.tokens.upperBound..<start where doc.tokens[t].kind != .word { return false }
        if start > act.tokens.upperBound && opensRelativeClause(start - 1, doc) { return true }
        // Without a relative pronoun the clause qualifies only an indefinite noun, right after it or after one
        // adjective («هجوم انتحاري استهدف»); after a definite noun («بعد الهجوم قصفت …») or a longer genitive («ضحايا تفجير
        // خان بني سعد اقتحموا …») the verb opens a new clause with its own subject.
        guard start - act.tokens.upperBound <= 1, act.analysis.encliticLength == 0 else { return false }
        // NB: the whole phrase indefinite: «وبعد تحريرها للمواقع الأمامية توغلت» is a definite noun and a new clause.
        for t in act.tokens.lowerBound..<start where isDefinite(t, doc) { return false }
        // An actor between them is the verb's subject: «بعد هجوم مسلحين قتلوا …» is a new act.
        return !context.mentions.contains(where: { $0.tokens.contains(start - 1) && start > act.tokens.upperBound })
    }

    /// Whether a word of reaction («أدانت»، «استنكار»، «ضحايا») stands up to six words before a noun act in its clause.
    func isReactedTo(_ act: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        let lower = doc.sentences[context.index].tokens.lowerBound
        for back in 1...6 where act.tokens.lowerBound - back >= lower {
            let t = act.tokens.lowerBound - back
            if doc.tokens[t].kind == .punctuation { return false }
            if hasAnalysis(t, in: triggers.cues.reactions, doc) { return true }
        }
        return false
    }

    /// Whether a verb of aim is followed right away by the verbal noun of another act («تستهدف قمع المعارضة»،
    /// «يستهدف اغتيال قادة»): it tells what someone means to do, not an act of force of its own.
    func isAimOfNextAct(_ k: Int, _ hits: [Hit], _ doc: Document) -> Bool {
        let hit = hits[k]
        // NB: the object is a verbal noun in the construct state («قمع المعارضة»): not a weapon («قبل أن تستهدف بقنابل
        // يدوية»: was targeted with grenades), nor a definite noun, which is the verb's subject («أن يستهدف القصف قوات»).
        guard hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root), k + 1 < hits.count,
            hits[k + 1].tokens.lowerBound == hit.tokens.upperBound, !hits[k + 1].analysis.proclitics.contains(.bi),
            !isDefinite(hits[k + 1].tokens.lowerBound, doc)
        else { return false }
        return hasAnalysis(hit.tokens.lowerBound, in: triggers.cues.aims, doc)
    }

    /// Whether a generic noun of force (180, 190) is followed right away by «بـ» and a more precise act of force
    /// («هجوم بشاحنة مفخخة»، «اعتداء بقنبلة»): one act, named by its means; the precise one is coded.
    func isNamedByNextAct(_ k: Int, _ hits: [Hit], _ doc: Document) -> Bool {
        let hit = hits[k]
        guard !hit.pattern.startsWithVerb, hit.pattern.code.isGenericForce, k + 1 < hits.count else { return false }
        let next = hits[k + 1]
        return next.tokens.lowerBound == hit.tokens.upperBound && next.analysis.proclitics.contains(.bi)
            && !next.pattern.startsWithVerb && Self.isForce(next.pattern.code.root)
            && next.pattern.code.code != hit.pattern.code.code
    }

    /// Whether a token can be read with the article «ال» («الأمامية»، «بالقصف»).
    func isDefinite(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where doc.candidates[c].proclitics.contains(.al) { return true }
        return false
    }

    /// Roots of acts of force: assault (18), fight (19), mass violence (20). NB: compared, not hashed into a set:
    /// asked for every trigger and event.
    static func isForce(_ root: String) -> Bool { root == "18" || root == "19" || root == "20" }
}

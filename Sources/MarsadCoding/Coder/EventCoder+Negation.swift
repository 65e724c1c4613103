import MarsadCore
import MarsadText

extension EventCoder {
    /// Whether a sentence has a word of one's own opinion in the first person singular («أعتقد»، «أظن»، «برأيي»، «في
    /// رأيي»، «باعتقادي»). NB: folded, «أعتقد» is «اعتقد» (he believed), so a verb counts only with its hamza written.
    /// NB: a quotation opened after the trigger holds someone's words; the opinion in it is not the report's («ندد
    /// كاميرون بالاتحاد قائلا: «في رأيي …»»: the denunciation is news).
    func givesOwnOpinion(_ sentence: Sentence, _ doc: Document, after trigger: Int) -> Bool {
        var quoted = false
        for t in sentence.tokens {
            if t > trigger && doc.isOpeningQuote(t) { quoted = true }
            guard !quoted, doc.tokens[t].kind == .word else { continue }
            let h = wholeForm(t, doc)
            if CueWords.myOpinion.contains(h) { return true }
            if CueWords.iThink.contains(h) && TriggerFinder.writesHamza(doc.text, doc.tokens[t].span) { return true }
        }
        return false
    }

    /// Whether a trigger reports something that did not (yet) happen: negated («لم يوقع»، «عدم التوقيع»),
    /// denied («نفى أن يكون التقى»), hypothetical («إذا هاجمت»، «قد يهاجم») or only planned («سيزور»).
    ///
    /// NB: «نفى» itself is CAMEO 016 and «رفض» is 12x: those patterns are not blocked by their own word.
    /// With `reactedTo`, the act is the object of a reaction coded already («شجب الوزير التفجير»): the word of
    /// reaction before it does not make it background (see ``reactedActEvents(_:reaction:_:_:)``).
    func isBlocked(_ hit: Hit, _ doc: Document, _ sentence: Sentence, reactedTo: Bool = false) -> Bool {
        let first = hit.tokens.lowerBound
        let lower = sentence.tokens.lowerBound
        let root = hit.pattern.code.root
        func hash(_ t: Int) -> UInt64 { wholeForm(t, doc) }
        func has(_ t: Int, _ set: FormTable) -> Bool { hasAnalysis(t, in: set, doc) }
        // Future: «سيزور», «سوف يزور» — a plan, not an event (intent codes 03 are about plans anyway; a
        // future visit or meeting was recoded as 036 by the trigger finder).
        if root != "03" && root != "13" && isFuture(hit.analysis, at: first, doc) { return true }
        // «وأعتقد أن الوزارة ليست غافلة عن هؤلاء»، «الاتفاق برأيي كارثي»: a sentence that gives an opinion in the first
        // person singular argues; the acts it names are its argument, not news.
        if root != "01" && givesOwnOpinion(sentence, doc, after: first) { return true }
        // «قيد الاعتقال»: a verbal noun after «قيد» names a state, not an act.
        if !hit.pattern.startsWithVerb && first > lower && hash(first - 1) == CueWords.under { return true }
        // «يعرض المرأة إلى عقوبة الإعدام»: a penalty named, not carried out («نفذت عقوبة الإعدام» is a pattern of its own).
        if !hit.pattern.startsWithVerb && first > lower && CueWords.penalty.contains(hash(first - 1)) { return true }
        // «تحتفل بالذكرى الثالثة لمأساة اختطاف الرهائن»: an act's noun after «ذكرى» (an ordinal and a noun between) is
        // what an anniversary recalls, not a report.
        if !hit.pattern.startsWithVerb {
            for back in 1...4 where first - back >= lower {
                let t = first - back
                if doc.tokens[t].kind == .punctuation { break }
                if has(t, CueWords.anniversary) { return true }
            }
        }
        // «نقل المصابين من ميدان المعركة»، «في ساحة المعركة»: the battlefield is a place, not a battle told.
        if root == "19" && !hit.pattern.startsWithVerb && first > lower && has(first, CueWords.battles)
            && has(first - 1, CueWords.fieldOf)
        {
            return true
        }
        // «لكثرة ما شهدته من عمليات خطف وقتل»، «دوامة القتل وأعمال الخطف»: an act's noun right after «عمليات»/«أعمال»
        // names a kind of act, not one act; unless a verb tells them as done («نفذت عمليات قصف») or they are the cause
        // of a toll («قتلوا في عمليات قصف»).
        if !hit.pattern.startsWithVerb && first > lower && CueWords.operations.contains(hash(first - 1)) {
            let t = first - 2
            let told =
                t >= lower && doc.tokens[t].kind == .word
                && (has(t, CueWords.supportVerbs) || has(t, CueWords.lightVerbs) || has(t, CueWords.causes))
            if !told { return true }
        }
        // «حضر الاستقبال فلان»: the attendance at a meeting already told.
        if !hit.pattern.startsWithVerb && first > lower && has(first - 1, CueWords.attended) { return true }
        // «أي هجوم»، «لمنع وقوع هجمات»: a verbal noun named as a possibility. Right after such a word written whole
        // a verb-first pattern is a verbal noun too («بصدد شن هجوم»، «خيار شن هجوم»); not after one with a suffix,
        // which ends its phrase («ولدى محاولة قوات الأمن إيقافه فجر نفسه»).
        if hit.pattern.startsWithVerb {
            if first > lower && doc.tokens[first - 1].kind == .word && triggers.cues.potential.contains(hash(first - 1))
            {
                return true
            }
            // «أما الخيار الثالث، فهو شن هجوم»: after «هو»/«تم» the verb's word is a verbal noun, and a word of
            // possibility up to two words before that (over a comma) names it as one, as it would a noun. NB: not a
            // present form, which is no verbal noun («فهو يقول»: he says).
            if first > lower, doc.tokens[first - 1].kind == .word, has(first - 1, CueWords.nounIntroducers),
                !isPresentTense(hit, doc)
            {
                var words = 0
                var t = first - 2
                while t >= lower && words < 2 {
                    if doc.tokens[t].kind == .word {
                        if has(t, triggers.cues.potential) { return true }
                        words += 1
                    } else if !isArabicComma(t, doc) {
                        break
                    }
                    t -= 1
                }
            }
            // «للمساعدة في صد أي هجوم»، «لن تشن أي هجمات»: the object of a phrase after «أي» is any act, not one. NB: not a
            // threat («ستتصدى القوات لأي محاولة»: the trigger finder made it one).
            let last = hit.tokens.upperBound - 1
            if root != "13", last - 1 > first, doc.tokens[last - 1].kind == .word,
                CueWords.anyOf.contains(hash(last - 1))
            {
                return true
            }
        } else {
            for back in 1...3 where first - back >= lower {
                let t = first - back
                if doc.tokens[t].kind == .punctuation { break }
                if has(t, triggers.cues.potential) { return true }
            }
        }
        // «بعد الهجوم»، «تدين الاعتداء»، «ضحايا التفجيرات»: an act of force or a protest named as the anchor of
        // another act or as what others react to is told elsewhere, or is background. Not as the cause of a toll
        // told before it («قتل 11 جنديا إثر ضربة جوية»).
        if !reactedTo && !hit.pattern.startsWithVerb && Self.occurrenceRoots.contains(root) {
            let doerNamed = doerVerb(after: hit, before: sentence.tokens.upperBound, doc) != nil
            // A word of reaction may have its subject between it and the act («ونددت وزارة الخارجية بالتفجير»).
            for back in 1...6 where first - back >= lower {
                let t = first - back
                if doc.tokens[t].kind == .punctuation { break }
                if has(t, triggers.cues.reactions) { return true }
                guard back <= 2, has(t, triggers.cues.anchors), !doerNamed else { continue }
                if has(t, CueWords.causes) && harm(before: t, sentence, doc) != nil { break }
                // «قتلوا بعد تفجيرين»: «بعد» right after a toll verb (up to two words between) names its cause.
                if hash(t) == CueWords.after
                    && (max(lower, t - 3)..<t).contains(where: {
                        doc.tokens[$0].kind == .word && has($0, triggers.cues.toll)
                    })
                {
                    break
                }
                return true
            }
        }
        // «تستهدف قمع المعارضة»، «بهدف تفجير»: an act named as an aim (up to two words before, «إلى» between).
        for back in 1...2 where first - back >= lower {
            let t = first - back
            if doc.tokens[t].kind == .punctuation { break }
            if has(t, triggers.cues.aims) { return true }
            // «كي يقوم بهجمات»، «كي يشن هجوما»: the bare «كي» before a present verb is "so that" (not «بان كي مون»).
            if hash(t) == CueWords.kay, startsPresentVerb(t + 1, doc) { return true }
        }
        // Negators right before (one word may intervene: «لم يتم التوقيع»).
        // «طلب منها ألا تبادر إلى الهجوم»، «لم تلجأ إلى القصف»: a negated verb whose «إلى»/«على» takes the act's noun.
        // NB: not «عن», after which a negated verb of stopping affirms («لا يتوقفون عن التحريض»: they keep inciting).
        let afterPreposition = first > lower && CueWords.towards.contains(hash(first - 1))
        for back in 1...3 where first - back >= lower && (back < 3 || afterPreposition) {
            let t = first - back
            if doc.tokens[t].kind == .punctuation { break }
            // «لا تزال تعتقل»: the negator belongs to «تزال», and the two mean "still".
            if has(t, CueWords.still) { break }
            if has(t, CueWords.verbNegators) { return true }
            // «ألا تبادر»: "that … not" before a present verb (not «إلا»، "except", spelled the same when folded).
            if hash(t) == CueWords.anLa, startsPresentVerb(t + 1, doc) { return true }
            // «عدم التوقيع»، «عدم تكرار القصف»: a noun negator; but «طائرة بدون طيار بإطلاق صاروخ» is a drone.
            if has(t, CueWords.nounNegators) && !(back >= 2 && has(t + 1, CueWords.pilot)) { return true }
            if back == 1 && CueWords.qadForms.contains(hash(t)) && !hit.pattern.startsWithVerb { continue }
            if back == 1 && CueWords.qadForms.contains(hash(t)) && isPresentTense(hit, doc) { return true }
        }
        // Denial, condition or plan earlier in the same clause (up to the last comma-free stretch of 8 words); for an
        // act of force or a protest, a claim too («زعم أنه تعرض للتعذيب»: alleged, not reported).
        // NB: a claim only within the comma-free stretch («على حد مزاعمهم، ووقعت مواجهات عنيفة» reports the clashes).
        var claimed = Self.occurrenceRoots.contains(root)
        var t = first - 1
        var steps = 0
        while t >= lower && steps < 8 {
            if doc.tokens[t].kind == .punctuation {
                claimed = false
                let b = doc.normalized[Int(doc.tokens[t].normalized.lowerBound)]
                if b == 0x2E || b == 0x3A { break }  // full stop, colon
            } else {
                if root != "01", has(t, CueWords.deniers) { return true }
                // «لا يوجد أدلة دامغة على أن دمشق تدعم الإرهاب»: no evidence that it happened denies it. NB: only over
                // «أن» («لم تجد أي دليل على وجود تلاعب وأجرت محادثات»: the next clause is told as done).
                if root != "01", has(t, CueWords.evidence),
                    (t + 1..<first).contains(where: { CueWords.complementizers.contains(hash($0)) }),
                    (max(lower, t - 3)..<t).contains(where: {
                        doc.tokens[$0].kind == .word
                            && (has($0, CueWords.verbNegators) || has($0, CueWords.nounNegators))
                    })
                {
                    return true
                }
                if has(t, CueWords.conditionals) { return true }
                if root != "03", has(t, triggers.cues.plans) { return true }
                if has(t, triggers.cues.cancellers) { return true }
                if claimed, has(t, triggers.cues.claims) { return true }
            }
            t -= 1
            steps += 1
        }
        // «نفى المصدر صحة تقارير حكومية تفيد بأن مساعد الوزير السابق عذب»: a denier whose object (up to five words on)
        // names the report denies all of it, to the end of the sentence. NB: on from where the loop above stopped
        // (it returned at any denier before that).
        if root != "01" {
            while t >= lower {
                if doc.tokens[t].kind == .punctuation {
                    let b = doc.normalized[Int(doc.tokens[t].normalized.lowerBound)]
                    if b == 0x2E || b == 0x3A { break }  // full stop, colon
                } else if has(t, CueWords.deniers),
                    (t + 1..<min(first, t + 6)).contains(where: {
                        doc.tokens[$0].kind == .word && has($0, CueWords.deniedReports)
                    })
                {
                    return true
                }
                t -= 1
            }
        }
        // «زيارة كانت مقررة»: a plan, not an act.
        let upper = sentence.tokens.upperBound
        // «اعتصم بالصمت»، «تظاهرة ثقافية»: a word after the trigger that gives it another sense.
        if let unless = hit.pattern.unlessNext, hit.tokens.upperBound < upper,
            doc.tokens[hit.tokens.upperBound].kind == .word, has(hit.tokens.upperBound, unless)
        {
            return true
        }
        // «أعلن الأكراد انتهاء الهدنة»: a word in a phrase's gap that gives it another sense drops the phrase in the
        // trigger finder (option `unlessGap`).
        // «ما يدعو إلى الشك»، «بدا حذرا»: a word right before the trigger, as written (so «كما دعا» is not «ما»), that
        // gives it another sense.
        if let unless = hit.pattern.unlessPrevious, first > lower, doc.tokens[first - 1].kind == .word,
            unless.contains(hash(first - 1))
        {
            return true
        }
        for t in hit.tokens.upperBound..<min(upper, hit.tokens.upperBound + 3) where doc.tokens[t].kind == .word {
            if has(t, triggers.cues.plannedAfter) { return true }
        }
        return false
    }

    /// The relative verb right after a noun trigger that names its doer («ضربة جوية نفذها الجيش»), within
    /// four words, before any punctuation and before token `limit` (the end of the sentence, where it is known).
    func doerVerb(after hit: Hit, before limit: Int, _ doc: Document) -> Int? {
        doerVerb(from: hit.tokens.upperBound, before: limit, doc)
    }

    /// `doerVerb` for a noun that ends before token `end`.
    func doerVerb(from end: Int, before limit: Int, _ doc: Document) -> Int? {
        for t in end..<min(limit, end + 4) {
            if doc.tokens[t].kind == .punctuation { return nil }
            if hasAnalysis(t, in: triggers.cues.perpetrated, doc) { return t }
        }
        return nil
    }

    /// Whether a token is spelled as a present verb: it starts with a prefix of the present («يقوم»، «تشن»، «نقوم»).
    /// NB: spelling only, for the word right after a particle that takes a verb («كي»).
    func startsPresentVerb(_ t: Int, _ doc: Document) -> Bool {
        guard t < doc.tokens.count, doc.tokens[t].kind == .word else { return false }
        let r = doc.tokens[t].normalized
        guard r.count >= 2 else { return false }
        let (a, b) = (doc.normalized[Int(r.lowerBound)], doc.normalized[Int(r.lowerBound) + 1])
        // ي (D9 8A), ت (D8 AA), ن (D9 86), read from the bytes.
        return (a == 0xD9 && (b == 0x8A || b == 0x86)) || (a == 0xD8 && b == 0xAA)
    }

    /// Whether one of the two words after a meeting's noun places it ahead («الاجتماع المقبل»، «لقاؤه المرتقب»،
    /// «القمة الخليجية المقبلة»). NB: words only: a comma or a full stop ends the noun's phrase.
    func isAhead(after t: Int, _ end: Int, _ doc: Document) -> Bool {
        var i = t
        while i < min(t + 2, end), doc.tokens[i].kind == .word {
            if triggers.cues.ahead.contains(wholeForm(i, doc)) { return true }
            i += 1
        }
        return false
    }

    /// «الجولة المقبلة من محادثات السلام»: a round of talks named ahead before the meeting's noun and «من» (the word
    /// of time right after the round's noun).
    func isRoundAhead(before t: Int, _ start: Int, _ doc: Document) -> Bool {
        guard t - 3 >= start, wholeForm(t - 1, doc) == CueWords.man, triggers.cues.ahead.contains(wholeForm(t - 2, doc))
        else { return false }
        return doc.tokens[t - 3].kind == .word
    }

    /// Whether the trigger word carries the future marker «سـ» or follows «سوف».
    func isFuture(_ analysis: WordCandidate, at first: Int, _ doc: Document) -> Bool {
        if analysis.proclitics.contains(.sa) { return true }
        guard first > 0 else { return false }
        return doc.candidates[Int(doc.tokens[first - 1].candidates.lowerBound)].hash == CueWords.sawfa
    }

    /// A verb trigger in the present tense (begins with ي ت ن and is not one of the verb's past forms).
    func isPresentTense(_ hit: Hit, _ doc: Document) -> Bool {
        guard hit.pattern.startsWithVerb, !hit.pattern.pastForms.contains(hit.analysis.hash) else { return false }
        let b = doc.normalized[
            Int(hit.analysis.stem.lowerBound)..<min(Int(hit.analysis.stem.lowerBound) + 2, doc.normalized.count)]
        let first = String(decoding: b, as: UTF8.self)
        return ["ي", "ت", "ن"].contains(first)
    }
}

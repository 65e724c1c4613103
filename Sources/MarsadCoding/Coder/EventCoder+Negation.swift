import MarsadCore

extension EventCoder {
    /// Whether a trigger reports something that did not (yet) happen: negated («لم يوقع»، «عدم التوقيع»),
    /// denied («نفى أن يكون التقى»), hypothetical («إذا هاجمت»، «قد يهاجم») or only planned («سيزور»).
    ///
    /// NB: «نفى» itself is CAMEO 016 and «رفض» is 12x: those patterns are not blocked by their own word.
    func isBlocked(_ hit: Hit, _ doc: Document, _ sentence: Sentence) -> Bool {
        let first = hit.tokens.lowerBound
        let lower = sentence.tokens.lowerBound
        let root = hit.pattern.code.root
        func hash(_ t: Int) -> UInt64 { doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash }
        // NB: a lazy view, not an array: this runs for every word around every trigger.
        func stemHashes(_ t: Int) -> LazyMapSequence<Range<Int>, UInt64> {
            let r = doc.tokens[t].candidates
            return (Int(r.lowerBound)..<Int(r.upperBound)).lazy.map { doc.candidates[$0].hash }
        }
        // Future: «سيزور», «سوف يزور» — a plan, not an event (intent codes 03 are about plans anyway; a
        // future visit or meeting was recoded as 036 by the trigger finder).
        if root != "03" && root != "13" && isFuture(hit.analysis, at: first, doc) { return true }
        // «قيد الاعتقال»: a verbal noun after «قيد» names a state, not an act.
        if !hit.pattern.startsWithVerb && first > lower && hash(first - 1) == CueWords.under { return true }
        // «أي هجوم»، «لمنع وقوع هجمات»: a verbal noun named as a possibility.
        if !hit.pattern.startsWithVerb {
            for back in 1...3 where first - back >= lower {
                let t = first - back
                if doc.tokens[t].kind == .punctuation { break }
                if stemHashes(t).contains(where: { CueWords.potential.contains($0) }) { return true }
            }
        }
        // Negators right before (one word may intervene: «لم يتم التوقيع»).
        for back in 1...2 where first - back >= lower {
            let t = first - back
            if doc.tokens[t].kind == .punctuation { break }
            let hashes = stemHashes(t)
            if hashes.contains(where: { CueWords.verbNegators.contains($0) || CueWords.nounNegators.contains($0) }) {
                return true
            }
            if back == 1 && hashes.first == CueWords.qad && !hit.pattern.startsWithVerb { continue }
            if back == 1 && hashes.first == CueWords.qad && isPresentTense(hit, doc) { return true }
        }
        // Denial, condition or plan earlier in the same clause (up to the last comma-free stretch of 8 words).
        var t = first - 1
        var steps = 0
        while t >= lower && steps < 8 {
            if doc.tokens[t].kind == .punctuation {
                let b = doc.normalized[Int(doc.tokens[t].normalized.lowerBound)]
                if b == 0x2E || b == 0x3A { break }  // full stop, colon
            } else {
                let hashes = stemHashes(t)
                if root != "01", hashes.contains(where: { CueWords.deniers.contains($0) }) { return true }
                if hashes.contains(where: { CueWords.conditionals.contains($0) }) { return true }
                if root != "03", hashes.contains(where: { CueWords.plans.contains($0) }) { return true }
                if hashes.contains(where: { CueWords.cancellers.contains($0) }) { return true }
            }
            t -= 1
            steps += 1
        }
        // «زيارة كانت مقررة»: a plan, not an act.
        let upper = sentence.tokens.upperBound
        for t in hit.tokens.upperBound..<min(upper, hit.tokens.upperBound + 3) where doc.tokens[t].kind == .word {
            if stemHashes(t).contains(where: { CueWords.plannedAfter.contains($0) }) { return true }
        }
        return false
    }

    /// Whether the trigger word carries the future marker «سـ» or follows «سوف».
    func isFuture(_ analysis: WordCandidate, at first: Int, _ doc: Document) -> Bool {
        if analysis.proclitics.contains(.sa) { return true }
        guard first > 0 else { return false }
        return doc.candidates[Int(doc.tokens[first - 1].candidates.lowerBound)].hash == CueWords.sawfa
    }

    /// A verb trigger in the present tense (begins with ي ت ن أ and is not the past form).
    func isPresentTense(_ hit: Hit, _ doc: Document) -> Bool {
        guard hit.pattern.startsWithVerb else { return false }
        let b = doc.normalized[
            Int(hit.analysis.stem.lowerBound)..<min(Int(hit.analysis.stem.lowerBound) + 2, doc.normalized.count)]
        let first = String(decoding: b, as: UTF8.self)
        return ["ي", "ت", "ن"].contains(first)
    }
}

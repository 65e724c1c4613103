import MarsadCore

extension EventCoder {
    /// «طالبت جبهة النصرة … بالإفراج عن خمس نساء»، «دعا التحالف أنصاره إلى الاحتشاد غدا»: an act named with «بـ» or right
    /// after «إلى», after an appeal or a demand (02, 10) earlier in its clause, is what is asked for, not an act done
    /// (the appeal is coded; its content is not another event).
    func isAppealContent(_ k: Int, _ hits: [Hit], _ doc: Document) -> Bool {
        let hit = hits[k]
        guard !Self.speechRoots.contains(hit.pattern.code.root) else { return false }
        let first = hit.tokens.lowerBound
        let asked =
            hit.analysis.proclitics.contains(.bi)
            || (first > 0 && doc.tokens[first - 1].kind == .word && wholeForm(first - 1, doc) == CueWords.ila)
        guard asked,
            let appeal = hits[..<k].last(where: { Self.appealRoots.contains($0.pattern.code.root) }),
            appeal.tokens.upperBound <= first, first - appeal.tokens.upperBound <= Self.appealReach
        else { return false }
        return !(appeal.tokens.upperBound..<first).contains { t in
            doc.tokens[t].kind == .punctuation && isClauseEnd(t, doc)
        }
    }

    /// Appeals (02) and demands (10).
    static let appealRoots: [String] = ["02", "10"]
    /// How far (in tokens) after an appeal what it asks for may be named («طالبت جبهة النصرة التي تحتجز … بالإفراج»).
    static let appealReach = 14
}

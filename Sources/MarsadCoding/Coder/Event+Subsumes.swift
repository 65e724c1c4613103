import MarsadCore

extension Event {
    /// How many of source and target are known.
    var actorCount: Int { (source == nil ? 0 : 1) + (target == nil ? 0 : 1) }

    /// Whether this event reports the same act as `other`, an event of the same root with fewer or the same
    /// actors: every actor `other` names is this event's too («قصفت الطائرات التركية مواقع الحزب» subsumes «القصف»
    /// with no actor). NB: with the same actors, `other` is subsumed when its code is no more specific.
    /// An act of force named only by its family and with no actor («وأسفر الهجوم عن»: 190) is the same act as a
    /// more precise one of another force root too («هجوم انتحاري» 1831).
    func subsumes(_ other: Event) -> Bool {
        guard
            code.root == other.code.root
                || (other.isGenericForce && other.actorCount == 0 && EventCoder.isForce(code.root)),
            other.actorCount <= actorCount
        else { return false }
        if let s = other.source, s.actor != source?.actor { return false }
        if let t = other.target, t.actor != target?.actor { return false }
        return other.actorCount < actorCount || other.code.code.count <= code.code.count
    }

    /// A code of force that names only its family: 180, 190, 200.
    var isGenericForce: Bool { code.isGenericForce }
}

extension EventCode {
    /// A code of force that names only its family: 180, 190, 200 («الهجوم»، «الاعتداء»).
    var isGenericForce: Bool { code.count == 3 && code.hasSuffix("0") && EventCoder.isForce(root) }
}

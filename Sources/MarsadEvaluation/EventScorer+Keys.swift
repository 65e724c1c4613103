import MarsadCore

extension EventScorer {
    /// Roots whose source and target are compared without order (consult, appeal, express intent to
    /// cooperate), as in score.py's `SYMMETRIC`.
    static let symmetricRoots: Set<PythonString> = ["04", "05", "06"]

    /// Prefixes of actor codes whose `primary()` part is six letters ("IGOUNO"), not three ("IRN").
    static let organizationPrefixes: Set<PythonString> = ["IGO", "NGO", "IMG", "MNC", "NGM"]

    /// score.py's `primary()`: the country or organization part of an actor code.
    ///
    /// ```swift
    /// EventScorer.primary("IRNGOV")     // "IRN"
    /// EventScorer.primary(" IGOUNO ")   // "IGOUNO" (stripped first)
    /// EventScorer.primary("IGOEUREEC")  // "IGOEUR"
    /// ```
    static func primary(_ actor: PythonString) -> PythonString {
        let code = actor.stripped()
        return organizationPrefixes.contains(code.prefix(3)) ? code.prefix(6) : code.prefix(3)
    }

    /// The matching key of one event at `level`, or `nil` for root 01, which score.py leaves out.
    ///
    /// ```swift
    /// // code "057", source "IRNGOV", target "RUSMIL"
    /// // root: ["05"]; dyad: ["05", "IRN", "RUS"]; full: ["057", "IRNGOV", "RUSMIL"]
    /// ```
    ///
    /// Actors must be strings (`checkActors`) before keys are taken.
    static func key(of event: ScoredEvent, level: ScoreLevel) -> [PythonString]? {
        guard !event.isStatement else { return nil }
        guard level != .root else { return [event.root] }
        var source = actorText(event.source)
        var target = actorText(event.target)
        if level == .dyad {
            source = primary(source)
            target = primary(target)
        }
        if symmetricRoots.contains(event.root) && target < source {
            swap(&source, &target)
        }
        return [level == .dyad ? event.root : event.code, source, target]
    }

    /// score.py's `keys()`: how many times each key occurs among `events`.
    static func keyCounts(_ events: [ScoredEvent], level: ScoreLevel) -> [[PythonString]: Int] {
        var counts: [[PythonString]: Int] = [:]
        for event in events {
            if let key = key(of: event, level: level) {
                counts[key, default: 0] += 1
            }
        }
        return counts
    }

    /// Fails where score.py's `primary()` would call `.strip()` on an actor that is not a string.
    static func checkActors(_ events: [ScoredEvent]) throws(MarsadError) {
        for event in events where !event.isStatement {
            for (role, actor) in [("source", event.source), ("target", event.target)] {
                guard case .string = actor else {
                    throw MarsadError(
                        .invalidInput,
                        "\(role) must be an actor code string (or null), not a \(actor.typeName)",
                        location: event.location)
                }
            }
        }
    }

    private static func actorText(_ actor: PythonValue) -> PythonString {
        if case .string(let text) = actor { return text }
        preconditionFailure("actors are checked before keys are taken")
    }
}

import MarsadText

/// Generates the inflected forms of an Arabic verb from its 3rd-person masculine singular past and present.
///
/// ```swift
/// VerbInflector.forms(past: "اتهم", present: "يتهم")
/// // اتهم اتهمت اتهما اتهموا اتهمتا اتهمنا اتهمتم … يتهم تتهم نتهم اتهم يتهمون يتهمان تتهمون …
/// ```
///
/// Unvocalized passive forms are spelled like the active ones, so they come for free. Object pronouns and
/// proclitics are not generated: the clitic analyzer strips them from the text.
public enum VerbInflector {
    // NB: only the persons news uses: third person, and «نا»/«ن» for quoted "we". Second-person and
    // feminine-plural endings (تم، ن، ين) and the first-person singular prefix (أ) mostly collide with
    // other words («الاثنين» = «اثنى» + «ن»; «أسلحة» = «أ» + «سلح» + «ة»).
    static let pastSuffixes = ["", "ت", "ا", "وا", "تا", "نا"]
    static let presentSuffixes = ["", "ون", "ان", "وا"]
    static let presentPrefixes = ["ي", "ت", "ن"]

    /// The first-person plural forms («طالبنا»، «نطالب»), which quoted statements use.
    public static func firstPersonForms(past: [String], present: [String]) -> [String] {
        var out: [String] = []
        if let p = past.first.map(FoldedText.fold), !p.isEmpty { out.append(p + "نا") }
        if let q = present.first.map(FoldedText.fold), q.count >= 3 {
            out.append("ن" + (q.first == "ي" ? String(q.dropFirst()) : q))
        }
        return out
    }

    /// The third-person masculine plural past forms («طالبوا»، «دعوا»، «التقوا»): a verb that carries its plural
    /// subject, which therefore came before it; an actor after it is its object. NB: not the present, which mostly
    /// describes what a group keeps doing («لا يزالون يستهدفون …»).
    public static func pluralForms(past: [String]) -> [String] {
        guard let p = past.first.map(FoldedText.fold), !p.isEmpty else { return [] }
        // «اعتقلوهم»: before an object pronoun the plural ending is written without its alef.
        var out = [p + "وا", p + "و"]
        if let last = p.last, last == "ي" || last == "ا" {
            out.append(contentsOf: [String(p.dropLast()) + "وا", String(p.dropLast()) + "و"])
        }
        return out
    }

    /// Inflects the first past and present forms; further alternatives (irregular forms such as «التقوا»)
    /// are kept as written.
    public static func forms(past: [String], present: [String]) -> [String] {
        var out: [String] = past.dropFirst().map(FoldedText.fold) + present.dropFirst().map(FoldedText.fold)
        for p in past.prefix(1).map(FoldedText.fold) where !p.isEmpty {
            for s in pastSuffixes { out.append(p + s) }
            // Weak final letter (التقى، دعا، أجرى): التقت، التقوا، دعت، دعوا.
            if let last = p.last, last == "ي" || last == "ا" {
                let stem = String(p.dropLast())
                out.append(contentsOf: [stem + "ت", stem + "وا", stem + "تا", p + "ا"])
            }
        }
        for q in present.prefix(1).map(FoldedText.fold) where q.count >= 3 {
            let body = q.first == "ي" ? String(q.dropFirst()) : q
            for prefix in presentPrefixes {
                for s in presentSuffixes { out.append(prefix + body + s) }
                if let last = body.last, last == "ي" || last == "و" || last == "ا" {
                    let stem = String(body.dropLast())
                    out.append(contentsOf: [prefix + stem + "ون", prefix + stem + "وا"])
                }
            }
        }
        var seen = Set<String>()
        return out.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

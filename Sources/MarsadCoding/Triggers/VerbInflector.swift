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
    static let pastSuffixes = ["", "ت", "ا", "وا", "تا", "نا", "تم", "ن"]
    static let presentSuffixes = ["", "ون", "ان", "ين", "وا", "ن"]
    static let presentPrefixes = ["ي", "ت", "ن", "ا"]

    public static func forms(past: [String], present: [String]) -> [String] {
        var out: [String] = []
        for p in past.map(FoldedText.fold) where !p.isEmpty {
            for s in pastSuffixes { out.append(p + s) }
            // Weak final letter (التقى، دعا، أجرى): التقت، التقوا، دعت، دعوا.
            if let last = p.last, last == "ي" || last == "ا" {
                let stem = String(p.dropLast())
                out.append(contentsOf: [stem + "ت", stem + "وا", stem + "تا", p + "ا"])
            }
        }
        for q in present.map(FoldedText.fold) where q.count >= 3 {
            let body = q.first == "ي" ? String(q.dropFirst()) : q
            for prefix in presentPrefixes {
                for s in presentSuffixes { out.append(prefix + body + s) }
                if let last = body.last, last == "ي" || last == "و" || last == "ا" {
                    let stem = String(body.dropLast())
                    out.append(contentsOf: [prefix + stem + "ون", prefix + stem + "وا", prefix + stem + "ين"])
                }
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}

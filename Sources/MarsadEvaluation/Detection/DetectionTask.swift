/// One of the two yes/no tasks of the Arabic event GSR, with the CAMEO roots that count as a detection.
///
/// ```swift
/// DetectionTask.assault.roots                       // ["18", "19", "20"]
/// DetectionTask(ploverCategory: "PROTEST")          // .protest
/// DetectionTask.protest.detects(rootOf: "1411")     // true
/// ```
///
/// The GSR's README defines the tasks by CAMEO root: PROTEST is root 14 (protest), ASSAULT roots 18 (assault),
/// 19 (fight) and 20 (unconventional mass violence). The `coded` field of a gold sentence names a PLOVER
/// category; ``init(ploverCategory:)`` maps each category that occurs in the data to its task, so the same
/// roots are its family.
///
/// NB: in PLOVER itself CAMEO 19 is FIGHT, not ASSAULT; the GSR's scoring rule puts it under ASSAULT and this
/// follows the GSR.
public enum DetectionTask: String, CaseIterable, Sendable {
    case protest = "PROTEST"
    case assault = "ASSAULT"

    /// The CAMEO roots whose events make a sentence positive for this task.
    public var roots: Set<String> {
        switch self {
        case .protest: ["14"]
        case .assault: ["18", "19", "20"]
        }
    }

    /// The task whose roots make up the family of a gold PLOVER category, or `nil` for a category with no
    /// mapping; the loader rejects those rather than guess.
    ///
    /// PLOVER PROTEST ↔ CAMEO 14; PLOVER ASSAULT ↔ CAMEO 18, 19, 20. These are the only categories the GSR's
    /// `coded` records use.
    public init?(ploverCategory: String) {
        switch ploverCategory {
        case "PROTEST": self = .protest
        case "ASSAULT": self = .assault
        default: return nil
        }
    }

    /// True when the CAMEO code (`"1411"`, `"190"`) has one of this task's roots.
    public func detects(rootOf code: String) -> Bool {
        roots.contains(String(code.prefix(2)))
    }

    /// Lower-case name, as used for keys in reports and floors files (`"protest"`).
    public var key: String { rawValue.lowercased() }
}

/// A CAMEO event code with what the codebook derives from it.
///
/// ```swift
/// let code = codebook["057"]!
/// code.root         // "05"
/// code.quadClass    // 1 (verbal cooperation)
/// code.goldstein    // 8.0
/// code.plover       // PLOVERCategory(type: "AGREE", mode: nil)
/// ```
public struct EventCode: Hashable, Sendable {
    public var code: String { didSet { root = String(code.prefix(2)) } }
    /// The two-digit root («05» of «057»). NB: stored: the coder asks for it many times per trigger.
    public private(set) var root: String
    public var name: String {
        get { labels.name }
        set { labels = Labels(name: newValue, plover: plover) }
    }
    public var quadClass: Int
    public var goldstein: Double
    public var plover: PLOVERCategory {
        get { labels.plover }
        set { labels = Labels(name: name, plover: newValue) }
    }
    /// The name and the PLOVER category, behind one reference: they are only written out, while codes are copied
    /// with every trigger and event (as three more strings they cost a reference-count call each per copy).
    private var labels: Labels

    private final class Labels: Hashable, Sendable {
        let name: String
        let plover: PLOVERCategory

        init(name: String, plover: PLOVERCategory) {
            self.name = name
            self.plover = plover
        }

        static func == (a: Labels, b: Labels) -> Bool { a.name == b.name && a.plover == b.plover }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(plover)
        }
    }

    public init(code: String, name: String, quadClass: Int, goldstein: Double, plover: PLOVERCategory) {
        self.code = code
        self.root = String(code.prefix(2))
        self.labels = Labels(name: name, plover: plover)
        self.quadClass = quadClass
        self.goldstein = goldstein
    }

    /// Roots whose dyad is unordered when scored (consult, cooperate, material cooperation).
    public var isSymmetric: Bool { ["04", "05", "06"].contains(root) }
}

/// A PLOVER event type and mode (`AGREE`, `ACCUSE`, `ASSAULT`/`aerial`, …).
public struct PLOVERCategory: Hashable, Sendable {
    public var type: String
    public var mode: String?

    public init(type: String, mode: String? = nil) {
        self.type = type
        self.mode = mode
    }
}

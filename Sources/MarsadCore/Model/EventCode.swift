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
    public var name: String
    public var quadClass: Int
    public var goldstein: Double
    public var plover: PLOVERCategory

    public init(code: String, name: String, quadClass: Int, goldstein: Double, plover: PLOVERCategory) {
        self.code = code
        self.root = String(code.prefix(2))
        self.name = name
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.plover = plover
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

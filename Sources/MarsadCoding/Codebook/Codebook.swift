import Foundation
public import MarsadCore
import MarsadText

/// The CAMEO codebook as data: every code with its name, QuadClass, Goldstein value and PLOVER category.
///
/// ```swift
/// let book = try Codebook.bundled()
/// book["057"]?.goldstein   // 8.0
/// book["0401"]             // nil: not a CAMEO code
/// ```
public struct Codebook: Sendable {
    public private(set) var codes: [String: EventCode] = [:]

    public init() {}

    public subscript(_ code: String) -> EventCode? { codes[code] }

    private static let shared: Result<Codebook, MarsadError> = {
        guard let url = Bundle.module.url(forResource: "Resources/cameo.txt", withExtension: nil),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            return .failure(MarsadError(.unreadable, "the bundled CAMEO codebook is missing", location: "cameo.txt"))
        }
        do throws(MarsadError) {
            return .success(try Codebook(text: text, file: "cameo.txt"))
        } catch {
            return .failure(error)
        }
    }()

    /// The codebook that ships with Marsad (`Resources/cameo.txt`), loaded once.
    public static func bundled() throws(MarsadError) -> Codebook { try shared.get() }

    /// Parses `CODE<TAB>QUADCLASS<TAB>GOLDSTEIN<TAB>PLOVER_TYPE<TAB>PLOVER_MODE<TAB>NAME` lines.
    public init(text: String, file: String) throws(MarsadError) {
        for line in DictionaryLines(text: text, file: file) {
            let f = line.fields
            guard f.count >= 6 else { throw line.error("expected 6 TAB-separated columns") }
            guard let quad = Int(f[1]), (1...4).contains(quad), let goldstein = Double(f[2]) else {
                throw line.error("QUADCLASS must be 1–4 and GOLDSTEIN a number")
            }
            let plover = PLOVERCategory(type: f[3] == "-" ? "" : f[3], mode: f[4] == "-" ? nil : f[4])
            codes[f[0]] = EventCode(code: f[0], name: f[5], quadClass: quad, goldstein: goldstein, plover: plover)
        }
    }

    /// The closest known code: the code itself, else its 3-digit parent, else the root's `x0` code.
    public func nearest(_ code: String) -> EventCode? {
        if let c = codes[code] { return c }
        if code.count > 3, let c = codes[String(code.prefix(3))] { return c }
        return codes[String(code.prefix(2)) + "0"]
    }

    /// A suggestion for an unknown code, for error messages.
    public func suggestion(for code: String) -> String? {
        nearest(code)?.code
    }
}

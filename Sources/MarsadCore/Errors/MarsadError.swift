/// The one public error type: a stable code, a message that says what happened and what to do, and where.
///
/// ```swift
/// throw MarsadError(.invalidInput, "line is not valid JSON", location: "in.jsonl:12")
/// ```
public struct MarsadError: Error, Sendable, CustomStringConvertible {
    /// A stable, machine-readable error code (`invalid-input`, `dictionary-syntax`, …).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Value: String, Sendable {
            case invalidInput = "invalid-input"
            case unreadable = "unreadable"
            case tooLarge = "too-large"
            case extractionFailed = "extraction-failed"
            case dictionarySyntax = "dictionary-syntax"
            case pipelineInvalid = "pipeline-invalid"
            case usage = "usage"
            case storeUnavailable = "store-unavailable"
            case internalFailure = "internal"
        }
        fileprivate let value: Value

        public static let invalidInput = Code(value: .invalidInput)
        public static let unreadable = Code(value: .unreadable)
        public static let tooLarge = Code(value: .tooLarge)
        public static let extractionFailed = Code(value: .extractionFailed)
        public static let dictionarySyntax = Code(value: .dictionarySyntax)
        public static let pipelineInvalid = Code(value: .pipelineInvalid)
        public static let usage = Code(value: .usage)
        public static let storeUnavailable = Code(value: .storeUnavailable)
        public static let internalFailure = Code(value: .internalFailure)

        public var description: String { value.rawValue }
    }

    public var code: Code
    public var message: String
    /// Where: `file`, `file:line` or `file:line:column`.
    public var location: String?
    public var cause: (any Error)?

    public init(_ code: Code, _ message: String, location: String? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
    }

    /// `file[:line]: code: message`, the form the CLI prints on stderr.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(code): \(message)"
    }
}

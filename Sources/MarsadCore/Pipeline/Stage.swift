/// One step of the pipeline: reads and writes the ``Document``.
///
/// ```swift
/// struct Tokenizer: Stage {
///     let name = "ar.tokenize.v1"
///     let requires: Set<Annotation> = [.normalized]
///     let provides: Set<Annotation> = [.tokens]
///     func process(_ document: inout Document) throws(MarsadError) { ... }
/// }
/// ```
public protocol Stage: Sendable {
    /// Versioned name recorded in each event's provenance; bump the version when output changes.
    var name: String { get }
    var requires: Set<Annotation> { get }
    var provides: Set<Annotation> { get }
    func process(_ document: inout Document) throws(MarsadError)
}

/// The kinds of annotation stages provide and require.
public enum Annotation: String, Hashable, Sendable, CaseIterable {
    case language, normalized, tokens, sentences, words, mentions, places, triggers, temporals, events
}

/// A check that may end a document's run early: once the stages up to and including `after` have run, a
/// document the gate does not admit skips the rest (its provenance then ends with the gate's name).
///
/// ```swift
/// struct MayHaveEvents: StageGate {
///     let name = "ar.trigger-gate.v1"
///     let after = "ar.sentences.v1"
///     func admits(_ document: Document) -> Bool { ... }
/// }
/// ```
///
/// A gate must only close on documents for which the skipped stages could produce nothing a caller reads (the
/// coder's gate closes when no trigger can be found, so no event can come out).
public protocol StageGate: Sendable {
    var name: String { get }
    /// The name of the stage after which the gate is checked.
    var after: String { get }
    func admits(_ document: Document) -> Bool
}

/// An ordered list of stages whose requirements were checked when it was built.
public struct StagePipeline: Sendable {
    public let stages: [any Stage]
    /// Checked after the stage at index `gateIndex` (nil: no gate).
    public let gate: (any StageGate)?
    public let gateIndex: Int?

    /// Checks that every stage's requirements are provided by an earlier stage, and that the gate follows a
    /// stage of the list; reports every problem at once.
    public init(_ stages: [any Stage], initiallyAvailable: Set<Annotation> = [], gate: (any StageGate)? = nil)
        throws(MarsadError)
    {
        var available = initiallyAvailable
        var problems: [String] = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                problems.append(
                    "\(stage.name) requires \(missing.map(\.rawValue).sorted().joined(separator: ", ")), which no earlier stage provides"
                )
            }
            available.formUnion(stage.provides)
        }
        var gateIndex: Int?
        if let gate {
            gateIndex = stages.firstIndex { $0.name == gate.after }
            if gateIndex == nil { problems.append("gate \(gate.name) follows \(gate.after), which is not a stage") }
        }
        guard problems.isEmpty else {
            throw MarsadError(.pipelineInvalid, problems.joined(separator: "; "))
        }
        self.stages = stages
        self.gate = gate
        self.gateIndex = gateIndex
    }

    /// Runs the stages in order, recording each in the document's provenance; stops early when the gate closes.
    public func run(_ document: inout Document) throws(MarsadError) {
        for (index, stage) in stages.enumerated() {
            try stage.process(&document)
            document.provenance.append(stage.name)
            if index == gateIndex, let gate, !gate.admits(document) {
                document.provenance.append(gate.name)
                return
            }
        }
    }
}

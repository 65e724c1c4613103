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

/// An ordered list of stages whose requirements were checked when it was built.
public struct StagePipeline: Sendable {
    public let stages: [any Stage]

    /// Checks that every stage's requirements are provided by an earlier stage; reports every problem at once.
    public init(_ stages: [any Stage], initiallyAvailable: Set<Annotation> = []) throws(MarsadError) {
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
        guard problems.isEmpty else {
            throw MarsadError(.pipelineInvalid, problems.joined(separator: "; "))
        }
        self.stages = stages
    }

    public func run(_ document: inout Document) throws(MarsadError) {
        for stage in stages {
            try stage.process(&document)
            document.provenance.append(stage.name)
        }
    }
}

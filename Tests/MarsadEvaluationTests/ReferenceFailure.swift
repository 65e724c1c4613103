/// score.py exited with an error; `message` is its stderr.
///
/// ```swift
/// throw ReferenceFailure(message: "Traceback (most recent call last): ...")
/// ```
struct ReferenceFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { "score.py failed: \(message)" }
}

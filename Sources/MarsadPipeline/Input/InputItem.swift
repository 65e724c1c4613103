public import MarsadCore

/// A unit of input before parsing: a JSON line, a whole text file, an HTML page (a file or a WARC record),
/// or a failure to report.
public enum InputItem: Sendable {
    case jsonLine([UInt8], location: String)
    case text(String, id: String)
    case page(PageInput)
    case failure(MarsadError)
}

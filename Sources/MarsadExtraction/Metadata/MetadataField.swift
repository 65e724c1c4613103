/// A metadata value and where it came from (`json-ld`, `opengraph`, `meta:author`, `time`, `url`,
/// `title-tag`, `h1`, `text:dateline`, …).
///
/// ```swift
/// let title = MetadataField("اتفاق أمني روسي- إيراني", source: "opengraph")
/// ```
public struct MetadataField: Sendable, Equatable {
    public var value: String
    public var source: String

    public init(_ value: String, source: String) {
        self.value = value
        self.source = source
    }
}

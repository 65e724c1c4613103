/// A language Marsad can read.
public enum Language: String, Sendable, Codable, CaseIterable {
    case arabic = "ar"
    case persian = "fa"
    case english = "en"
}

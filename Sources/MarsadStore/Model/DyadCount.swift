/// Events between two countries (or IGOs), source → target.
public struct DyadCount: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var count: Int
    public var meanGoldstein: Double

    enum CodingKeys: String, CodingKey {
        case source, target, count
        case meanGoldstein = "mean_goldstein"
    }
}

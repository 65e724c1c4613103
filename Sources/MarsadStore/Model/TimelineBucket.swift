/// Events of one QuadClass in one period (`2023-07` or `2023-07-03`).
public struct TimelineBucket: Sendable, Hashable, Codable {
    public var period: String
    public var quadClass: Int
    public var count: Int

    enum CodingKeys: String, CodingKey {
        case period
        case quadClass = "quad_class"
        case count
    }
}

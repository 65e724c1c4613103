import Foundation

/// Finds an Arabic dateline at the start of an article: a place, a dash or parenthesis, and a news agency
/// («موسكو - رويترز»، «القاهرة (أ ف ب) -»).
///
/// ```swift
/// DatelineFinder(agencies: ["رويترز"]).find(in: "موسكو - رويترز: قال الكرملين…")  // "موسكو - رويترز"
/// ```
struct DatelineFinder {
    let agencies: [String]

    func find(in paragraph: String) -> String? {
        let head = String(paragraph.prefix(80))
        for separator in [" - ", " – ", " — ", " (", "-"] {
            guard let range = head.range(of: separator) else { continue }
            let place = head[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let words = place.split(separator: " ").count
            guard words >= 1 && words <= 3 else { continue }
            let rest = head[range.upperBound...].trimmingCharacters(in: .whitespaces)
            for agency in agencies where rest.hasPrefix(agency) || rest.hasPrefix("«" + agency) {
                return "\(place) - \(agency)"
            }
        }
        return nil
    }
}

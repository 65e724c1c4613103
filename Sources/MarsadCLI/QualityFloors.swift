import ArgumentParser
import Foundation
import MarsadEvaluation

/// Pinned quality floors (`Evaluation/*/baseline.json`) that CI enforces.
///
/// ```json
/// {"root": {"f1": 0.55, "precision": 0.6}, "dyad": {"f1": 0.40, "precision": 0.50}, "date_accuracy": 0.7}
/// ```
/// A floor is never lowered silently: change it only in a commit that says why, with before/after numbers.
struct QualityFloors {
    var levels: [String: [String: Double]] = [:]
    var dateAccuracy: Double?

    static func load(path: String) throws -> QualityFloors {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw ValidationError("\(path): not a JSON object of floors")
        }
        var floors = QualityFloors()
        for (key, value) in object {
            if key == "date_accuracy" {
                floors.dateAccuracy = (value as? NSNumber)?.doubleValue
            } else if let metrics = value as? [String: Any] {
                floors.levels[key] = metrics.compactMapValues { ($0 as? NSNumber)?.doubleValue }
            }
        }
        return floors
    }

    /// The floors the report falls below, as readable lines.
    func check(_ report: ScoreReport) -> [String] {
        var out: [String] = []
        let scores: [String: LevelScore] = ["root": report.root, "dyad": report.dyad, "full": report.full]
        for (level, metrics) in levels.sorted(by: { $0.key < $1.key }) {
            guard let score = scores[level] else {
                out.append("unknown level \(level)")
                continue
            }
            for (metric, floor) in metrics.sorted(by: { $0.key < $1.key }) {
                let value: Double? =
                    switch metric {
                    case "precision": score.precision
                    case "recall": score.recall
                    case "f1": score.f1
                    default: nil
                    }
                guard let value else {
                    out.append("unknown metric \(level).\(metric)")
                    continue
                }
                if value < floor { out.append("\(level) \(metric) \(value) < \(floor)") }
            }
        }
        if let floor = dateAccuracy, (report.dateAccuracy ?? 0) < floor {
            out.append("date_accuracy \(report.dateAccuracy.map { "\($0)" } ?? "none") < \(floor)")
        }
        return out
    }
}

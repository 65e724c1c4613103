import ArgumentParser
import Foundation
import MarsadEvaluation

/// Pinned quality floors (`Evaluation/*/baseline.json`) that CI enforces.
///
/// ```json
/// {"root": {"f1": 0.55, "precision": 0.6}, "dyad": {"f1": 0.40, "precision": 0.50}, "date_accuracy": 0.7}
/// {"assault": {"f1": 0.5, "precision": 0.6}, "protest": {"f1": 0.3}, "family_match": 0.6}
/// ```
/// A key holds either an object of metric floors (a score level or a task: `precision`, `recall`, `f1`) or one
/// number (a share such as `date_accuracy`). Every key must name something the report has, so a typo fails
/// instead of passing silently. A floor is never lowered silently: change it only in a commit that says why,
/// with before/after numbers.
struct QualityFloors {
    var groups: [String: [String: Double]] = [:]
    var values: [String: Double] = [:]

    static func load(path: String) throws -> QualityFloors {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw ValidationError("\(path): not a JSON object of floors")
        }
        var floors = QualityFloors()
        for (key, value) in object {
            if let metrics = value as? [String: Any] {
                floors.groups[key] = metrics.compactMapValues { ($0 as? NSNumber)?.doubleValue }
            } else if let number = value as? NSNumber {
                floors.values[key] = number.doubleValue
            }
        }
        return floors
    }

    /// The floors the dev-gold report falls below, as readable lines.
    func check(_ report: ScoreReport) -> [String] {
        let levels: [String: LevelScore] = ["root": report.root, "dyad": report.dyad, "full": report.full]
        return check(
            groups: levels.mapValues { ["precision": $0.precision, "recall": $0.recall, "f1": $0.f1] },
            values: ["date_accuracy": report.dateAccuracy])
    }

    /// The floors the GSR report falls below, as readable lines.
    func check(_ report: DetectionReport) -> [String] {
        var tasks: [String: [String: Double]] = [:]
        for score in report.tasks {
            tasks[score.task.key] = ["precision": score.precision, "recall": score.recall, "f1": score.f1]
        }
        return check(
            groups: tasks,
            values: ["family_match": report.familyMatch, "family_and_countries": report.familyAndCountries])
    }

    /// Compares every floor with the measured value of the same name; a missing measure (`nil`) is below any
    /// floor, and a floor with no measure of its name is reported as unknown.
    func check(groups measured: [String: [String: Double]], values measuredValues: [String: Double?]) -> [String] {
        var out: [String] = []
        for (group, metrics) in groups.sorted(by: { $0.key < $1.key }) {
            guard let scores = measured[group] else {
                out.append("unknown key \(group) (expected \(Self.names(measured.keys)))")
                continue
            }
            for (metric, floor) in metrics.sorted(by: { $0.key < $1.key }) {
                guard let value = scores[metric] else {
                    out.append("unknown metric \(group).\(metric)")
                    continue
                }
                if value < floor { out.append("\(group) \(metric) \(value) < \(floor)") }
            }
        }
        for (name, floor) in values.sorted(by: { $0.key < $1.key }) {
            guard let value = measuredValues[name] else {
                out.append("unknown key \(name) (expected \(Self.names(measuredValues.keys)))")
                continue
            }
            if (value ?? 0) < floor { out.append("\(name) \(value.map { "\($0)" } ?? "none") < \(floor)") }
        }
        return out
    }

    private static func names(_ keys: some Sequence<String>) -> String {
        keys.sorted().joined(separator: ", ")
    }
}

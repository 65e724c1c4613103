import MarsadCore

extension EventScorer {
    /// How many dated gold events had a prediction for their dyad (`checked`) and how many of those had one
    /// that agrees on the date (`agreeing`).
    struct DateAgreement: Sendable {
        var agreeing = 0
        var checked = 0
    }

    /// Characters of an ISO date compared at each precision: "2023-06-27", "2023-06", "2023".
    static func comparedLength(_ precision: PythonValue) -> Int {
        guard case .string(let name) = precision else { return 10 }
        switch name {
        case "month": return 7
        case "year": return 4
        default: return 10
        }
    }

    /// score.py's date loop: for each gold event (root not 01) with a date and a precision other than `null` or
    /// "unknown", if the article has predictions with the same dyad key, it is checked, and it agrees when one
    /// of them has the same first 10, 7 or 4 characters of date (day, month, year; 10 for other precisions).
    ///
    /// ```swift
    /// // gold 2023-06-27 "month", predicted 2023-06-01: checked and agreeing ("2023-06" == "2023-06")
    /// ```
    ///
    /// NB: Python stops at the first agreeing prediction (`any`), so a prediction whose date cannot be sliced
    /// (a number, say) fails only when reached; this walks the predictions in the same order.
    static func dateAgreement(
        gold: ScoredCorpus, pred: ScoredCorpus, ids: [DocumentKey]
    ) throws(MarsadError) -> DateAgreement {
        var result = DateAgreement()
        for id in ids {
            var predictions: [[PythonString]: [ScoredEvent]] = [:]
            for event in pred.documents[id] ?? [] {
                if let key = key(of: event, level: .dyad) {
                    predictions[key, default: []].append(event)
                }
            }
            for event in gold.documents[id] ?? [] {
                guard let key = key(of: event, level: .dyad), event.date.isTruthy else { continue }
                switch event.precision {
                case .none, .string("unknown"): continue
                default: break
                }
                guard let candidates = predictions[key], !candidates.isEmpty else { continue }
                result.checked += 1
                switch event.precision {
                case .list, .dict: throw unhashablePrecision(event)  // `{...}.get(prec, 10)` needs a hashable key
                default: break
                }
                let length = comparedLength(event.precision)
                for candidate in candidates {
                    guard let predicted = candidate.date.or(.string("")).prefix(length) else {
                        throw unsliceableDate(candidate)
                    }
                    guard let expected = event.date.prefix(length) else { throw unsliceableDate(event) }
                    if predicted.equals(expected) {
                        result.agreeing += 1
                        break
                    }
                }
            }
        }
        return result
    }

    private static func unhashablePrecision(_ event: ScoredEvent) -> MarsadError {
        MarsadError(
            .invalidInput,
            "date_precision must be \"day\", \"month\", \"year\", \"unknown\" or null, "
                + "not a \(event.precision.typeName)",
            location: event.location)
    }

    private static func unsliceableDate(_ event: ScoredEvent) -> MarsadError {
        MarsadError(
            .invalidInput, "date must be an ISO date string (or null), not a \(event.date.typeName)",
            location: event.location)
    }
}

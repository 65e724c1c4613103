import Foundation

/// Checks a JSON value against the subset of JSON Schema the API description uses: `type` (one or a list,
/// with "null"), `required`, `properties`, `items`, `additionalProperties`, `enum` and `$ref` into
/// `components/schemas`. Returns the problems found, each with its JSON path.
struct OpenAPIValidator {
    let spec: [String: Any]

    init(_ data: Data) throws {
        spec = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    var paths: [String: Any] { spec["paths"] as? [String: Any] ?? [:] }

    /// The schema of the 200 response of `GET path`.
    func responseSchema(_ path: String) -> [String: Any]? {
        let op = (paths[path] as? [String: Any])?["get"] as? [String: Any]
        let ok = (op?["responses"] as? [String: Any])?["200"] as? [String: Any]
        let json = (ok?["content"] as? [String: Any])?["application/json"] as? [String: Any]
        return json?["schema"] as? [String: Any]
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        let name = String(ref.split(separator: "/").last ?? "")
        let schemas = (spec["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return schemas?[name] as? [String: Any] ?? [:]
    }

    func validate(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        let types: [String] = (schema["type"] as? [String]) ?? ((schema["type"] as? String).map { [$0] } ?? [])
        if value is NSNull {
            return types.isEmpty || types.contains("null") ? [] : ["\(path): null where \(types) expected"]
        }
        if !types.isEmpty && !types.contains(where: { Self.matches(value, $0) }) {
            return ["\(path): \(type(of: value)) where \(types) expected"]
        }
        if let allowed = schema["enum"] as? [String], let s = value as? String, !allowed.contains(s) {
            problems.append("\(path): \"\(s)\" not in \(allowed)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): required field \"\(key)\" missing")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, v) in object {
                if let p = properties[key] as? [String: Any] {
                    problems += validate(v, p, at: path + "." + key)
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    problems += validate(v, extra, at: path + "." + key)
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, v) in array.enumerated() { problems += validate(v, items, at: "\(path)[\(i)]") }
        }
        return problems
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer":
            // NB: on Linux, JSONSerialization's 0 and 1 also cast to Bool, so Bool is not excluded here.
            guard let n = value as? NSNumber else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        case "number": return value is NSNumber
        case "boolean": return value is Bool
        case "null": return value is NSNull
        default: return false
        }
    }
}

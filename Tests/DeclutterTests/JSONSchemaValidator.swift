import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords `docs/article.schema.json` uses:
/// `type`, `enum`, `const`, `required`, `properties`, `additionalProperties`, `propertyNames`,
/// `items`, `minimum`, `maximum`, `pattern`, `$ref` (to `#/$defs/…`), `allOf` and `if`/`then`.
/// A keyword it does not know fails validation, so the schema cannot outgrow the check.
struct JSONSchemaValidator {
    let root: [String: Any]

    /// Keywords that only document.
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]

    /// The problems of `value` against the root schema, empty when it is valid.
    func errors(_ value: Any) -> [String] {
        var found = [String]()
        check(value, root, path: "$", into: &found)
        return found
    }

    private func check(_ value: Any, _ schema: [String: Any], path: String, into errors: inout [String]) {
        for (keyword, rule) in schema {
            switch keyword {
            case "type":
                let types = (rule as? [String]) ?? [rule as? String ?? ""]
                if !types.contains(where: { Self.has(value, type: $0) }) { errors.append("\(path): not of type \(types)") }
            case "enum":
                if !((rule as? [Any]) ?? []).contains(where: { Self.equal($0, value) }) { errors.append("\(path): not in enum") }
            case "const":
                if !Self.equal(rule, value) { errors.append("\(path): not the constant") }
            case "required":
                guard let object = value as? [String: Any] else { continue }
                for name in (rule as? [String]) ?? [] where object[name] == nil { errors.append("\(path): missing \(name)") }
            case "properties":
                guard let object = value as? [String: Any], let properties = rule as? [String: Any] else { continue }
                for (name, sub) in properties {
                    if let member = object[name], let sub = sub as? [String: Any] { check(member, sub, path: path + "." + name, into: &errors) }
                }
            case "additionalProperties":
                guard let object = value as? [String: Any] else { continue }
                let known = Set(((schema["properties"] as? [String: Any]) ?? [:]).keys)
                for (name, member) in object where !known.contains(name) {
                    if let allowed = rule as? Bool {
                        if !allowed { errors.append("\(path): unexpected \(name)") }
                    } else if let sub = rule as? [String: Any] {
                        check(member, sub, path: path + "." + name, into: &errors)
                    }
                }
            case "propertyNames":
                guard let object = value as? [String: Any], let sub = rule as? [String: Any] else { continue }
                for name in object.keys { check(name, sub, path: path + "{\(name)}", into: &errors) }
            case "items":
                guard let array = value as? [Any], let sub = rule as? [String: Any] else { continue }
                for (index, member) in array.enumerated() { check(member, sub, path: path + "[\(index)]", into: &errors) }
            case "minimum":
                if let number = value as? NSNumber, let limit = rule as? NSNumber, number.doubleValue < limit.doubleValue {
                    errors.append("\(path): below \(limit)")
                }
            case "maximum":
                if let number = value as? NSNumber, let limit = rule as? NSNumber, number.doubleValue > limit.doubleValue {
                    errors.append("\(path): above \(limit)")
                }
            case "pattern":
                guard let text = value as? String, let pattern = rule as? String else { continue }
                if text.range(of: pattern, options: .regularExpression) == nil { errors.append("\(path): does not match \(pattern)") }
            case "$ref":
                guard let reference = rule as? String, let target = resolve(reference) else {
                    errors.append("\(path): unresolved \(rule)")
                    continue
                }
                check(value, target, path: path, into: &errors)
            case "allOf":
                for sub in (rule as? [[String: Any]]) ?? [] { check(value, sub, path: path, into: &errors) }
            case "if":
                guard let condition = rule as? [String: Any] else { continue }
                var failures = [String]()
                check(value, condition, path: path, into: &failures)
                if failures.isEmpty, let then = schema["then"] as? [String: Any] { check(value, then, path: path, into: &errors) }
            case "then":
                break
            default:
                if !Self.annotations.contains(keyword) { errors.append("\(path): unknown keyword \(keyword)") }
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        default: return false
        }
    }

    /// JSONSerialization gives booleans as NSNumber; their type code ("c") tells them from 0 and 1.
    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return a is NSNull && b is NSNull
    }
}

/// A subcommand's arguments, parsed by hand (no package dependencies): `--name value`,
/// `--name=value`, bare `--switch`es and positional words; `--` ends the options.
struct ParsedArguments {
    /// A mistake on the command line: the tool prints it with the usage and exits 2.
    struct UsageError: Error, CustomStringConvertible {
        /// What is wrong, for the user.
        let description: String
    }

    /// Option values by name (`--out` → `dir`).
    private(set) var values: [String: String] = [:]
    /// The switches given.
    private(set) var switches: Set<String> = []
    /// The words that are not options, in order.
    private(set) var positionals: [String] = []

    /// Parses `arguments`; `valued` options take a value, `flags` do not, anything else starting
    /// with `-` is an error.
    init(_ arguments: [String], valued: Set<String>, flags: Set<String>) throws {
        var rest = arguments[...]
        var optionsEnded = false
        while let argument = rest.popFirst() {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if valued.contains(name) {
                guard let value = parts.count == 2 ? parts[1] : rest.popFirst() else {
                    throw UsageError(description: "\(name) needs a value")
                }
                values[name] = value
            } else if flags.contains(name), parts.count == 1 {
                switches.insert(name)
            } else {
                throw UsageError(description: "unknown option '\(argument)'")
            }
        }
    }

    /// Whether a switch was given.
    func has(_ flag: String) -> Bool { switches.contains(flag) }

    /// An option's value, or `nil` when it was not given.
    func value(_ name: String) -> String? { values[name] }

    /// A required option's value.
    func required(_ name: String) throws -> String {
        guard let value = values[name] else { throw UsageError(description: "\(name) is required") }
        return value
    }

    /// A whole-number option of at least `minimum`, or `nil` when it was not given.
    func integer(_ name: String, minimum: Int) throws -> Int? {
        guard let raw = values[name] else { return nil }
        guard let number = Int(raw), number >= minimum else {
            throw UsageError(description: "\(name) must be a whole number of at least \(minimum), not '\(raw)'")
        }
        return number
    }

    /// A non-negative decimal option, or `nil` when it was not given.
    func seconds(_ name: String) throws -> Double? {
        guard let raw = values[name] else { return nil }
        guard let number = Double(raw), number >= 0, number.isFinite else {
            throw UsageError(description: "\(name) must be a number of seconds, not '\(raw)'")
        }
        return number
    }

    /// The `--input` option: `text` or `html`, or `nil` when it was not given.
    func inputKind() throws -> InputForm? {
        guard let raw = values["--input"] else { return nil }
        guard let form = InputForm(rawValue: raw) else {
            throw UsageError(description: "--input must be text or html, not '\(raw)'")
        }
        return form
    }

    /// Fails when positional words were given to a subcommand that takes none.
    func expectNoPositionals() throws {
        if let extra = positionals.first { throw UsageError(description: "unexpected argument '\(extra)'") }
    }
}

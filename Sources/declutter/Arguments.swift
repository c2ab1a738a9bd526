import Declutter

/// The command line, parsed by hand (no package dependencies).
struct Arguments {
    var options = Options()
    var files: [String] = []
    var showHelp = false
    var showVersion = false
    var explain = false

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ arguments: [String]) throws -> Arguments {
        var parsed = Arguments()
        var index = 0
        var onlyFiles = false
        func value(for flag: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String? = nil
            if !onlyFiles, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            if onlyFiles || argument == "-" || !argument.hasPrefix("-") {
                parsed.files.append(argument)
                index += 1
                continue
            }
            switch argument {
            case "--": onlyFiles = true
            case "-h", "--help": parsed.showHelp = true
            case "--version": parsed.showVersion = true
            case "--no-title": parsed.options.includeTitle = false
            case "--explain": parsed.explain = true
            case "--input":
                let raw = try inlineValue ?? value(for: argument)
                guard let kind = InputKind(rawValue: raw) else {
                    throw UsageError(description: "--input must be auto, text or html, not '\(raw)'")
                }
                parsed.options.inputKind = kind
            case "--max-bytes":
                let raw = try inlineValue ?? value(for: argument)
                guard let limit = Int(raw), limit > 0 else {
                    throw UsageError(description: "--max-bytes must be a positive number of bytes, not '\(raw)'")
                }
                parsed.options.maxBytes = limit
            default:
                throw UsageError(description: "unknown option '\(argument)'")
            }
            index += 1
        }
        if parsed.files.count > 1 {
            throw UsageError(description: "one FILE at a time (got \(parsed.files.count))")
        }
        return parsed
    }

    static let usage = """
        usage: declutter [OPTIONS] [FILE]

        Reads a scraped news page — raw HTML or a plain-text dump — from FILE (or standard input
        when FILE is absent or '-') and writes only the article: the headline, a blank line, then
        the body paragraphs separated by blank lines.

        options:
          --no-title              leave the headline out
          --input auto|text|html  how to read the input (default: auto, sniffed from the bytes)
          --explain               print how each block was judged instead of the article
          --max-bytes N           refuse inputs larger than N bytes (default: \(Options.defaultMaxBytes))
          -h, --help              show this help
          --version               show the version

        exit status: 0 cleaned (an input with no article gives empty output and a warning),
                     1 the input could not be cleaned, 2 usage error.

        examples:
          declutter page.txt > clean.txt
          curl -s https://example.com/story | declutter --input html
          declutter --no-title page.txt
        """
}
